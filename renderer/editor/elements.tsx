/**
 * How body nodes are drawn. Each block is a direct child of the editable (the page view measures
 * them for page breaks) with data-testid="block", data-kind, data-marker, data-block-id and, for
 * clauses, data-titled; blocks the checker has findings about carry data-finding ("error" or
 * "warning"). The number is a non-editable span whose text comes from CSS, so it is
 * never part of the editable text, the selection or the copied text. Render functions are
 * module-level constants, so slate-react's memoised elements re-render only when their node
 * changes (or, through the marker store, when their number does).
 */
import { useCallback } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { useReadOnly, useSlateStatic } from 'slate-react';
import type { TableModel } from '../../core/model/types';
import { setTable } from './commands';
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
  const onChange = useCallback(
    (table: TableModel, change?: TableChangeKind) => {
      const index = editor.children.findIndex((node) => 'id' in node && node.id === id);
      if (index >= 0) setTable(editor, index, table, change === 'text');
    },
    [editor, id],
  );
  return (
    <div {...attributes} className="vb-block vb-table-block" data-testid="block" data-kind="table" data-marker="" data-block-id={id} data-finding={finding}>
      <div contentEditable={false} className="vb-table-host">
        <TableEditor table={element.table} onChange={onChange} readOnly={readOnly} />
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
  return <span {...attributes}>{content}</span>;
}
