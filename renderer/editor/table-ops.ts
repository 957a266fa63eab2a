/**
 * Pure edits of a TableModel for the table editor: cell text, add/remove row and column (merged
 * cells kept intact), the STT ordinals, a new table and repair of a malformed one. Rows list only
 * the cells that start in them (as in HTML); edits go through a full grid of slots and back.
 */
import type { InlineText, TableCell, TableModel } from '../../core/model/types';

export type TableSection = 'header' | 'body';

export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 30;

/** A one-cell table: stands in for real tables where only the block kind matters. */
export const TABLE_PLACEHOLDER: TableModel = Object.freeze({
  columns: [{ width: 1 }],
  headerRows: [],
  rows: [[{ paragraphs: [[]] }]],
  numbered: false,
}) as TableModel;

export function emptyCell(): TableCell {
  return { paragraphs: [[]] };
}

const clamp = (n: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.floor(n) || min));

/** A new table: `rows` rows in all, the first a header row when there are two or more. */
export function createTable(rows: number, cols: number): TableModel {
  const rowCount = clamp(rows, 1, MAX_TABLE_ROWS);
  const colCount = clamp(cols, 1, MAX_TABLE_COLUMNS);
  const row = (): TableCell[] => Array.from({ length: colCount }, emptyCell);
  const header = rowCount >= 2 ? [row()] : [];
  return {
    columns: Array.from({ length: colCount }, () => ({ width: 1 })),
    headerRows: header,
    rows: Array.from({ length: rowCount - header.length }, row),
    numbered: false,
  };
}

// ---- Cell text -------------------------------------------------------------------------------

/** The cell as plain text, one line per paragraph. */
export function cellText(cell: TableCell): string {
  return cell.paragraphs.map((paragraph) => paragraph.map((run) => run.text).join('')).join('\n');
}

/** The cell with new text; paragraphs whose text did not change keep their formatting. */
export function withCellText(cell: TableCell, text: string): TableCell {
  const lines = text.split(/\r\n|\r|\n/);
  const paragraphs: InlineText[][] = lines.map((line, i) => {
    const old = cell.paragraphs[i];
    if (old && old.map((run) => run.text).join('') === line) return old;
    return line === '' ? [] : [{ text: line }];
  });
  const next: TableCell = { ...cell, paragraphs };
  return next;
}

export function setCellText(table: TableModel, section: TableSection, row: number, cell: number, text: string): TableModel {
  const key = section === 'header' ? 'headerRows' : 'rows';
  const rows = table[key].map((cells, r) => (r === row ? cells.map((c, i) => (i === cell ? withCellText(c, text) : c)) : cells));
  return { ...table, [key]: rows };
}

// ---- Grid ------------------------------------------------------------------------------------

/** Every (row, column) slot of header and body rows, holding the cell that covers it. */
type Grid = TableCell[][];

function toGrid(table: TableModel): Grid {
  const all = [...table.headerRows, ...table.rows];
  const width = table.columns.length;
  const grid: Array<Array<TableCell | undefined>> = all.map(() => new Array<TableCell | undefined>(width).fill(undefined));
  all.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < width && grid[r][c]) c++;
      if (c >= width) break;
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan && r + dr < all.length; dr++) {
        for (let dc = 0; dc < colSpan && c + dc < width; dc++) grid[r + dr][c + dc] ??= cell;
      }
      c += colSpan;
    }
    for (let x = 0; x < width; x++) grid[r][x] ??= emptyCell();
  });
  return grid as Grid;
}

/** Rows of starting cells again, spans measured from the grid. */
function fromGrid(grid: Grid, headerCount: number, base: TableModel, columns = base.columns): TableModel {
  const seen = new Set<TableCell>();
  const rows: TableCell[][] = grid.map((slots, r) => {
    const out: TableCell[] = [];
    slots.forEach((cell, c) => {
      if (seen.has(cell)) return;
      seen.add(cell);
      let colSpan = 1;
      while (slots[c + colSpan] === cell) colSpan++;
      let rowSpan = 1;
      while (grid[r + rowSpan]?.[c] === cell) rowSpan++;
      const { colSpan: _c, rowSpan: _r, ...rest } = cell;
      const next: TableCell = { ...rest };
      if (colSpan > 1) next.colSpan = colSpan;
      if (rowSpan > 1) next.rowSpan = rowSpan;
      out.push(next);
    });
    return out;
  });
  return { ...base, columns, headerRows: rows.slice(0, headerCount), rows: rows.slice(headerCount) };
}

const globalRow = (table: TableModel, section: TableSection, row: number): number =>
  section === 'header' ? row : table.headerRows.length + row;

/** Adds an empty row after `row` of the section (row -1: before the first). */
export function addRow(table: TableModel, section: TableSection, row: number): TableModel {
  const grid = toGrid(table);
  const at = globalRow(table, section, row) + 1;
  const width = table.columns.length;
  const fresh: TableCell[] = [];
  for (let c = 0; c < width; c++) {
    const above = grid[at - 1]?.[c];
    const below = grid[at]?.[c];
    // A merged cell crossing the new row's place grows over it.
    fresh.push(above && above === below ? above : emptyCell());
  }
  grid.splice(at, 0, fresh);
  const headerCount = table.headerRows.length + (section === 'header' ? 1 : 0);
  return fromGrid(grid, headerCount, table);
}

/** Removes a row; a merged cell starting in it moves down to the next row with its text. */
export function removeRow(table: TableModel, section: TableSection, row: number): TableModel {
  const count = section === 'header' ? table.headerRows.length : table.rows.length;
  if (row < 0 || row >= count) return table;
  if (section === 'body' && table.rows.length === 1 && table.headerRows.length === 0) return table;
  const grid = toGrid(table);
  grid.splice(globalRow(table, section, row), 1);
  const headerCount = table.headerRows.length - (section === 'header' ? 1 : 0);
  return fromGrid(grid, headerCount, table);
}

/** Adds an empty column after `column` (-1: before the first), as wide as its neighbour. */
export function addColumn(table: TableModel, column: number): TableModel {
  if (table.columns.length >= MAX_TABLE_COLUMNS) return table;
  const grid = toGrid(table);
  const at = column + 1;
  for (const slots of grid) {
    const left = slots[at - 1];
    const right = slots[at];
    slots.splice(at, 0, left && left === right ? left : emptyCell());
  }
  const neighbour = table.columns[Math.max(0, Math.min(column, table.columns.length - 1))];
  const columns = [...table.columns];
  columns.splice(at, 0, { width: neighbour?.width ?? 1 });
  return fromGrid(grid, table.headerRows.length, table, columns);
}

/** Removes a column (never the last one); merged cells over it get narrower. */
export function removeColumn(table: TableModel, column: number): TableModel {
  if (table.columns.length <= 1 || column < 0 || column >= table.columns.length) return table;
  const grid = toGrid(table);
  for (const slots of grid) slots.splice(column, 1);
  const columns = table.columns.filter((_, c) => c !== column);
  return fromGrid(grid, table.headerRows.length, table, columns);
}

/** The grid slot (global row, column) where the cell `cell` of a row starts. */
function startSlot(table: TableModel, grid: Grid, section: TableSection, row: number, cell: number): { r: number; c: number; target: TableCell } | null {
  const r = globalRow(table, section, row);
  const target = [...table.headerRows, ...table.rows][r]?.[cell];
  if (!target) return null;
  const c = grid[r].indexOf(target);
  return c < 0 ? null : { r, c, target };
}

/** How many rows and columns a cell covers in the grid from its start slot. */
function extent(grid: Grid, r: number, c: number): { rows: number; cols: number } {
  const cell = grid[r][c];
  let cols = 1;
  while (grid[r][c + cols] === cell) cols++;
  let rows = 1;
  while (grid[r + rows]?.[c] === cell) rows++;
  return { rows, cols };
}

/** Both cells' paragraphs, empty ones dropped (one empty paragraph when both are empty). */
function joinedParagraphs(first: TableCell, second: TableCell): InlineText[][] {
  const paragraphs = [...first.paragraphs, ...second.paragraphs].filter((paragraph) => paragraph.some((run) => run.text !== ''));
  return paragraphs.length > 0 ? paragraphs : [[]];
}

/**
 * Merges a cell with the cell to its right (or below): allowed when that cell lines up with it
 * (same rows, or same columns) and lies in the same section; the texts are kept, the left (upper)
 * first. Returns the table unchanged when the cells cannot be merged.
 */
export function mergeCells(table: TableModel, section: TableSection, row: number, cell: number, direction: 'right' | 'down'): TableModel {
  const grid = toGrid(table);
  const start = startSlot(table, grid, section, row, cell);
  if (!start) return table;
  const { r, c, target } = start;
  const { rows, cols } = extent(grid, r, c);
  const nr = direction === 'down' ? r + rows : r;
  const nc = direction === 'right' ? c + cols : c;
  const neighbour = grid[nr]?.[nc];
  if (!neighbour || neighbour === target) return table;
  const headerCount = table.headerRows.length;
  if ((r < headerCount) !== (nr < headerCount)) return table;
  // The neighbour must start in line with the cell and cover the same rows (or columns).
  const startsInLine = direction === 'right' ? grid[nr - 1]?.[nc] !== neighbour : grid[nr][nc - 1] !== neighbour;
  const other = extent(grid, nr, nc);
  if (!startsInLine || (direction === 'right' ? other.rows !== rows : other.cols !== cols)) return table;
  const merged: TableCell = { ...target, paragraphs: joinedParagraphs(target, neighbour) };
  for (const slots of grid) slots.forEach((slot, x) => {
    if (slot === target || slot === neighbour) slots[x] = merged;
  });
  return fromGrid(grid, headerCount, table);
}

/** Splits a merged cell back into single cells; the first keeps the text. */
export function splitCell(table: TableModel, section: TableSection, row: number, cell: number): TableModel {
  const grid = toGrid(table);
  const start = startSlot(table, grid, section, row, cell);
  if (!start) return table;
  const { r, c, target } = start;
  const { rows, cols } = extent(grid, r, c);
  if (rows === 1 && cols === 1) return table;
  const { colSpan: _c, rowSpan: _r, ...kept } = target;
  for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) grid[r + dr][c + dc] = dr === 0 && dc === 0 ? kept : emptyCell();
  return fromGrid(grid, table.headerRows.length, table);
}

/** Whether the cell covers more than one slot (so it can be split). */
export function isMerged(cell: TableCell): boolean {
  return (cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1;
}

// ---- Layout helpers for rendering --------------------------------------------------------------

/** The column each cell of each row starts in (header rows first, then body rows). */
export function cellColumns(table: TableModel): number[][] {
  const grid = toGrid(table);
  return [...table.headerRows, ...table.rows].map((cells, r) => cells.map((cell) => grid[r].indexOf(cell)));
}

export { sttOrdinals } from '../../core/model/table-numbering';

/** A well-formed model: at least one column with a positive width, arrays where arrays belong. */
export function repairTable(table: unknown): TableModel {
  const raw = (table && typeof table === 'object' ? table : {}) as Partial<TableModel>;
  const columns = Array.isArray(raw.columns) && raw.columns.length > 0 ? raw.columns : null;
  const rowsOk = (rows: unknown): rows is TableCell[][] =>
    Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.every((cell) => cell && Array.isArray(cell.paragraphs)));
  const fine =
    columns !== null &&
    columns.every((c) => c && typeof c.width === 'number' && c.width > 0) &&
    rowsOk(raw.headerRows) &&
    rowsOk(raw.rows) &&
    typeof raw.numbered === 'boolean';
  if (fine) return raw as TableModel;
  const fixedColumns = (columns ?? [{ width: 1 }]).map((c) => ({ ...c, width: c && typeof c.width === 'number' && c.width > 0 ? c.width : 1 }));
  const fixRows = (rows: unknown): TableCell[][] =>
    Array.isArray(rows)
      ? rows
          .filter(Array.isArray)
          .map((row: unknown[]) => row.map((cell) => (cell && Array.isArray((cell as TableCell).paragraphs) ? (cell as TableCell) : emptyCell())))
      : [];
  const rows = fixRows(raw.rows);
  return {
    columns: fixedColumns,
    headerRows: fixRows(raw.headerRows),
    rows: rows.length > 0 || fixRows(raw.headerRows).length > 0 ? rows : [fixedColumns.map(emptyCell)],
    numbered: typeof raw.numbered === 'boolean' ? raw.numbered : false,
  };
}
