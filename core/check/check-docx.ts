/** The Decree 30 checker for any DOCX file (ours, Word's, LibreOffice's). */
import { openDocx } from '../docx-read/open';
import type { DocxReadLimits } from '../docx-read/limits';
import type { Finding } from './types';
import { buildView } from './view/view';
import { group, runRules } from './engine';

/** Findings for a DOCX file, grouped by cause; throws DocxReadError when the bytes are not a readable DOCX. */
export function checkDocx(bytes: Uint8Array, limits?: Partial<DocxReadLimits>): Finding[] {
  const view = buildView(openDocx(bytes, limits));
  return group(view, runRules(view));
}
