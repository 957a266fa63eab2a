/** A fixed-layout table with no borders, used for the header and for the signature area. */
import { BorderStyle, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Rows of cells; each cell is a list of paragraphs. Column widths in twips. */
export function borderlessTable(columnWidths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                children: children.length > 0 ? children : [],
                width: { size: columnWidths[index], type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                verticalAlign: VerticalAlign.TOP,
              }),
          ),
        }),
    ),
  });
}
