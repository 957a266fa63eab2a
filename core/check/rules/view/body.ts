/**
 * Body paragraphs: first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs, justified, line
 * spacing single to 1.5; CAPS section headings; the closing "./.".
 */
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import { formatCause, paragraphPropertySet, sizePt, visibleRuns } from '../../view/format';
import type { DocxView, ViewParagraph } from '../../view/view';
import { isCaps } from '../../text-utils';
import type { Finding } from '../../types';
import { locationOf } from './elements';

/** 1 cm and 1.27 cm in twips, with a little room for rounding. */
const INDENT_MIN = 567 - 12;
const INDENT_MAX = 720 + 12;
const SPACING_MIN = 120;
const TEXT_ROLES = new Set(['body', 'legalBasis', 'sectionHeading']);

export function bodyParagraphs(view: DocxView): ViewParagraph[] {
  return view.paragraphs.filter((p) => p.part === 'body' && !p.inTable && p.text && TEXT_ROLES.has(p.role));
}

function lineSpacingProblem(p: ViewParagraph): string | null {
  const { spacingLine, spacingLineRule } = p.paragraph.props;
  if (spacingLine === undefined) return null;
  if (spacingLineRule === undefined || spacingLineRule === 'auto') {
    const lines = spacingLine / 240;
    return lines < 0.98 || lines > 1.52 ? `${Math.round(lines * 100) / 100}` : null;
  }
  // Exact or at-least spacing in points: from the text size to 1.5 lines of it (a line is ≈ 1.15 × size).
  const size = Math.max(...visibleRuns(p).map(sizePt), DECREE30.body.size);
  const points = spacingLine / 20;
  if (spacingLineRule === 'atLeast') return points > size * 1.15 * 1.5 + 0.5 ? `${points} pt` : null;
  return points < size - 0.5 || points > size * 1.15 * 1.5 + 0.5 ? `${points} pt` : null;
}

export function checkBodyFormat(view: DocxView): Finding[] {
  const out: Finding[] = [];
  for (const p of bodyParagraphs(view)) {
    const { props } = p.paragraph;
    const location = locationOf(p);
    const cause = (property: string, direct: string) => formatCause(p, paragraphPropertySet(p, property), direct);
    // A numbered paragraph's first line starts where Word puts its label: left indent plus first-line (or hanging) indent.
    const indent = (props.indentFirstLine ?? 0) + (p.label ? (props.indentLeft ?? 0) : 0);
    if (indent < INDENT_MIN || indent > INDENT_MAX) {
      const found = (Math.round((indent / 567) * 100) / 100).toString();
      out.push(finding('body.indent', location, { found, text: p.text }, undefined, cause('w:ind', found)));
    }
    const spacing = (props.spacingBefore ?? 0) + (props.spacingAfter ?? 0);
    if (spacing < SPACING_MIN) out.push(finding('body.spacing', location, { found: spacing / 20, text: p.text }, undefined, cause('w:spacing', String(spacing))));
    if (props.alignment !== 'both' && props.alignment !== 'distribute') out.push(finding('body.align', location, { text: p.text }, undefined, cause('w:jc', String(props.alignment))));
    const line = lineSpacingProblem(p);
    if (line) out.push(finding('body.line-spacing', location, { found: line, text: p.text }, undefined, cause('w:spacing', line)));
    if (p.role === 'sectionHeading') {
      const title = p.text.replace(/^[IVXLC]+\.\s*/u, '');
      if (!isCaps(title)) out.push(finding('section.caps', location, { text: p.text }));
    }
  }
  return out;
}

/** The body's last paragraph ends with "./.". */
export function checkClosingMark(view: DocxView): Finding[] {
  const body = view.paragraphs.filter((p) => p.part === 'body' && !p.inTable && p.text);
  const last = body[body.length - 1];
  if (!last || last.text.endsWith(DECREE30.closingMark)) return [];
  const tail = last.text.length > 60 ? `…${last.text.slice(-60)}` : last.text;
  return [finding('closing.mark', locationOf(last), { text: tail })];
}
