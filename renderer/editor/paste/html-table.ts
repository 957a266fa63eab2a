/**
 * A pasted HTML table (Word or web) → a table block: rows and cells with their spans, header rows
 * (from <thead> or leading rows of <th> cells), relative column widths when the source gives
 * them, and the STT column recognised so it is numbered automatically.
 */
import type { FlatTableBlock } from '../../../core/model/flat-body';
import { newId } from '../../../core/model/ids';
import type { InlineText, TableCell, TableColumn } from '../../../core/model/types';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../table-ops';
import { attr, childrenOf, ELEMENT_NODE, styleOf, tagOf, type HtmlNode } from './html-node';

interface RowSource {
  node: HtmlNode;
  header: boolean;
}

function collectRows(table: HtmlNode): RowSource[] {
  const rows: RowSource[] = [];
  const visit = (node: HtmlNode, header: boolean): void => {
    for (const child of childrenOf(node)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = tagOf(child);
      if (tag === 'tr') rows.push({ node: child, header });
      else if (tag === 'thead') visit(child, true);
      else if (tag === 'tbody' || tag === 'tfoot') visit(child, false);
    }
  };
  visit(table, false);
  return rows;
}

const cellsOf = (row: HtmlNode): HtmlNode[] =>
  [...childrenOf(row)].filter((c) => c.nodeType === ELEMENT_NODE && (tagOf(c) === 'td' || tagOf(c) === 'th'));

const span = (node: HtmlNode, name: string, max: number): number => {
  const value = Number.parseInt(attr(node, name) ?? '1', 10);
  return Number.isFinite(value) ? Math.min(max, Math.max(1, value)) : 1;
};

/** A width in any unit, as a plain number (only the proportions matter). */
function widthOf(cell: HtmlNode): number | null {
  const raw = styleOf(cell).get('width') ?? attr(cell, 'width');
  const match = raw ? /^([\d.]+)\s*(pt|px|cm|mm|in|%)?$/.exec(raw.trim()) : null;
  if (!match) return null;
  const value = Number.parseFloat(match[1]);
  const unit = match[2] ?? 'px';
  const perPt: Record<string, number> = { pt: 1, px: 0.75, cm: 28.35, mm: 2.835, in: 72, '%': 1 };
  return value > 0 ? value * perPt[unit] : null;
}

const STT = /^(stt|tt|số\s*tt)\.?$/i;

export function tableFromHtml(table: HtmlNode, cellLines: (cell: HtmlNode) => InlineText[][]): FlatTableBlock | null {
  const sources = collectRows(table).slice(0, MAX_TABLE_ROWS);
  if (sources.length === 0) return null;
  // Leading rows of <th> cells are header rows too.
  for (const source of sources) {
    const cells = cellsOf(source.node);
    if (source.header) continue;
    if (cells.length > 0 && cells.every((c) => tagOf(c) === 'th')) source.header = true;
    else break;
  }
  const covered: number[] = [];
  let width = 0;
  const rows = sources.map((source) => {
    const cells: TableCell[] = [];
    let column = 0;
    for (const node of cellsOf(source.node)) {
      while ((covered[column] ?? 0) > 0) column++;
      const colSpan = span(node, 'colspan', MAX_TABLE_COLUMNS);
      const rowSpan = span(node, 'rowspan', MAX_TABLE_ROWS);
      const lines = cellLines(node);
      const cell: TableCell = { paragraphs: lines.length > 0 ? lines : [[]] };
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      cells.push(cell);
      for (let c = column; c < column + colSpan; c++) covered[c] = Math.max(covered[c] ?? 0, rowSpan);
      column += colSpan;
    }
    width = Math.max(width, column, covered.length);
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return { cells, header: source.header, node: source.node };
  });
  width = Math.min(Math.max(width, 1), MAX_TABLE_COLUMNS);
  if (rows.every((row) => row.cells.length === 0)) return null;

  const columns: TableColumn[] = Array.from({ length: width }, () => ({ width: 1 }));
  const plain = rows.find((row) => row.cells.length === width && row.cells.every((c) => !c.colSpan));
  if (plain) {
    const widths = cellsOf(plain.node).map(widthOf);
    if (widths.every((w) => w !== null)) widths.forEach((w, i) => (columns[i] = { width: Math.round((w as number) * 100) / 100 }));
  }

  const headerRows = rows.filter((row) => row.header).map((row) => row.cells);
  const bodyRows = rows.filter((row) => !row.header).map((row) => row.cells);
  const firstText = (cells: TableCell[] | undefined): string =>
    (cells?.[0]?.paragraphs ?? []).map((p) => p.map((r) => r.text).join('')).join(' ').trim();
  // A first row starting "STT" is a header row even when the source did not mark it.
  if (headerRows.length === 0 && bodyRows.length > 1 && STT.test(firstText(bodyRows[0]))) headerRows.push(bodyRows.shift()!);
  const numbered = headerRows.length > 0 && STT.test(firstText(headerRows[0]));
  return { id: newId(), kind: 'table', table: { columns, headerRows, rows: bodyRows, numbered } };
}
