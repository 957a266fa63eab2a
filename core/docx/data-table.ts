/**
 * Bordered tables of the body and appendices: header rows bold and repeated on every page, the
 * STT column numbered automatically, merged cells, column widths scaled to the text width.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { TableCell as ModelCell, TableModel } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { sttOrdinals } from '../model/table-numbering';
import { inlineRuns } from './runs';
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

export function dataTable(table: TableModel, textWidth: number): Table {
  const size = DECREE30.appendix.tableSize;
  const widths = scaleWidths(table.columns.map((c) => c.width), textWidth);
  const allRows = [...table.headerRows, ...numberRows(table)];
  const starts = columnStarts(allRows);
  const headerCount = table.headerRows.length;
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: allRows.map((row, rowIndex) => {
      const header = rowIndex < headerCount;
      return new TableRow({
        tableHeader: header,
        cantSplit: header,
        children: row.map((cell, cellIndex) => {
          const column = starts[rowIndex][cellIndex];
          const span = cell.colSpan ?? 1;
          const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
          const align = header ? AlignmentType.CENTER : ALIGN[table.columns[column]?.align ?? (table.numbered && column === 0 ? 'center' : 'left')];
          const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [[]];
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: paragraphs.map(
              (inlines) =>
                new Paragraph({
                  style: STYLE.cell,
                  alignment: align,
                  children: inlineRuns(inlines, { size, bold: header }, false, size),
                }),
            ),
          });
        }),
      });
    }),
  });
}
