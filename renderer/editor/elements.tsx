/**
 * How body nodes are drawn. Each block is a direct child of the editable (the page view measures
 * them for page breaks) with data-testid="block", data-kind, data-marker, data-block-id and, for
 * clauses, data-titled; blocks the checker has findings about carry data-finding ("error" or
 * "warning"). The number is a non-editable span whose text comes from CSS, so it is
 * never part of the editable text, the selection or the copied text. Render functions are
 * module-level constants, so slate-react's memoised elements re-render only when their node
 * changes (or, through the marker store, when their number does).
 *
 * Commented passages (comment-decorations.ts) are leaves with class "vb-comment",
 * data-comment-ids (the ids of every comment over the leaf, space-separated) and, for the active
 * comment, data-comment-active; a commented table marks the cells its comments cover.
 * Misspelt words (spell-decorations.ts) are leaves with class "vb-spelling" and data-spelling.
 */
import { useCallback, useMemo } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { useReadOnly, useSlateStatic } from 'slate-react';
import type { TableModel } from '../../core/model/types';
import { setTable } from './commands';
import { commentIdsOf, tableCellMarks } from './comment-decorations';
import { useBlockComments } from './comment-store';
import { useFinding } from './finding-store';
import { useMarker } from './marker-context';
import type { BlockElement, TableElement } from './slate-types';
import { TableEditor, type TableChangeKind } from './table-editor';

function TextBlock({ attributes, children, element }: RenderElementProps & { element: BlockElement }) {
  const marker = useMarker(element.id);
  const finding = useFinding(element.id);
  const titled = element.kind === 'clause' ? String(element.titled ?? true) : undefined;
  return (
    <p
      {...attributes}
      className={`vb-block vb-${element.kind}`}
      data-testid="block"
      data-kind={element.kind}
      data-marker={marker}
      data-block-id={element.id}
      data-titled={titled}
      data-finding={finding}
    >
      {marker ? <span className="vb-marker" contentEditable={false} data-marker={marker} /> : null}
      {children}
    </p>
  );
}

function TableBlock({ attributes, children, element }: RenderElementProps & { element: TableElement }) {
  const editor = useSlateStatic();
  const readOnly = useReadOnly();
  const { id } = element;
  const finding = useFinding(id);
  const comments = useBlockComments(id);
  const cellMarks = useMemo(() => (comments && comments.length > 0 ? tableCellMarks(element.table, comments) : undefined), [comments, element.table]);
  const onChange = useCallback(
    (table: TableModel, change?: TableChangeKind) => {
      const index = editor.children.findIndex((node) => 'id' in node && node.id === id);
      if (index >= 0) setTable(editor, index, table, change === 'text');
    },
    [editor, id],
  );
  return (
    <div
      {...attributes}
      className="vb-block vb-table-block"
      data-testid="block"
      data-kind="table"
      data-marker=""
      data-block-id={id}
      data-finding={finding}
      data-comment-ids={comments && comments.length > 0 ? comments.map((mark) => mark.id).join(' ') : undefined}
      data-comment-active={comments?.some((mark) => mark.active) ? 'true' : undefined}
    >
      <div contentEditable={false} className="vb-table-host">
        <TableEditor table={element.table} onChange={onChange} readOnly={readOnly} cellMarks={cellMarks} />
      </div>
      {children}
    </div>
  );
}

export function renderElement(props: RenderElementProps) {
  const { element } = props;
  return element.type === 'table' ? <TableBlock {...props} element={element} /> : <TextBlock {...props} element={element} />;
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  const decorated = leaf as typeof leaf & { commented?: true; commentActive?: true; findMatch?: true; findCurrent?: true; spelling?: true; spellingAt?: string };
  // A find match (the find panel): marked inside the leaf, so a commented passage keeps its own span.
  if (decorated.findMatch) content = <mark className="vb-find-match" data-find-current={decorated.findCurrent ? 'true' : undefined}>{content}</mark>;
  // A misspelt word (spell-decorations.ts): a squiggle, and where the word is for its context menu.
  const spelling = decorated.spelling ? 'vb-spelling' : undefined;
  const spellingAt = decorated.spelling ? decorated.spellingAt : undefined;
  if (decorated.commented) {
    const ids = commentIdsOf(leaf);
    return (
      <span
        {...attributes}
        className={[ids.length > 1 ? 'vb-comment vb-comment-overlap' : 'vb-comment', spelling].filter(Boolean).join(' ')}
        data-comment-ids={ids.join(' ')}
        data-comment-active={decorated.commentActive ? 'true' : undefined}
        data-spelling={spellingAt}
      >
        {content}
      </span>
    );
  }
  return (
    <span {...attributes} className={spelling} data-spelling={spellingAt}>
      {content}
    </span>
  );
}
