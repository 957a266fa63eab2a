/**
 * The one rule engine: every rule over the normalised view of a document (each paragraph's part,
 * role, text and effective format; each section's page), the same for a DOCX from any producer
 * and for a .vanban read through our own export. Findings are grouped by cause.
 */
import type { Finding } from './types';
import { groupFindings } from './group';
import type { DocxView } from './view/view';
import { checkPage } from './rules/view/page';
import { checkFonts } from './rules/view/fonts';
import { checkElements } from './rules/view/elements';
import { checkHeaderText } from './rules/view/header';
import { checkVariant } from './rules/view/variant';
import { checkNumberAndDate } from './rules/view/number-date';
import { checkTitleBlock } from './rules/view/title';
import { checkBodyFormat, checkClosingMark } from './rules/view/body';
import { checkStructure } from './rules/view/structure';
import { checkHeadings } from './rules/view/headings';
import { checkSignatureBlock } from './rules/view/signature';
import { checkRecipientList } from './rules/view/recipients';
import { checkAppendices } from './rules/view/appendix';
import { checkPlaceholderText } from './rules/view/placeholders';

const RULES: ReadonlyArray<(view: DocxView) => Finding[]> = [
  checkPage,
  checkHeaderText,
  checkVariant,
  checkNumberAndDate,
  checkTitleBlock,
  checkBodyFormat,
  checkStructure,
  checkHeadings,
  checkClosingMark,
  checkSignatureBlock,
  checkRecipientList,
  checkAppendices,
  checkPlaceholderText,
  checkElements,
  checkFonts,
];

/** Every rule's findings at each place, ungrouped, in rule order. */
export function runRules(view: DocxView): Finding[] {
  return RULES.flatMap((rule) => rule(view));
}

/** Paragraph `b` follows `a` with only empty paragraphs between them. */
export function adjacency(view: DocxView): (a: number, b: number) => boolean {
  return (a, b) => b > a && view.paragraphs.slice(a + 1, b).every((p) => !p.text);
}

export function group(view: DocxView, findings: readonly Finding[]): Finding[] {
  return groupFindings(findings, adjacency(view));
}
