/** Title block: the type name in CAPS, a summary (without "V/v" for typed documents) with a line under it. */
import { upperVi } from '../../../model/text';
import { element, finding } from '../../catalog';
import type { DocxView } from '../../view/view';
import { isCaps } from '../../text-utils';
import type { Finding } from '../../types';
import { locationOf } from './elements';
import { hasRuleUnder } from './header';

const VV = /^(?:V\/v|Về việc)(?![\p{L}])/iu;
const REASON_TYPED = { vi: 'văn bản có tên loại không dùng “V/v”', en: 'typed documents never use “V/v”' };
const REASON_LETTER = { vi: '“V/v” đã có ở đầu trích yếu công văn', en: 'the letter summary already starts with “V/v”' };
/** "V/v V/v …", "V/v Về việc …": the summary typed with its own "V/v" under the one the letter prints. */
const VV_TWICE = /^V\/v\s+(?:V\/v|Về việc)(?![\p{L}])/iu;

export function checkTitleBlock(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const title = view.paragraphs.filter((p) => p.part === 'title');
  const typeName = title.find((p) => p.role === 'typeName');
  const letter = view.paragraphs.some((p) => p.part === 'header' && p.role === 'letterSummary');
  if (typeName && !isCaps(typeName.text)) {
    out.push(finding('title.type-name', locationOf(typeName), { found: typeName.text, expected: upperVi(typeName.text) }));
  }
  const summary = title.filter((p) => p.role === 'summary');
  if (summary.length === 0 && !letter && view.paragraphs.some((p) => p.part === 'header')) out.push(finding('summary.missing', { part: 'title' }));
  if (summary.length > 0) {
    const first = summary[0];
    if (typeName && VV.test(first.text)) out.push(finding('summary.vv-prefix', locationOf(first), { reason: REASON_TYPED, text: first.text }));
    const last = summary[summary.length - 1];
    if (typeName && !hasRuleUnder(view, last)) out.push(finding('format.rule', locationOf(last), { element: element('summary') }));
  }
  const vv = view.paragraphs.find((p) => p.part === 'header' && p.role === 'letterSummary');
  if (vv && VV_TWICE.test(vv.text)) out.push(finding('summary.vv-prefix', locationOf(vv), { reason: REASON_LETTER, text: vv.text }));
  const summaryEnd = (letter ? view.paragraphs.filter((p) => p.part === 'header' && p.role === 'letterSummary') : summary).pop();
  if (summaryEnd && /[^.]\.$/u.test(summaryEnd.text)) out.push(finding('summary.trailing-period', locationOf(summaryEnd), { text: summaryEnd.text }));
  // A letter (công văn) names its addressees after "Kính gửi:".
  if (letter && !typeName && !view.paragraphs.some((p) => p.role === 'addressee' && p.text.replace(/^Kính gửi\s*:?/iu, '').trim() !== '')) {
    out.push(finding('addressees.missing', { part: 'title' }));
  }
  return out;
}
