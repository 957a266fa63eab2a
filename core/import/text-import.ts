/** Plain text → a VanBan document, with the same structure recovery as DOCX import. */
import type { VanBanDocument } from '../model/types';
import { recognise, type ImportReport } from './recognise';
import { readText } from './text-source';

export interface TextImportReport extends ImportReport {
  /** Lines left out as page furniture (page numbers, running heads and feet). */
  dropped: string[];
}

export function importText(text: string): { document: VanBanDocument; report: TextImportReport } {
  const { source, notes, dropped } = readText(text);
  const { document, report } = recognise(source, notes);
  return { document, report: { ...report, dropped } };
}
