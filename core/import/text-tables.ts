/**
 * Tables written as text: cells separated by tabs (a paste from Word or a spreadsheet), aligned
 * in columns by runs of spaces (`pdftotext -layout`), or one cell a line (a PDF viewer's copy,
 * cells parted by blank lines), where the header row tells the column count and the STT column
 * tells where each row starts.
 */
import { para, type SourceRow, type SourceTable } from './source';
import { segments, type TextLine } from './text-lines';

const STT = /^(STT|TT|Số\s*TT|Số\s+thứ\s+tự)\.?$/iu;

function table(rows: string[][], header: number): SourceTable {
  const columns = Math.max(...rows.map((r) => r.length));
  return {
    type: 'table',
    grid: [],
    bordered: true,
    rows: rows.map((cells, r): SourceRow => ({
      header: r < header,
      cells: Array.from({ length: columns }, (_, c) => ({ gridSpan: 1, vMerge: null, paras: [para(cells[c] ?? '')] })),
    })),
  };
}

export interface TextTable {
  table: SourceTable;
  /** Lines used. */
  length: number;
  /** How it was read, for the import report. */
  form: 'tabs' | 'columns' | 'cell-lines';
}

/** Reads a table starting at lines[start], or null when none starts there. */
export function readTextTable(lines: TextLine[], start: number, layout: boolean): TextTable | null {
  return tabTable(lines, start) ?? (layout ? columnTable(lines, start) : null) ?? cellLineTable(lines, start);
}

function tabTable(lines: TextLine[], start: number): TextTable | null {
  let end = start;
  while (end < lines.length && lines[end].text.includes('\t')) end++;
  if (end - start < 2) return null;
  const rows = lines.slice(start, end).map((l) => l.text.split('\t').map((c) => c.trim()));
  return { table: table(rows, 1), length: end - start, form: 'tabs' };
}

/** Columns at the header row's cell starts; a line with an empty first column continues the row above. */
function columnTable(lines: TextLine[], start: number): TextTable | null {
  const head = segments(lines[start], 2);
  if (head.length < 2 || !STT.test(head[0].text)) return null;
  const starts = head.map((s) => s.column);
  const column = (at: number) => {
    let best = 0;
    for (let c = 0; c < starts.length; c++) if (at >= starts[c] - 3) best = c;
    return best;
  };
  const rows: string[][] = [head.map((s) => s.text)];
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end];
    if (line.blanksBefore > 1) break;
    const parts = segments(line, 2);
    if (parts.length === 0) break;
    const first = parts[0];
    const numbered = column(first.column) === 0 && /^\d{1,3}\.?$/u.test(first.text);
    if (!numbered && rows.length === 1) break;
    if (!numbered && parts.length === 1 && line.indent < starts[1] - 3) break;
    const cells: string[] = Array.from({ length: starts.length }, () => '');
    for (const part of parts) {
      const c = column(part.column);
      cells[c] = cells[c] ? `${cells[c]} ${part.text}` : part.text;
    }
    if (numbered) rows.push(cells);
    else {
      const last = rows[rows.length - 1];
      cells.forEach((text, c) => {
        if (text) last[c] = last[c] ? `${last[c]} ${text}` : text;
      });
    }
    end++;
  }
  if (rows.length < 2) return null;
  return { table: table(rows, 1), length: end - start, form: 'columns' };
}

/** One cell a line: header cells up to the first "1", then rows each starting at the next ordinal. */
function cellLineTable(lines: TextLine[], start: number): TextTable | null {
  if (!STT.test(lines[start].text)) return null;
  // Cells: runs of lines without a blank between them (a wrapped cell), when the copy has blanks.
  const blanks = lines.slice(start + 1, start + 12).some((l) => l.blanksBefore > 0);
  const cells: { text: string; lines: number }[] = [];
  let k = start;
  while (k < lines.length) {
    const line = lines[k];
    if (k > start && line.blanksBefore > 2) break;
    if (blanks && k > start && line.blanksBefore === 0 && cells.length > 0 && !/^\d{1,3}$/u.test(line.text)) {
      const last = cells[cells.length - 1];
      last.text = `${last.text} ${line.text}`;
      last.lines++;
    } else cells.push({ text: line.text, lines: 1 });
    k++;
  }
  const firstRow = cells.findIndex((c, i) => i > 0 && c.text === '1');
  if (firstRow < 2) return null;
  const columns = firstRow;
  const rows: string[][] = [cells.slice(0, columns).map((c) => c.text)];
  let used = columns;
  let expected = 1;
  let i = columns;
  while (i < cells.length && cells[i].text === String(expected)) {
    const row = [cells[i].text];
    let j = i + 1;
    // A row ends at the next ordinal, once it has its cells (a cell may itself be a number).
    while (j < cells.length && !(row.length >= columns && cells[j].text === String(expected + 1)) && row.length < columns) row.push(cells[j++].text);
    rows.push(row);
    expected++;
    i = j;
    used = j;
    if (row.length < columns) break;
  }
  if (rows.length < 2) return null;
  const length = cells.slice(0, used).reduce((n, c) => n + c.lines, 0);
  return { table: table(rows, 1), length, form: 'cell-lines' };
}
