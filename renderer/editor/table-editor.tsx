/**
 * An editable grid for a TableModel, used for tables in the body (inside the Slate editor, as a
 * void) and for appendix tables. Cells are text areas edited in place (a line per paragraph);
 * Tab / Shift+Tab move between cells and Tab in the last cell adds a row. Header rows are bold;
 * when the table is numbered the STT cells show their ordinal and cannot be edited. Buttons add
 * a row below the cell last focused (and move the caret into it), remove its row, add or remove
 * a column, and switch STT numbering on or off; the table menu (▾) inserts rows above or below,
 * columns left or right, deletes them, merges the cell with its right or lower neighbour and
 * splits a merged cell. After each of these the caret goes to the cell the edit is about.
 *
 * Keys, clicks and clipboard events stay inside: the body editor never sees them.
 * Test hooks: data-testid "table-editor", "table-cell" (every td/th), "table-cell-input" (the
 * text area of an editable cell), "table-add-row", "table-remove-row", "table-add-column",
 * "table-remove-column", "table-toggle-numbered", "table-menu" and its items "table-menu-<item>".
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText } from '../../core/model/text';
import type { TableCell, TableModel } from '../../core/model/types';
import {
  addColumn, addRow, cellColumns, cellText, isMerged, mergeCells, MAX_TABLE_COLUMNS, removeColumn, removeRow, setCellText, splitCell, sttOrdinals, type TableSection,
} from './table-ops';
import { TableMenu, type TableMenuItem } from './TableMenu';
import { SpellMenu } from './SpellMenu';
import { misspeltWords } from '../spell/misspelt-words';
import { spellClient } from '../spell/spell-client';
import { useFieldSpelling } from '../spell/use-field-spelling';
import type { WordSpan } from '../spell/words';

export type TableChangeKind = 'text' | 'structure';

export interface TableEditorProps {
  table: TableModel;
  /** Every change; `kind` tells text edits (merged into one undo step) from row/column edits. */
  onChange(table: TableModel, kind?: TableChangeKind): void;
  readOnly?: boolean;
  /** Cells under comments, by "row:cell" (header rows first; cell = index in its row). */
  cellMarks?: ReadonlyMap<string, { ids: readonly string[]; active: boolean }>;
}

interface CellAddress {
  section: TableSection;
  row: number;
  cell: number;
  column: number;
}

const stop = (event: SyntheticEvent) => event.stopPropagation();

function CellInput(props: {
  value: string;
  label: string;
  readOnly?: boolean;
  onText(text: string): void;
  onFocus(): void;
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  // Grow with the text (where CSS field-sizing is not supported).
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area || CSS.supports?.('field-sizing', 'content')) return;
    area.style.height = '0px';
    area.style.height = `${area.scrollHeight}px`;
  }, [props.value]);

  // Spell check: the caret's offset while the cell has it (the word being typed is not flagged).
  const spelling = useFieldSpelling(!props.readOnly, props.value);
  const [typing, setTyping] = useState<number | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; word: WordSpan } | null>(null);
  const noteCaret = () => {
    const area = ref.current;
    setTyping(area && document.activeElement === area && area.selectionStart === area.selectionEnd ? area.selectionStart : null);
  };
  const kept = useRef<WordSpan[]>([]);
  // Nothing is recomputed while an input method composes (the words found before still drawn where they still are).
  if (!composing.current) kept.current = spelling.source ? misspeltWords(props.value, spellClient(), spelling.source, typing) : [];
  const misspelt = kept.current.filter((word) => props.value.slice(word.start, word.end) === word.word);

  const onContextMenu = (event: MouseEvent<HTMLTextAreaElement>) => {
    const overlay = ref.current?.nextElementSibling;
    if (!overlay || !spelling.source) return;
    const hit = Array.from(overlay.querySelectorAll<HTMLElement>('[data-spell-start]')).find((span) =>
      Array.from(span.getClientRects()).some((box) => event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom),
    );
    const word = hit && misspelt.find((span) => String(span.start) === hit.dataset.spellStart);
    if (!word) return;
    event.preventDefault();
    event.stopPropagation();
    setMenu({ x: event.clientX, y: event.clientY, word });
  };
  const replace = (suggestion: string) => {
    const area = ref.current;
    if (!area || !menu || area.value.slice(menu.word.start, menu.word.end) !== menu.word.word) return;
    area.focus({ preventScroll: true });
    area.setSelectionRange(menu.word.start, menu.word.end);
    // As typed: the text area's input event carries it to the table, one undo step.
    document.execCommand('insertText', false, suggestion.normalize('NFC'));
  };
  const closeMenu = useCallback(() => setMenu(null), []);

  const pieces: ReactNode[] = [];
  let at = 0;
  for (const word of misspelt) {
    pieces.push(props.value.slice(at, word.start));
    pieces.push(
      <span key={word.start} className="vb-spelling" data-spell-start={word.start}>
        {word.word}
      </span>,
    );
    at = word.end;
  }
  pieces.push(props.value.slice(at));

  return (
    <div className="vb-cell-field">
      <textarea
        ref={ref}
        className="vb-cell-input"
        data-testid="table-cell-input"
        rows={1}
        value={props.value}
        readOnly={props.readOnly}
        aria-label={props.label}
        spellCheck={false}
        onChange={(event) => {
          props.onText(event.target.value);
          noteCaret();
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => {
          composing.current = false;
          noteCaret();
        }}
        // Text is made NFC when the cell is left, never while an input method is composing.
        onBlur={(event) => {
          const clean = cleanText(event.target.value);
          if (!composing.current && clean !== event.target.value) props.onText(clean);
          setTyping(null);
        }}
        onFocus={() => {
          props.onFocus();
          noteCaret();
        }}
        onKeyUp={noteCaret}
        onMouseUp={noteCaret}
        onKeyDown={props.onKeyDown}
        onContextMenu={onContextMenu}
      />
      {misspelt.length > 0 && (
        <div className="vb-cell-squiggles" aria-hidden="true" data-testid="table-cell-squiggles">
          {pieces}
        </div>
      )}
      {menu && spelling.source && (
        <SpellMenu
          request={{ x: menu.x, y: menu.y, word: menu.word.word, editable: true }}
          suggest={suggestWord}
          onReplace={(suggestion) => {
            replace(suggestion);
            setMenu(null);
          }}
          onAddWord={() => {
            spelling.source?.actions.addWord(menu.word.word);
            setMenu(null);
          }}
          onIgnore={() => {
            spelling.source?.ignore(menu.word.word);
            setMenu(null);
          }}
          onClose={closeMenu}
        />
      )}
    </div>
  );
}

const suggestWord = (word: string) => spellClient().suggest(word);

const ROW_SLOT = '\u0001';
const COLUMN_SLOT = '\u0002';

export const TableEditor = memo(function TableEditor({ table, onChange, readOnly, cellMarks }: TableEditorProps) {
  const { t } = useTranslation('editor');
  // Cell labels from one translation per language, not one per cell and render.
  const cellLabel = useMemo(() => {
    const template = t('table.cell', { row: ROW_SLOT, column: COLUMN_SLOT });
    return (row: number, column: number) => template.replace(ROW_SLOT, String(row)).replace(COLUMN_SLOT, String(column));
  }, [t]);
  // The grid shows local state at once; the owner's copy (e.g. the Slate node) follows.
  const [local, setLocal] = useState(table);
  const [seen, setSeen] = useState(table);
  if (table !== seen) {
    setSeen(table);
    setLocal(table);
  }
  const [current, setCurrent] = useState<CellAddress | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // The cell (global row, column) to move the caret into once the edited table is on screen.
  const focusSlot = useRef<{ row: number; column: number } | null>(null);

  useLayoutEffect(() => {
    const slot = focusSlot.current;
    if (slot === null) return;
    focusSlot.current = null;
    // The cell of that row covering the column: the last one starting at or before it.
    const cells = Array.from(root.current?.querySelectorAll<HTMLElement>(`[data-testid="table-cell"][data-row="${slot.row}"]`) ?? []);
    const target = cells.filter((cell) => Number(cell.dataset.column) <= slot.column).at(-1) ?? cells[0];
    target?.querySelector<HTMLTextAreaElement>('textarea.vb-cell-input')?.focus();
  });

  const commit = (next: TableModel, kind: TableChangeKind) => {
    setLocal(next);
    setSeen(next);
    onChange(next, kind);
  };

  const columnsOf = cellColumns(local);
  const ordinals = sttOrdinals(local);
  const headerCount = local.headerRows.length;
  const total = local.columns.reduce((sum, c) => sum + c.width, 0) || 1;

  const moveFocus = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    const inputs = Array.from(root.current?.querySelectorAll<HTMLTextAreaElement>('textarea.vb-cell-input') ?? []);
    const index = inputs.indexOf(event.currentTarget);
    const next = index + (event.shiftKey ? -1 : 1);
    if (next >= 0 && next < inputs.length) {
      inputs[next].focus();
      inputs[next].select();
    } else if (next >= inputs.length && !readOnly) {
      focusSlot.current = { row: headerCount + local.rows.length, column: 0 };
      commit(addRow(local, 'body', local.rows.length - 1), 'structure');
    }
  };

  const renderRow = (section: TableSection, cells: TableCell[], row: number) => {
    const globalRow = section === 'header' ? row : headerCount + row;
    const Cell = section === 'header' ? 'th' : 'td';
    return (
      <tr key={`${section}-${row}`}>
        {cells.map((cell, i) => {
          const column = columnsOf[globalRow]?.[i] ?? i;
          const stt = section === 'body' && local.numbered && column === 0 ? ordinals[row] : null;
          const align = local.columns[column]?.align;
          const mark = cellMarks?.get(`${globalRow}:${i}`);
          return (
            <Cell
              key={i}
              data-testid="table-cell"
              data-row={globalRow}
              data-cell={i}
              data-column={column}
              data-stt={stt !== null ? 'true' : undefined}
              data-comment-ids={mark ? mark.ids.join(' ') : undefined}
              data-comment-active={mark?.active ? 'true' : undefined}
              colSpan={cell.colSpan}
              rowSpan={cell.rowSpan}
              className={(section === 'header' ? 'vb-cell vb-header-cell' : 'vb-cell') + (mark ? ' vb-comment-cell' : '')}
              // As the DOCX (core/docx/data-table.ts): header cells are always centred, the column's alignment is for its data cells.
              style={align && section !== 'header' ? { textAlign: align } : undefined}
            >
              {stt !== null ? (
                <span className="vb-stt">{stt}</span>
              ) : (
                <CellInput
                  value={cellText(cell)}
                  label={cellLabel(globalRow + 1, column + 1)}
                  readOnly={readOnly}
                  onText={(text) => commit(setCellText(local, section, row, i, text), 'text')}
                  onFocus={() => setCurrent({ section, row, cell: i, column })}
                  onKeyDown={moveFocus}
                />
              )}
            </Cell>
          );
        })}
      </tr>
    );
  };

  const at = current ?? { section: 'body' as const, row: local.rows.length - 1, cell: 0, column: local.columns.length - 1 };
  const atRow = at.section === 'header' ? at.row : headerCount + at.row;
  const sectionRows = at.section === 'header' ? headerCount : local.rows.length;
  /** Applies a structure edit and puts the caret in the cell at (global row, column) afterwards. */
  const apply = (next: TableModel, row: number, column: number) => {
    if (next === local) return;
    focusSlot.current = { row: Math.max(0, Math.min(row, next.headerRows.length + next.rows.length - 1)), column: Math.max(0, Math.min(column, next.columns.length - 1)) };
    commit(next, 'structure');
  };
  const addBelow = () => apply(addRow(local, at.section, at.row), atRow + 1, at.column);
  const removeCurrentRow = () => apply(removeRow(local, at.section, at.row), at.row < sectionRows - 1 ? atRow : atRow - 1, at.column);
  const cellAt = [...local.headerRows, ...local.rows][atRow]?.[at.cell];
  const mergedRight = mergeCells(local, at.section, at.row, at.cell, 'right');
  const mergedDown = mergeCells(local, at.section, at.row, at.cell, 'down');
  const menuItems: TableMenuItem[] = [
    { id: 'row-above', run: () => apply(addRow(local, at.section, at.row - 1), atRow, at.column) },
    { id: 'row-below', run: addBelow },
    { id: 'row-delete', run: removeCurrentRow, disabled: local.rows.length + headerCount <= 1 },
    { id: 'column-left', run: () => apply(addColumn(local, at.column - 1), atRow, at.column), disabled: local.columns.length >= MAX_TABLE_COLUMNS },
    { id: 'column-right', run: () => apply(addColumn(local, at.column), atRow, at.column + 1), disabled: local.columns.length >= MAX_TABLE_COLUMNS },
    { id: 'column-delete', run: () => apply(removeColumn(local, at.column), atRow, at.column), disabled: local.columns.length <= 1 },
    { id: 'merge-right', run: () => apply(mergedRight, atRow, at.column), disabled: mergedRight === local },
    { id: 'merge-down', run: () => apply(mergedDown, atRow, at.column), disabled: mergedDown === local },
    { id: 'split', run: () => apply(splitCell(local, at.section, at.row, at.cell), atRow, at.column), disabled: !cellAt || !isMerged(cellAt) },
  ];
  const tool = (testId: string, label: string, action: () => void, disabled = false) => (
    <button
      type="button"
      className="vb-table-tool"
      data-testid={testId}
      title={label}
      aria-label={label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      {t(`table.icon.${testId.replace('table-', '')}`)}
    </button>
  );

  return (
    <div
      ref={root}
      className="vb-table-editor"
      data-testid="table-editor"
      data-vb-table-editor=""
      onKeyDown={stop}
      onKeyUp={stop}
      onMouseDown={stop}
      onClick={stop}
      onPaste={stop}
      onCopy={stop}
      onCut={stop}
      onDrop={stop}
      onDragStart={stop}
      onBeforeInput={stop}
      onInput={stop}
      onCompositionStart={stop}
      onCompositionEnd={stop}
      onFocus={stop}
      onBlur={stop}
    >
      <table className="vb-table" aria-label={t('table.label')}>
        <colgroup>
          {local.columns.map((column, i) => (
            <col key={i} style={{ width: `${((column.width / total) * 100).toFixed(3)}%` }} />
          ))}
        </colgroup>
        {headerCount > 0 ? <thead>{local.headerRows.map((cells, r) => renderRow('header', cells, r))}</thead> : null}
        <tbody>{local.rows.map((cells, r) => renderRow('body', cells, r))}</tbody>
      </table>
      {readOnly ? null : (
        <div className="vb-table-tools" role="toolbar" aria-label={t('table.tools')}>
          {tool('table-add-row', t('table.addRow'), addBelow)}
          {tool('table-remove-row', t('table.removeRow'), removeCurrentRow, local.rows.length + headerCount <= 1)}
          {tool('table-add-column', t('table.addColumn'), () => apply(addColumn(local, at.column), atRow, at.column + 1))}
          {tool('table-remove-column', t('table.removeColumn'), () => apply(removeColumn(local, at.column), atRow, at.column), local.columns.length <= 1)}
          {tool('table-toggle-numbered', local.numbered ? t('table.unnumber') : t('table.number'), () => commit({ ...local, numbered: !local.numbered }, 'structure'))}
          <TableMenu items={menuItems} />
        </div>
      )}
    </div>
  );
});
