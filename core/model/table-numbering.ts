/** STT (ordinal) numbering of a table's body rows, shared by the DOCX writer and the editor. */
import type { TableModel } from './types';

/**
 * The STT ordinal of each body row, or null when the row gets none: rows whose first cell starts
 * in column 0 (not covered by a row span from above) and does not span the whole table (a group
 * heading). All null when the table is not numbered.
 */
export function sttOrdinals(table: TableModel): Array<number | null> {
  if (!table.numbered) return table.rows.map(() => null);
  let covered = 0;
  let ordinal = 0;
  return table.rows.map((row) => {
    if (covered > 0) {
      covered--;
      return null;
    }
    const first = row[0];
    if (!first) return null;
    covered = (first.rowSpan ?? 1) - 1;
    if ((first.colSpan ?? 1) >= table.columns.length) return null;
    ordinal++;
    return ordinal;
  });
}
