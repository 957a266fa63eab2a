/**
 * The importer's intermediate form: paragraphs and tables in reading order, with just what
 * recognition needs. DOCX and plain text are both turned into this, then recognised the same way.
 */
import type { InlineText } from '../model/types';

export type ListKind = 'section' | 'clause' | 'point' | 'dash' | 'plus';

export interface SourcePara {
  type: 'para';
  runs: InlineText[];
  /** Concatenated run text (NFC). */
  text: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** From Word automatic numbering: the kind its number format implies and the label Word shows. */
  list?: { kind: ListKind | null; label: string };
  /** This paragraph ends a page section; the section's orientation. */
  sectionEnd?: { landscape: boolean };
}

export interface SourceCell {
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  paras: SourcePara[];
}

export interface SourceRow {
  header: boolean;
  cells: SourceCell[];
}

export interface SourceTable {
  type: 'table';
  /** Column widths (any unit), may be empty. */
  grid: number[];
  rows: SourceRow[];
  bordered: boolean;
}

export type SourceBlock = SourcePara | SourceTable;

export interface SourceDocument {
  blocks: SourceBlock[];
  /** Orientation of the last page section. */
  finalLandscape: boolean;
  /** True for plain text (no formatting, no tables): recognition relies on text alone. */
  plain: boolean;
}

export function para(text: string, extra: Partial<SourcePara> = {}): SourcePara {
  return { type: 'para', runs: text ? [{ text }] : [], text, ...extra };
}

/** True when every run with letters is bold (and there is at least one). */
export function isBold(p: SourcePara): boolean {
  const lettered = p.runs.filter((r) => /\p{L}/u.test(r.text));
  return lettered.length > 0 && lettered.every((r) => r.bold);
}

/** Paragraph texts of a table, cell by cell, row by row. */
export function tableParas(table: SourceTable): SourcePara[] {
  return table.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paras));
}
