/** Header text: agency names (CAPS), national title and motto exactly, and the lines under them. */
import { DECREE30 } from '../../../rules/decree30';
import { element, finding, type ElementId } from '../../catalog';
import { hasBottomBorder, hasShape, hasTopBorder } from '../../view/format';
import type { DocxView, ViewParagraph } from '../../view/view';
import { isCaps } from '../../text-utils';
import type { Finding } from '../../types';
import { locationOf } from './elements';

const MISSING = { vi: '(không có)', en: '(missing)' };

/** A solid line under `p`: its own bottom border, or an empty bordered/drawn line right after it, or a drawn line in its cell. */
export function hasRuleUnder(view: DocxView, p: ViewParagraph): boolean {
  if (hasBottomBorder(view.docx, p) || hasShape(p)) return true;
  const siblings = view.paragraphs.filter((q) => q.container === p.container && q.part === p.part);
  const at = siblings.indexOf(p);
  for (const next of siblings.slice(at + 1, at + 3)) {
    if (hasTopBorder(view.docx, next) || hasShape(next) || (hasBottomBorder(view.docx, next) && !next.text)) return true;
    if (next.text) break;
  }
  return siblings.some((q) => q.index > p.index && hasShape(q));
}

function lastOfRole(view: DocxView, role: ElementId): ViewParagraph | undefined {
  return view.paragraphs.filter((p) => p.role === role && p.part === view.paragraphs.find((q) => q.role === role)?.part).pop();
}

function checkExactText(view: DocxView, role: 'nationalTitle' | 'motto', expected: string, out: Finding[]): void {
  const p = view.paragraphs.find((q) => q.part === 'header' && q.role === role);
  const rule = role === 'nationalTitle' ? 'header.national-title' : 'header.motto';
  if (!p) {
    out.push(finding(rule, { part: 'header' }, { expected, found: MISSING }));
    return;
  }
  const found = p.text.replace(/\s+/g, ' ');
  if (found !== expected) out.push(finding(rule, locationOf(p), { expected, found }));
}

export function checkHeaderText(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const header = view.paragraphs.filter((p) => p.part === 'header');
  const agencies = header.filter((p) => p.role === 'parentAgency' || p.role === 'issuingAgency');
  if (!agencies.some((p) => p.role === 'issuingAgency')) out.push(finding('header.agency-missing', { part: 'header' }));
  for (const p of agencies) if (!isCaps(p.text)) out.push(finding('header.agency-caps', locationOf(p), { text: p.text }));
  if (view.party) {
    const title = lastOfRole(view, 'partyTitle');
    if (title && !hasRuleUnder(view, title)) out.push(finding('format.rule', locationOf(title), { element: element('partyTitle') }));
    return out;
  }
  checkExactText(view, 'nationalTitle', DECREE30.nationalTitle, out);
  checkExactText(view, 'motto', DECREE30.motto, out);
  const issuing = agencies.filter((p) => p.role === 'issuingAgency').pop();
  if (issuing && !hasRuleUnder(view, issuing)) out.push(finding('format.rule', locationOf(issuing), { element: element('issuingAgency') }));
  const motto = header.find((p) => p.role === 'motto');
  if (motto && !hasRuleUnder(view, motto)) out.push(finding('format.rule', locationOf(motto), { element: element('motto') }));
  return out;
}
