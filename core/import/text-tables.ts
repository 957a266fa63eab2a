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

/**
 * Columns aligned by spaces: the header row names the columns; the rows that show every column
 * tell where each column starts (a heading is centred over its cells, a cell starts at the
 * column's left edge). A line whose first column is empty continues the row above (a wrapped
 * cell); text running across a column's start at a space is split there (two cells a single
 * space apart, as pdftotext -layout gives a narrow column).
 */
function columnTable(lines: TextLine[], start: number): TextTable | null {
  const head = segments(lines[start], 2);
  if (head.length < 2 || !STT.test(head[0].text)) return null;
  const count = head.length;
  const numberedLine = (line: TextLine) => /^\d{1,3}\.?$/u.test(segments(line, 2)[0]?.text ?? '') && line.indent < head[0].column + 4;
  // The table's lines: header continuations, then numbered rows and their continuation lines.
  let end = start + 1;
  let seenRow = false;
  while (end < lines.length) {
    const line = lines[end];
    if (line.blanksBefore > 1 || line.text.includes('\t')) break;
    const parts = segments(line, 2);
    if (numberedLine(line)) seenRow = true;
    else if (!seenRow ? end - start > 3 : parts.length === 0 || line.indent < head[0].column + 4) break;
    end++;
  }
  if (!seenRow) return null;
  const body = lines.slice(start + 1, end);
  // Column starts: from the rows showing every column, else under the headings' centres.
  const full = body.filter(numberedLine).map((l) => segments(l, 2)).filter((p) => p.length === count);
  const starts = head.map((h, c) => (full.length > 0 ? Math.min(...full.map((p) => p[c].column)) : c === 0 ? h.column : Math.round(h.column + h.text.length / 2 - 6)));
  const columnOf = (at: number) => {
    let c = 0;
    for (let k = 1; k < count; k++) if (at >= starts[k] - 2) c = k;
    return c;
  };
  const place = (line: TextLine): string[] => {
    const cells: string[] = Array.from({ length: count }, () => '');
    const raw = line.raw.replace(/\t/gu, '    ');
    for (const part of segments(line, 2)) {
      // Split at the starts of the columns the part runs across, where a space precedes them.
      let from = part.column;
      const to = part.column + part.text.length;
      for (let k = columnOf(from) + 1; k < count; k++) {
        // A word starting within a character or two of the column's start (text may run over by one).
        const at = [0, -1, 1, -2].map((d) => starts[k] + d).find((p) => p > from && p < to && raw[p - 1] === ' ' && raw[p] !== ' ');
        if (at === undefined) continue;
        const piece = raw.slice(from, at).trim();
        if (piece) cells[columnOf(from)] = join(cells[columnOf(from)], piece);
        from = at;
      }
      const rest = raw.slice(from, to).replace(/\s+/gu, ' ').trim();
      if (rest) cells[columnOf(from)] = join(cells[columnOf(from)], rest);
    }
    return cells;
  };
  const rows: string[][] = [head.map((h) => h.text)];
  for (const line of body) {
    const cells = place(line);
    const target = numberedLine(line) ? null : rows[rows.length - 1];
    if (!target) {
      rows.push(cells);
      continue;
    }
    // A header continuation takes the heading above it, whatever its offset.
    const headerLine = rows.length === 1;
    if (headerLine) {
      for (const part of segments(line, 2)) {
        let best = 0;
        for (let c = 1; c < count; c++) if (Math.abs(head[c].column + head[c].text.length / 2 - (part.column + part.text.length / 2)) < Math.abs(head[best].column + head[best].text.length / 2 - (part.column + part.text.length / 2))) best = c;
        target[best] = join(target[best], part.text);
      }
    } else cells.forEach((text, c) => (target[c] = join(target[c], text)));
  }
  if (rows.length < 2) return null;
  return { table: table(rows, 1), length: end - start, form: 'columns' };
}

function join(a: string, b: string): string {
  if (!b) return a;
  return a ? `${a} ${b}` : b;
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
    // A row ends at the next ordinal once it has most of its cells (a PDF copy may run two cells
    // into one line; a cell may itself be a number); the missing cells stay empty.
    while (j < cells.length && row.length < columns && !(row.length >= Math.max(2, columns - 2) && cells[j].text === String(expected + 1))) row.push(cells[j++].text);
    rows.push(row);
    expected++;
    i = j;
    used = j;
  }
  if (rows.length < 2) return null;
  const length = cells.slice(0, used).reduce((n, c) => n + c.lines, 0);
  return { table: table(rows, 1), length, form: 'cell-lines' };
}
