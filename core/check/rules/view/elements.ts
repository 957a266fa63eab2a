/**
 * Size, bold and italic of each element (core/data/check-rules.json "elements"), and the
 * body's one size throughout.
 */
import { element, ELEMENTS, finding, type ElementId } from '../../catalog';
import { formatCause, runPropertySet, sizePt, sizeRange, visibleRuns } from '../../view/format';
import type { DocxView, ViewParagraph } from '../../view/view';
import type { Bilingual, Finding, LocationPart } from '../../types';

const BOLD = { yes: { vi: 'phải in đậm', en: 'must be bold' }, no: { vi: 'không in đậm', en: 'must not be bold' } };
const ITALIC = { yes: { vi: 'phải in nghiêng', en: 'must be italic' }, no: { vi: 'viết đứng, không in nghiêng', en: 'must be upright, not italic' } };

const BODY_ROLES = new Set<string>(['body', 'legalBasis', 'sectionHeading']);

export function locationOf(p: ViewParagraph): { part: LocationPart; paragraphIndex: number; text: string } {
  return { part: p.part === 'other' ? 'body' : p.part, paragraphIndex: p.index, text: p.text };
}

function isElement(role: string): role is ElementId {
  return Object.hasOwn(ELEMENTS, role);
}

/** "must be X" fails when any visible run lacks X; "must not be X" when every run has it. */
function emphasisWrong(p: ViewParagraph, key: 'bold' | 'italic', wanted: boolean): boolean {
  const runs = visibleRuns(p);
  if (runs.length === 0) return false;
  return wanted ? runs.some((r) => !r.props[key]) : runs.every((r) => r.props[key]);
}

function checkParagraph(p: ViewParagraph, id: ElementId, out: Finding[]): void {
  const info = ELEMENTS[id];
  const [min, max] = info.size;
  const wrongSize = visibleRuns(p).map(sizePt).find((size) => size < min || size > max);
  const location = locationOf(p);
  if (wrongSize !== undefined) {
    // One cause per wrong size: consecutive paragraphs of any element in that size are one finding.
    const cause = formatCause(p, runPropertySet(p, 'w:sz'), `size:${wrongSize}`);
    out.push(finding('font.size', location, { element: element(id), found: wrongSize, range: sizeRange(min, max), text: p.text }, undefined, cause));
  }
  const emphasis: ['bold' | 'italic', boolean | undefined, Record<'yes' | 'no', Bilingual>, string][] = [
    ['bold', info.bold, BOLD, 'format.bold'],
    ['italic', info.italic, ITALIC, 'format.italic'],
  ];
  for (const [key, wanted, words, rule] of emphasis) {
    if (wanted !== undefined && emphasisWrong(p, key, wanted)) {
      const params = { element: element(id), expected: wanted ? words.yes : words.no, text: p.text };
      // Emphasis a paragraph lacks is its own; emphasis it must not have may come from its style.
      const direct = JSON.stringify([id, wanted]);
      const cause = wanted ? direct : formatCause(p, runPropertySet(p, key === 'bold' ? 'w:b' : 'w:i'), direct);
      out.push(finding(rule, location, params, undefined, cause));
    }
  }
}

export function checkElements(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const bodySizes = new Set<number>();
  for (const p of view.paragraphs) {
    if (!p.text || !isElement(p.role)) continue;
    // Party documents follow the Party's guideline for the header; only the shared rules apply.
    if (view.party && p.part === 'header' && p.role !== 'placeDate') continue;
    checkParagraph(p, p.role, out);
    if (p.part === 'body' && BODY_ROLES.has(p.role)) for (const run of visibleRuns(p)) bodySizes.add(sizePt(run));
  }
  if (bodySizes.size > 1) {
    const sizes = [...bodySizes].sort((a, b) => a - b).join(', ');
    out.push(finding('body.size-mixed', { part: 'body' }, { sizes }));
  }
  return out;
}
