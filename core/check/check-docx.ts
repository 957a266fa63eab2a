/** The Decree 30 checker for any DOCX file (ours, Word's, LibreOffice's). */
import { openDocx } from '../docx-read/open';
import type { DocxReadLimits } from '../docx-read/limits';
import type { Finding } from './types';
import { buildView, type DocxView } from './docx/view';
import { checkPage } from './rules/docx/page';
import { checkFonts } from './rules/docx/fonts';
import { checkElements } from './rules/docx/elements';
import { checkHeaderText } from './rules/docx/header';
import { checkNumberAndDate } from './rules/docx/number-date';
import { checkTitleBlock } from './rules/docx/title';
import { checkBodyFormat, checkClosingMark } from './rules/docx/body';
import { checkHeadings } from './rules/docx/headings';
import { checkRecipientList, checkSignatureBlock } from './rules/docx/signature';
import { checkAppendixReferences } from './rules/docx/appendix';
import { checkPlaceholderText } from './rules/docx/placeholders';

const DOCX_CHECKS: ReadonlyArray<(view: DocxView) => Finding[]> = [
  checkPage,
  checkHeaderText,
  checkNumberAndDate,
  checkTitleBlock,
  checkBodyFormat,
  checkHeadings,
  checkClosingMark,
  checkSignatureBlock,
  checkRecipientList,
  checkAppendixReferences,
  checkPlaceholderText,
  checkElements,
  checkFonts,
];

/** Findings for a DOCX file; throws DocxReadError when the bytes are not a readable DOCX. */
export function checkDocx(bytes: Uint8Array, limits?: Partial<DocxReadLimits>): Finding[] {
  const view = buildView(openDocx(bytes, limits));
  return DOCX_CHECKS.flatMap((check) => check(view));
}
