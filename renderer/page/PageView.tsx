/**
 * The document drawn as it prints: A4 sheets on a grey desk, the header, title block, body
 * editor, closing, signature and recipients flowing over stacked sheets (pushed to the next
 * sheet where they would cross the bottom margin), then appendix sheets.
 */
import { memo, useCallback, useEffect, useMemo, useRef, type Ref } from 'react';
import type { Appendix, VanBanDocument } from '../../core/model/types';
import type { FlatBlock } from '../../core/model/flat-body';
import { DECREE30 } from '../../core/rules/decree30';
import { BodyEditor, type BodyEditorHandle, type FindingMark } from '../editor';
import { AddresseeBlock } from './AddresseeBlock';
import { AppendixSheet } from './AppendixSheet';
import { ClosingLine } from './ClosingLine';
import { HeaderArea } from './HeaderArea';
import { LegalBasis } from './LegalBasis';
import { SignatureArea } from './SignatureArea';
import { TitleBlock } from './TitleBlock';
import { editFields, type DocumentEdit } from './edit-helpers';
import { MM_TO_PX } from './pagination';
import { useReadOnly } from './read-only';
import { usePagination } from './use-pagination';

const { page } = DECREE30;
/** Grey space between stacked sheets on screen. */
export const SHEET_GAP_PX = 28;
const SHEET_HEIGHT_PX = page.heightMm * MM_TO_PX;
const GEOMETRY = {
  contentHeight: (page.heightMm - page.margins.top - page.margins.bottom) * MM_TO_PX,
  pitch: SHEET_HEIGHT_PX + SHEET_GAP_PX,
};

export interface PageViewProps {
  doc: VanBanDocument;
  initialBody: FlatBlock[];
  loadId: number;
  edit: DocumentEdit;
  editorRef: Ref<BodyEditorHandle>;
  onBodyChange(flat: FlatBlock[]): void;
  onError(code: string, params?: Record<string, unknown>): void;
  onPageCount(count: number): void;
  onEditAuthority(): void;
  /** The cursor moved or the content changed in the body (toolbar state). */
  onEditorSelection(): void;
  /** The checker's marks on body blocks (wavy underlines). */
  findingsByBlock?: ReadonlyMap<string, FindingMark>;
}

interface BodyHostProps {
  loadId: number;
  initialBody: FlatBlock[];
  onBodyChange(flat: FlatBlock[]): void;
  onError(code: string, params?: Record<string, unknown>): void;
  editorRef: Ref<BodyEditorHandle>;
  schedule(): void;
  onSelectionChange(): void;
  findingsByBlock?: ReadonlyMap<string, FindingMark>;
}

/**
 * The body editor, rendered again only when another document is loaded or the checker's marks
 * change: typing re-renders the page around it, never the editor from outside (its props stay
 * the same objects).
 */
const BodyHost = memo(function BodyHost({ loadId, initialBody, onBodyChange, onError, editorRef, schedule, onSelectionChange, findingsByBlock }: BodyHostProps) {
  const readOnly = useReadOnly();
  const onChange = useCallback(
    (flat: FlatBlock[]) => {
      onBodyChange(flat);
      schedule();
    },
    [onBodyChange, schedule],
  );
  return (
    <div className="body-host" data-testid="body-editor-host">
      <BodyEditor
        key={loadId}
        initialBody={initialBody}
        onChange={onChange}
        onError={onError}
        handleRef={editorRef}
        readOnly={readOnly}
        onSelectionChange={onSelectionChange}
        findingsByBlock={findingsByBlock}
      />
    </div>
  );
});

/** Memoised: typing in the body changes none of its props, so the page around the editor stays as it is. */
export const PageView = memo(function PageView(props: PageViewProps) {
  const { doc, initialBody, loadId, edit, editorRef, onBodyChange, onError, onPageCount, onEditAuthority, onEditorSelection, findingsByBlock } = props;
  const flowRef = useRef<HTMLDivElement>(null);
  const appendixRef = useRef<HTMLDivElement>(null);
  const fields = useMemo(() => editFields(edit), [edit]);
  const pagination = usePagination(flowRef, GEOMETRY);
  const onHeaderError = useCallback((code: string) => onError(code), [onError]);
  const { schedule } = pagination;

  useEffect(() => {
    // Appendix sheets grow with their tables; each full landscape text area is a printed page.
    let appendixPages = 0;
    appendixRef.current?.querySelectorAll<HTMLElement>('.appendix-content').forEach((content) => {
      const landscape = content.parentElement?.classList.contains('landscape');
      const area = ((landscape ? page.widthMm : page.heightMm) - page.margins.top - page.margins.bottom) * MM_TO_PX;
      appendixPages += Math.max(1, Math.ceil((content.offsetHeight - 1) / area));
    });
    onPageCount(pagination.pageCount + appendixPages);
  });

  const setAppendix = useCallback(
    (index: number, appendix: Appendix) =>
      edit((current) => ({ ...current, appendices: current.appendices.map((old, i) => (i === index ? appendix : old)) })),
    [edit],
  );
  const removeAppendix = useCallback(
    (index: number) => edit((current) => ({ ...current, appendices: current.appendices.filter((_, i) => i !== index) })),
    [edit],
  );

  const sheets = Array.from({ length: pagination.pageCount }, (_, i) => i);
  return (
    <div className="page-view" data-testid="page-view">
      <div className="sheet-stack" style={{ height: `${pagination.pageCount * GEOMETRY.pitch - SHEET_GAP_PX}px` }}>
        {sheets.map((i) => (
          <div className="sheet body-sheet" data-testid="page-sheet" key={i} style={{ top: `${i * GEOMETRY.pitch}px` }}>
            {i > 0 && <div className="page-number">{i + 1}</div>}
          </div>
        ))}
        <div className="flow" ref={flowRef} onInput={schedule}>
          <HeaderArea doc={doc} fields={fields} onError={onHeaderError} />
          <TitleBlock doc={doc} fields={fields} />
          <AddresseeBlock doc={doc} fields={fields} />
          <LegalBasis doc={doc} fields={fields} />
          <BodyHost
            loadId={loadId}
            initialBody={initialBody}
            onBodyChange={onBodyChange}
            onError={onError}
            editorRef={editorRef}
            schedule={schedule}
            onSelectionChange={onEditorSelection}
            findingsByBlock={findingsByBlock}
          />
          <ClosingLine doc={doc} fields={fields} />
          <SignatureArea doc={doc} fields={fields} onEditAuthority={onEditAuthority} />
        </div>
      </div>
      <div className="appendix-sheets" ref={appendixRef}>
        {doc.appendices.map((appendix, index) => (
          <AppendixSheet
            key={appendix.id}
            doc={doc}
            appendix={appendix}
            index={index}
            onChange={setAppendix}
            onRemove={removeAppendix}
          />
        ))}
      </div>
    </div>
  );
});
