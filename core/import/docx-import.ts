/** DOCX bytes → a VanBan document, with a report of what was recognised. */
import { openDocx, type DocxReadLimits } from '../docx-read';
import { docxToSource } from './docx-source';
import { recognise, type ImportReport } from './recognise';
import { makeNote } from './notes';
import type { VanBanDocument } from '../model/types';

export interface DocxImportReport extends ImportReport {
  /** Runs converted from legacy encodings. */
  legacyRuns: { tcvn3: number; vni: number };
}

/** Throws DocxReadError for files that are not safe, readable Word documents. */
export function importDocx(bytes: Uint8Array, limits?: Partial<DocxReadLimits>): { document: VanBanDocument; report: DocxImportReport } {
  const opened = openDocx(bytes, limits);
  const { source, stats } = docxToSource(opened);
  const notes = stats.vn1Capitals > 0 ? [makeNote('legacy-vn1', 'body', '', { count: stats.vn1Capitals })] : [];
  const { document, report } = recognise(source, notes);
  if (stats.legacyRuns.tcvn3 > 0) report.recognised.push('legacy.tcvn3');
  if (stats.legacyRuns.vni > 0) report.recognised.push('legacy.vni');
  return { document, report: { ...report, legacyRuns: stats.legacyRuns } };
}
