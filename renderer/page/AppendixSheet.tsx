/**
 * An appendix on its own sheet (landscape by default): "PHỤ LỤC I", the CAPS title (editable),
 * the italic reference line "(Kèm theo Kế hoạch số … ngày … của …)", a short rule, then its
 * tables (edited in place with the editor's TableEditor) and any text lines.
 */
import { memo, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appendix, BodyBlock, TableModel, VanBanDocument } from '../../core/model/types';
import { appendixHeading, numberBody } from '../../core/numbering/numbering';
import { formatAppendixReference } from '../../core/format/appendix-reference';
import { TableEditor } from '../editor';
import { useFieldAttributes } from '../check/field-findings';
import { InlineField } from './InlineField';
import { useReadOnly } from './read-only';

interface Props {
  doc: VanBanDocument;
  appendix: Appendix;
  index: number;
  /** Stable callbacks (the sheet is memoised): they get the appendix index. */
  onChange(index: number, appendix: Appendix): void;
  onRemove(index: number): void;
}

function replaceTable(blocks: readonly BodyBlock[], id: string, table: TableModel): BodyBlock[] {
  return blocks.map((block) => {
    if (block.type === 'table') return block.id === id ? { ...block, table } : block;
    if ('children' in block) return { ...block, children: replaceTable(block.children, id, table) };
    return block;
  });
}

type TableChange = (id: string, table: TableModel) => void;

/** One appendix table; its change handler keeps its identity, so memo(TableEditor) holds. */
const AppendixTable = memo(function AppendixTable({ id, table, onTable }: { id: string; table: TableModel; onTable: TableChange }) {
  const onChange = useCallback((next: TableModel) => onTable(id, next), [onTable, id]);
  const readOnly = useReadOnly();
  return (
    <div className="appendix-table" data-table-id={id}>
      <TableEditor table={table} onChange={onChange} readOnly={readOnly} />
    </div>
  );
});

function AppendixBlocks({ blocks, markers, onTable }: { blocks: readonly BodyBlock[]; markers: Map<string, string>; onTable: TableChange }) {
  return (
    <>
      {blocks.map((block) => {
        if (block.type === 'table') {
          return <AppendixTable key={block.id} id={block.id} table={block.table} onTable={onTable} />;
        }
        const marker = markers.get(block.id);
        return (
          <div key={block.id}>
            <p className={`body-para kind-${block.type}`} data-appendix-block-id={block.id}>
              {marker ? `${marker} ` : ''}
              {block.content.map((run) => run.text).join('')}
            </p>
            {'children' in block && <AppendixBlocks blocks={block.children} markers={markers} onTable={onTable} />}
          </div>
        );
      })}
    </>
  );
}

/** Memoised: typing in the body re-renders the page view, never the appendix sheets. */
export const AppendixSheet = memo(function AppendixSheet({ doc, appendix, index, onChange: onIndexChange, onRemove }: Props) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const markers = numberBody(appendix.body);
  // The latest appendix for the stable table handler (a table edit must not re-render the other tables).
  const latest = useRef(appendix);
  latest.current = appendix;
  const onChange = (next: Appendix) => onIndexChange(index, next);
  const onTable = useCallback(
    (id: string, table: TableModel) => onIndexChange(index, { ...latest.current, body: replaceTable(latest.current.body, id, table) }),
    [onIndexChange, index],
  );
  const sheetAttributes = useFieldAttributes(`appendices.${index}`);
  return (
    <section className={appendix.landscape ? 'sheet appendix-sheet landscape' : 'sheet appendix-sheet'} data-testid="appendix-sheet" data-appendix-id={appendix.id} {...sheetAttributes}>
      {!readOnly && <div className="appendix-tools screen-only">
        <label>
          <input
            type="checkbox"
            data-testid="appendix-landscape"
            checked={appendix.landscape}
            onChange={(event) => onChange({ ...appendix, landscape: event.target.checked })}
          />{' '}
          {t('page.landscape')}
        </label>
        <button type="button" className="link-button" data-testid="appendix-remove" onClick={() => onRemove(index)}>
          {t('page.removeAppendix')}
        </button>
      </div>}
      <div className="appendix-content">
        <div className="appendix-heading" data-testid="appendix-heading">
          {appendixHeading(index, doc.appendices.length)}
        </div>
        <div className="appendix-title">
          <InlineField
            value={appendix.title}
            onChange={(title) => onChange({ ...appendix, title })}
            testId="appendix-title"
            field={`appendices.${index}.title`}
            label={t('page.appendixTitle')}
            placeholder={t('page.appendixTitlePlaceholder')}
            multiline
          />
        </div>
        <div className="appendix-reference" data-testid="appendix-reference">
          {formatAppendixReference(doc, appendix)}
        </div>
        <div className="rule appendix-rule" />
        <AppendixBlocks
          blocks={appendix.body}
          markers={markers}
          onTable={onTable}
        />
      </div>
    </section>
  );
});
