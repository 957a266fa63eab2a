/** Plain text → a VanBan document, with the same structure recovery as DOCX import. */
import type { VanBanDocument } from '../model/types';
import { recognise, type ImportReport } from './recognise';
import { textToSource } from './text-source';

export function importText(text: string): { document: VanBanDocument; report: ImportReport } {
  return recognise(textToSource(text));
}
