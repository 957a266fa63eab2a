/** Effective formatting of runs and paragraphs as the checker needs it. */
import type { DocxRun } from '../../docx-read/body';
import type { OpenedDocx } from '../../docx-read/open';
import { descendants, type XmlElement } from '../../docx-read/xml';
import { child } from '../../docx-read/xml';
import type { ViewParagraph } from './view';

/** Word's size when nothing sets one: 10 pt. */
const DEFAULT_HALF_POINTS = 20;

export function sizePt(run: DocxRun): number {
  return (run.props.sizeHalfPoints ?? DEFAULT_HALF_POINTS) / 2;
}

/** Runs that show something (not only spaces). */
export function visibleRuns(p: ViewParagraph): DocxRun[] {
  return p.paragraph.runs.filter((run) => run.text.trim() !== '');
}

/** The theme's body (minor) Latin font, used by runs that name no font of their own. */
export function themeFont(docx: OpenedDocx): string | undefined {
  const theme = docx.part('word/theme/theme1.xml');
  if (!theme) return undefined;
  const minor = descendants(theme, 'a:minorFont')[0];
  return child(minor, 'a:latin')?.attrs.typeface || undefined;
}

/** The font Latin (and Vietnamese) text of the run is shown in. */
export function runFont(run: DocxRun, theme: string | undefined): string {
  return run.props.fontAscii ?? run.props.fontHAnsi ?? theme ?? 'default';
}

export function isTimesNewRoman(font: string): boolean {
  return font.trim().toLowerCase() === 'times new roman';
}

/** A bottom border set on the paragraph itself (w:pPr/w:pBdr/w:bottom), not "none". */
export function hasBottomBorder(p: ViewParagraph): boolean {
  const bottom = child(child(child(p.paragraph.element, 'w:pPr'), 'w:pBdr'), 'w:bottom');
  return bottom !== undefined && !['none', 'nil'].includes(bottom.attrs['w:val'] ?? 'none');
}

export function hasTopBorder(p: ViewParagraph): boolean {
  const top = child(child(child(p.paragraph.element, 'w:pPr'), 'w:pBdr'), 'w:top');
  return top !== undefined && !['none', 'nil'].includes(top.attrs['w:val'] ?? 'none');
}

/** A drawn shape in the paragraph (a VML line, a DrawingML shape or picture): how many documents draw the rules. */
export function hasShape(p: ViewParagraph): boolean {
  const element: XmlElement = p.paragraph.element;
  return ['w:pict', 'w:drawing', 'v:line', 'wps:wsp', 'w:object'].some((name) => descendants(element, name).length > 0);
}

/** "13–14" or "13". */
export function sizeRange(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}
