/** A source table → the model's table: header rows, spans, vertical merges, widths, STT column. */
import type { InlineText, TableCell, TableModel } from '../model/types';
import { isBold, type SourcePara, type SourceTable } from './source';

const STT = /^(STT|TT|Số\s*TT|Số\s+thứ\s+tự)\.?$/iu;

function cellParagraphs(paras: SourcePara[]): InlineText[][] {
  const out = paras.map((p) => p.runs.map((r) => ({ ...r })));
  return out.length > 0 ? out : [[]];
}

function cellText(paras: SourcePara[]): string {
  return paras.map((p) => p.text).join('\n').trim();
}

export function convertTable(source: SourceTable): TableModel {
  // Place cells on the grid to resolve vertical merges into rowSpans.
  interface Placed {
    cell: TableCell;
    column: number;
    text: string;
    bold: boolean;
  }
  const grid: (Placed | null)[][] = [];
  const rows: Placed[][] = [];
  let columnCount = source.grid.length;
  source.rows.forEach((row, r) => {
    grid[r] = [];
    const placed: Placed[] = [];
    let column = 0;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.gridSpan);
      if (cell.vMerge === 'continue') {
        // Find the cell above that starts in this column and extend it.
        for (let up = r - 1; up >= 0; up--) {
          const above = grid[up][column];
          if (above) {
            above.cell.rowSpan = (above.cell.rowSpan ?? 1) + 1;
            grid[r][column] = above;
            break;
          }
        }
        // Text typed into a continued cell would be lost; keep it in the merged cell.
        const extra = cell.paras.filter((p) => p.text.trim());
        const owner = grid[r][column];
        if (extra.length > 0 && owner) owner.cell.paragraphs.push(...cellParagraphs(extra));
        column += span;
        continue;
      }
      const model: TableCell = { paragraphs: cellParagraphs(cell.paras) };
      if (span > 1) model.colSpan = span;
      const entry: Placed = { cell: model, column, text: cellText(cell.paras), bold: cell.paras.some((p) => p.text.trim()) && cell.paras.filter((p) => p.text.trim()).every(isBold) };
      grid[r][column] = entry;
      placed.push(entry);
      column += span;
    }
    columnCount = Math.max(columnCount, column);
    rows.push(placed);
  });

  // Header rows: marked as repeating; else a bold first row of a table with more rows.
  let headerCount = 0;
  while (headerCount < source.rows.length && source.rows[headerCount].header) headerCount++;
  if (headerCount === 0 && rows.length > 1 && rows[0].length > 0 && rows[0].every((c) => c.bold || !c.text)) headerCount = 1;
  // A header cell merged down into the next rows pulls those rows into the header.
  for (let r = 0; r < headerCount; r++) for (const c of rows[r]) headerCount = Math.max(headerCount, r + (c.cell.rowSpan ?? 1));
  headerCount = Math.min(headerCount, rows.length);

  const widths = source.grid.length === columnCount && source.grid.every((w) => w > 0) ? source.grid : Array.from({ length: columnCount }, () => 1);
  const bodyRows = rows.slice(headerCount);
  const firstHeader = rows[0]?.[0];
  const numbered =
    headerCount > 0 &&
    firstHeader !== undefined &&
    STT.test(firstHeader.text) &&
    isOrdinalColumn(bodyRows, columnCount);
  if (numbered) {
    // The writer fills the STT column (1, 2, 3…); the model leaves those cells empty.
    let covered = 0;
    for (const row of bodyRows) {
      if (covered > 0) {
        covered--;
        continue;
      }
      const first = row[0];
      covered = (first.cell.rowSpan ?? 1) - 1;
      if ((first.cell.colSpan ?? 1) < columnCount) first.cell.paragraphs = [[]];
    }
  }
  return {
    columns: widths.map((width) => ({ width })),
    headerRows: rows.slice(0, headerCount).map((row) => row.map((c) => c.cell)),
    rows: bodyRows.map((row) => row.map((c) => c.cell)),
    numbered,
  };

  function isOrdinalColumn(body: Placed[][], columns: number): boolean {
    let expected = 1;
    let covered = 0;
    for (const row of body) {
      if (covered > 0) {
        covered--;
        continue;
      }
      const first = row[0];
      if (!first || first.column !== 0) return false;
      covered = (first.cell.rowSpan ?? 1) - 1;
      if ((first.cell.colSpan ?? 1) >= columns) continue;
      if (first.text.replace(/\.$/, '') !== String(expected)) return false;
      expected++;
    }
    return expected > 1;
  }
}
