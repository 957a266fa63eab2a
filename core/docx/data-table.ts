/**
 * Bordered tables of the body and appendices: header rows bold and repeated on every page, the
 * STT column numbered automatically, merged cells, column widths scaled to the text width.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { InlineText, TableCell as ModelCell, TableModel } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { sttOrdinals } from '../model/table-numbering';
import type { Anchor } from './comments';
import { alignPairs } from './align';
import { revisedRuns, samePieces, wholePieces, wordPieces, type ChangeMark, type Piece, type PieceKind, type Tracker } from './revisions';
import { STYLE } from './styles';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: DECREE30.font.color };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED };

/** Column widths in twips summing exactly to `total`, in proportion to the relative widths. */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Body rows with the STT cell filled with its ordinal (see sttOrdinals). */
export function numberRows(table: TableModel): ModelCell[][] {
  const ordinals = sttOrdinals(table);
  return table.rows.map((row, index) => {
    const ordinal = ordinals[index];
    return ordinal === null ? row : [{ ...row[0], paragraphs: [[{ text: String(ordinal) }]] }, ...row.slice(1)];
  });
}

/** Which column each cell of each row starts in, given the spans above it. */
function columnStarts(rows: readonly ModelCell[][]): number[][] {
  const covered: number[] = []; // remaining rows each column is covered by a rowSpan from above
  return rows.map((row) => {
    const starts: number[] = [];
    let column = 0;
    for (const cell of row) {
      while ((covered[column] ?? 0) > 0) column++;
      starts.push(column);
      const span = cell.colSpan ?? 1;
      for (let c = column; c < column + span; c++) covered[c] = Math.max(covered[c] ?? 0, cell.rowSpan ?? 1);
      column += span;
    }
    for (let c = 0; c < covered.length; c++) covered[c] = Math.max(0, (covered[c] ?? 0) - 1);
    return starts;
  });
}

/**
 * One row to write: its cells (for spans), each cell's paragraphs as pieces, a tracked row mark,
 * and `source`, the row's index in the newer table (header rows first) for comment anchors.
 */
interface RowSpec {
  header: boolean;
  cells: ModelCell[];
  paragraphs: Piece[][][];
  mark?: { kind: 'ins' | 'del'; change: ChangeMark };
  source?: number;
}

/** Comment anchors of one cell paragraph: (row, cell, paragraph) → anchors in that paragraph's text. */
type CellAnchors = (row: number, cell: number, paragraph: number) => Anchor[];

const NO_CELL_ANCHORS: CellAnchors = () => [];

/**
 * Places comment anchors on a table, whose offsets count in its plain text as core/review/diff
 * blockText gives it (cells joined by " | ", rows and cell paragraphs by "\n"): each anchor goes in
 * the cell paragraph where it starts, its end clamped to that paragraph.
 */
function cellAnchors(table: TableModel, anchors: readonly Anchor[]): CellAnchors {
  if (anchors.length === 0) return NO_CELL_ANCHORS;
  const spans: Array<{ key: string; start: number; end: number }> = [];
  let offset = 0;
  [...table.headerRows, ...table.rows].forEach((row, r) => {
    if (r > 0) offset += 1;
    row.forEach((cell, c) => {
      if (c > 0) offset += 3;
      cellParagraphs(cell).forEach((inlines, k) => {
        if (k > 0) offset += 1;
        const length = inlines.reduce((sum, inline) => sum + inline.text.length, 0);
        spans.push({ key: `${r}:${c}:${k}`, start: offset, end: offset + length });
        offset += length;
      });
    });
  });
  const placed = new Map<string, Anchor[]>();
  for (const anchor of anchors) {
    const span = spans.find((candidate) => anchor.start <= candidate.end) ?? spans[spans.length - 1];
    const length = span.end - span.start;
    const start = Math.min(Math.max(anchor.start - span.start, 0), length);
    const end = Math.min(Math.max(anchor.end - span.start, start), length);
    placed.set(span.key, [...(placed.get(span.key) ?? []), { id: anchor.id, start, end }]);
  }
  return (row, cell, paragraph) => placed.get(`${row}:${cell}:${paragraph}`) ?? [];
}

const cellParagraphs = (cell: ModelCell): InlineText[][] => (cell.paragraphs.length > 0 ? cell.paragraphs : [[]]);

function plainRows(rows: readonly ModelCell[][], header: boolean, kind: PieceKind, tracker: Tracker | null, firstSource?: number): RowSpec[] {
  return rows.map((cells, index) => ({
    header,
    cells,
    ...(firstSource !== undefined ? { source: firstSource + index } : {}),
    paragraphs: cells.map((cell) => cellParagraphs(cell).map((inlines) => (kind === 'same' ? samePieces(inlines) : wholePieces(kind, inlines)))),
    ...(kind !== 'same' && tracker ? { mark: { kind, change: tracker.mark() } } : {}),
  }));
}

function writeTable(table: TableModel, rows: readonly RowSpec[], textWidth: number, tracker: Tracker | null, anchors = NO_CELL_ANCHORS): Table {
  const size = DECREE30.appendix.tableSize;
  const widths = scaleWidths(table.columns.map((c) => c.width), textWidth);
  const starts = columnStarts(rows.map((row) => row.cells));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: rows.map((row, rowIndex) => {
      const { header } = row;
      const mark = row.mark ? (row.mark.kind === 'ins' ? { insertion: row.mark.change } : { deletion: row.mark.change }) : {};
      return new TableRow({
        tableHeader: header,
        cantSplit: header,
        ...mark,
        children: row.cells.map((cell, cellIndex) => {
          const column = starts[rowIndex][cellIndex];
          const span = cell.colSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          const align = header ? AlignmentType.CENTER : ALIGN[table.columns[column]?.align ?? (table.numbered && column === 0 ? 'center' : 'left')];
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: row.paragraphs[cellIndex].map(
              (pieces, paragraphIndex) =>
                new Paragraph({
                  style: STYLE.cell,
                  alignment: align,
                  children: revisedRuns(
                    pieces,
                    { size, bold: header },
                    row.source === undefined ? [] : anchors(row.source, cellIndex, paragraphIndex),
                    tracker,
                    false,
                    size,
                  ),
                }),
            ),
          });
        }),
      });
    }),
  });
}

/** A table; comment anchors count in its plain text (see cellAnchors). */
export function dataTable(table: TableModel, textWidth: number, anchors: readonly Anchor[] = []): Table {
  const rows = [...plainRows(table.headerRows, true, 'same', null, 0), ...plainRows(numberRows(table), false, 'same', null, table.headerRows.length)];
  return writeTable(table, rows, textWidth, null, cellAnchors(table, anchors));
}

/** An empty paragraph whose mark is deleted: keeps two tables apart until the changes are accepted. */
export function separatorParagraph(tracker: Tracker): Paragraph {
  return new Paragraph({ children: [], run: { deletion: tracker.mark() } });
}

/** True when every row has one cell per column and nothing is merged: rows can be matched one to one. */
function isGrid(table: TableModel): boolean {
  return [...table.headerRows, ...table.rows].every(
    (row) => row.length === table.columns.length && row.every((cell) => (cell.colSpan ?? 1) === 1 && (cell.rowSpan ?? 1) === 1),
  );
}

const cellText = (cell: ModelCell): string => cell.paragraphs.map((p) => p.map((inline) => inline.text).join('')).join('\n');

/** Rows of two versions of a grid, matched by their text (the STT ordinals left out), changed rows diffed cell by cell. */
function trackedRows(before: readonly ModelCell[][], after: readonly ModelCell[][], header: boolean, numbered: boolean, tracker: Tracker, firstSource: number): RowSpec[] {
  const key = (row: readonly ModelCell[]): string => JSON.stringify(row.slice(numbered && !header ? 1 : 0).map(cellText));
  const source = new Map(after.map((row, index) => [row, firstSource + index]));
  return alignPairs(before, after, (a, b) => key(a) === key(b)).flatMap((pair): RowSpec[] => {
    if (!pair.before) return plainRows([pair.after!], header, 'ins', tracker, source.get(pair.after!));
    if (!pair.after) return plainRows([pair.before], header, 'del', tracker);
    const old = pair.before;
    const cells = pair.after;
    const paragraphs = cells.map((cell, index) => {
      const was = cellParagraphs(old[index]);
      const now = cellParagraphs(cell);
      return Array.from({ length: Math.max(was.length, now.length) }, (_, k) => wordPieces(was[k] ?? [], now[k] ?? []));
    });
    return [{ header, cells, paragraphs, source: source.get(cells) }];
  });
}

/**
 * A table in a tracked-changes copy: added (every row inserted), removed (every row deleted) or
 * changed. A changed grid keeps its unchanged rows, shows changed cells word by word and inserted
 * and deleted rows; a table whose columns or merged cells changed is written as the old table
 * deleted and the new one inserted, kept apart by a paragraph that goes with the old table.
 */
export function trackedDataTable(
  before: TableModel | null,
  after: TableModel | null,
  textWidth: number,
  tracker: Tracker,
  anchors: readonly Anchor[] = [],
): Array<Table | Paragraph> {
  if (!before && !after) return [];
  if (!before || !after) {
    const table = (after ?? before)!;
    const kind = after ? 'ins' : 'del';
    const first = after ? 0 : undefined;
    const rows = [...plainRows(table.headerRows, true, kind, tracker, first), ...plainRows(numberRows(table), false, kind, tracker, after ? table.headerRows.length : undefined)];
    return [writeTable(table, rows, textWidth, tracker, after ? cellAnchors(after, anchors) : NO_CELL_ANCHORS)];
  }
  if (isGrid(before) && isGrid(after) && before.columns.length === after.columns.length && before.numbered === after.numbered) {
    const rows = [
      ...trackedRows(before.headerRows, after.headerRows, true, after.numbered, tracker, 0),
      ...trackedRows(numberRows(before), numberRows(after), false, after.numbered, tracker, after.headerRows.length),
    ];
    return [writeTable(after, rows, textWidth, tracker, cellAnchors(after, anchors))];
  }
  return [...trackedDataTable(before, null, textWidth, tracker), separatorParagraph(tracker), ...trackedDataTable(null, after, textWidth, tracker, anchors)];
}
