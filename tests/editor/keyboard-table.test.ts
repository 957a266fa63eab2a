import { describe, expect, it } from 'vitest';
import { keyAction, runKeyAction, type KeyLike } from '../../renderer/editor/keyboard';
import {
  addColumn, addRow, cellColumns, cellText, createTable, mergeCells, removeColumn, removeRow, repairTable, setCellText, splitCell, sttOrdinals, withCellText,
} from '../../renderer/editor/table-ops';
import type { TableCell, TableModel } from '../../core/model/types';
import { clause, expected, makeEditor, p, point, section, view } from './helpers/doc';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('editor keys', () => {
  it('maps keys to actions', () => {
    expect(keyAction(key('Tab'))).toBe('indent');
    expect(keyAction(key('Tab', { shiftKey: true }))).toBe('outdent');
    expect(keyAction(key('b', { ctrlKey: true }))).toBe('bold');
    expect(keyAction(key('i', { metaKey: true }))).toBe('italic');
    expect(keyAction(key('u', { ctrlKey: true }))).toBe('underline');
    expect(keyAction(key('z', { ctrlKey: true }))).toBe('undo');
    expect(keyAction(key('y', { ctrlKey: true }))).toBe('redo');
    expect(keyAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(keyAction(key('ArrowUp', { altKey: true, shiftKey: true }))).toBe('section-up');
    expect(keyAction(key('ArrowDown', { altKey: true, shiftKey: true }))).toBe('section-down');
    // A Vietnamese or other layout reports the physical key in `code`.
    expect(keyAction({ ...key('и', { ctrlKey: true }), code: 'KeyB' })).toBe('bold');
    expect(keyAction(key('b'))).toBeNull();
    expect(keyAction(key('s', { ctrlKey: true }))).toBeNull();
    expect(keyAction(key('Enter'))).toBeNull();
  });

  it('Tab and Shift+Tab change the level; Ctrl+Z undoes it', () => {
    const editor = makeEditor([section('A'), clause('|b')]);
    runKeyAction(editor, 'indent');
    expect(view(editor)).toEqual(expected([section('A'), point('|b')]));
    runKeyAction(editor, 'outdent');
    runKeyAction(editor, 'outdent');
    expect(view(editor)).toEqual(expected([section('A'), section('|b')]));
    runKeyAction(editor, 'undo');
    expect(view(editor)).toEqual(expected([section('A'), clause('|b')]));
    runKeyAction(editor, 'redo');
    expect(view(editor)).toEqual(expected([section('A'), section('|b')]));
  });

  it('Ctrl+B bolds the selection', () => {
    const editor = makeEditor([p('[ab]')]);
    runKeyAction(editor, 'bold');
    expect(view(editor)).toEqual(expected([p({ text: '[ab]', bold: true })]));
  });
});

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ paragraphs: text ? [[{ text }]] : [[]], ...extra });
const texts = (table: TableModel) => ({
  header: table.headerRows.map((row) => row.map((c) => cellText(c) + (c.colSpan ? `<${c.colSpan}` : '') + (c.rowSpan ? `^${c.rowSpan}` : ''))),
  body: table.rows.map((row) => row.map((c) => cellText(c) + (c.colSpan ? `<${c.colSpan}` : '') + (c.rowSpan ? `^${c.rowSpan}` : ''))),
});

describe('table model edits', () => {
  const base = (): TableModel => ({
    columns: [{ width: 1 }, { width: 4 }, { width: 2 }],
    headerRows: [[cell('STT'), cell('Nội dung'), cell('Thời gian')]],
    rows: [
      [cell(''), cell('A', { rowSpan: 2 }), cell('Q1')],
      [cell(''), cell('Q2')],
      [cell('Nhóm', { colSpan: 3 })],
    ],
    numbered: true,
  });

  it('a new table has a header row when it has two rows or more, all cells empty', () => {
    const table = createTable(3, 4);
    expect(table.columns).toHaveLength(4);
    expect(table.headerRows).toHaveLength(1);
    expect(table.rows).toHaveLength(2);
    expect(createTable(1, 1)).toEqual({ columns: [{ width: 1 }], headerRows: [], rows: [[{ paragraphs: [[]] }]], numbered: false });
  });

  it('STT ordinals skip rows covered from above and full-width group rows', () => {
    expect(sttOrdinals(base())).toEqual([1, 2, null]);
    expect(sttOrdinals({ ...base(), numbered: false })).toEqual([null, null, null]);
  });

  it('adding a row inside a merged cell grows the merge; elsewhere adds plain cells', () => {
    expect(texts(addRow(base(), 'body', 0)).body).toEqual([['', 'A^3', 'Q1'], ['', ''], ['', 'Q2'], ['Nhóm<3']]);
    expect(texts(addRow(base(), 'body', 2)).body).toEqual([['', 'A^2', 'Q1'], ['', 'Q2'], ['Nhóm<3'], ['', '', '']]);
    expect(texts(addRow(base(), 'header', 0)).header).toEqual([['STT', 'Nội dung', 'Thời gian'], ['', '', '']]);
  });

  it('removing the row a merged cell starts in moves the cell down with its text', () => {
    expect(texts(removeRow(base(), 'body', 0)).body).toEqual([['', 'A', 'Q2'], ['Nhóm<3']]);
    expect(texts(removeRow(base(), 'body', 1)).body).toEqual([['', 'A', 'Q1'], ['Nhóm<3']]);
  });

  it('adding and removing columns keeps merged cells whole', () => {
    const wider = addColumn(base(), 1);
    expect(wider.columns).toEqual([{ width: 1 }, { width: 4 }, { width: 4 }, { width: 2 }]);
    expect(texts(wider).body).toEqual([['', 'A^2', '', 'Q1'], ['', '', 'Q2'], ['Nhóm<4']]);
    const narrower = removeColumn(base(), 2);
    expect(texts(narrower)).toEqual({ header: [['STT', 'Nội dung']], body: [['', 'A^2'], [''], ['Nhóm<2']] });
    expect(removeColumn(createTable(1, 1), 0).columns).toHaveLength(1);
  });

  it('merges a cell with the one to its right or below when they line up, keeping both texts', () => {
    // Q1 and the cell right of A in row 2 (Q2) are one above the other: merged down, Q1 then Q2.
    expect(texts(mergeCells(base(), 'body', 0, 2, 'down')).body).toEqual([['', 'A^2', 'Q1\nQ2^2'], [''], ['Nhóm<3']]);
    // The empty STT cell and A: A spans two rows, the STT cell one: they do not line up.
    expect(mergeCells(base(), 'body', 0, 0, 'right')).toEqual(base());
    // A (two rows) and Q1 (one row): no.
    expect(mergeCells(base(), 'body', 0, 1, 'right')).toEqual(base());
    // Header cells merge among themselves, never with a body row.
    expect(texts(mergeCells(base(), 'header', 0, 1, 'right')).header).toEqual([['STT', 'Nội dung\nThời gian<2']]);
    expect(mergeCells(base(), 'header', 0, 0, 'down')).toEqual(base());
    // The last column has nothing to its right; the last row nothing below.
    expect(mergeCells(base(), 'body', 0, 2, 'right')).toEqual(base());
    expect(mergeCells(base(), 'body', 2, 0, 'down')).toEqual(base());
  });

  it('splits a merged cell into single cells, the first keeping the text', () => {
    expect(texts(splitCell(base(), 'body', 0, 1)).body).toEqual([['', 'A', 'Q1'], ['', '', 'Q2'], ['Nhóm<3']]);
    expect(texts(splitCell(base(), 'body', 2, 0)).body).toEqual([['', 'A^2', 'Q1'], ['', 'Q2'], ['Nhóm', '', '']]);
    expect(splitCell(base(), 'body', 0, 2)).toEqual(base());
  });

  it('cell columns account for spans from above', () => {
    expect(cellColumns(base())).toEqual([[0, 1, 2], [0, 1, 2], [0, 2], [0]]);
  });

  it('editing cell text keeps the formatting of unchanged paragraphs', () => {
    const bold = { paragraphs: [[{ text: 'Đậm', bold: true }], [{ text: 'cũ' }]] };
    expect(withCellText(bold, 'Đậm\nmới\nthêm')).toEqual({ paragraphs: [[{ text: 'Đậm', bold: true }], [{ text: 'mới' }], [{ text: 'thêm' }]] });
    const table = setCellText(base(), 'body', 1, 1, 'Q2 sửa');
    expect(cellText(table.rows[1][1])).toBe('Q2 sửa');
  });

  it('repairs malformed models and leaves good ones untouched', () => {
    const good = createTable(2, 2);
    expect(repairTable(good)).toBe(good);
    expect(repairTable({ columns: [{ width: -1 }], rows: [[{}]] })).toEqual({
      columns: [{ width: 1 }], headerRows: [], rows: [[{ paragraphs: [[]] }]], numbered: false,
    });
  });
});
