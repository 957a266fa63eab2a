/** Effective formatting of runs and paragraphs as the checker needs it. */
import type { DocxRun } from '../../docx-read/body';
import type { OpenedDocx } from '../../docx-read/open';
import { relatedPart } from '../../docx-read/package';
import { child, descendants, elements, type XmlElement } from '../../docx-read/xml';
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

/** Paragraph styles by id, for properties the shared reader does not resolve (borders). */
const STYLE_CACHE = new WeakMap<OpenedDocx, Map<string, XmlElement>>();

function paragraphStyles(docx: OpenedDocx): Map<string, XmlElement> {
  let styles = STYLE_CACHE.get(docx);
  if (!styles) {
    styles = new Map();
    const path = relatedPart(docx.pkg, docx.pkg.mainDocumentPath, 'styles') ?? 'word/styles.xml';
    for (const style of elements(docx.part(path), 'w:style')) {
      if ((style.attrs['w:type'] ?? 'paragraph') === 'paragraph') styles.set(style.attrs['w:styleId'] ?? '', style);
    }
    STYLE_CACHE.set(docx, styles);
  }
  return styles;
}

/** The paragraph's border on `side`: set directly, or by its style and the styles it is based on. */
function border(docx: OpenedDocx, p: ViewParagraph, side: 'top' | 'bottom'): boolean {
  const visible = (pPr: XmlElement | undefined): boolean | undefined => {
    const edge = child(child(pPr, 'w:pBdr'), `w:${side}`);
    return edge === undefined ? undefined : !['none', 'nil'].includes(edge.attrs['w:val'] ?? 'none');
  };
  const direct = visible(child(p.paragraph.element, 'w:pPr'));
  if (direct !== undefined) return direct;
  const styles = paragraphStyles(docx);
  const seen = new Set<string>();
  for (let id = p.paragraph.props.styleId; id && !seen.has(id); ) {
    seen.add(id);
    const style = styles.get(id);
    const value = visible(child(style, 'w:pPr'));
    if (value !== undefined) return value;
    id = child(style, 'w:basedOn')?.attrs['w:val'];
  }
  return false;
}

export function hasBottomBorder(docx: OpenedDocx, p: ViewParagraph): boolean {
  return border(docx, p, 'bottom');
}

export function hasTopBorder(docx: OpenedDocx, p: ViewParagraph): boolean {
  return border(docx, p, 'top');
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

/** Whether a run of the paragraph sets `property` (w:rFonts, w:sz, w:b, w:i, w:color) itself. */
export function runPropertySet(p: ViewParagraph, property: string): boolean {
  return descendants(p.paragraph.element, 'w:r').some((run) => child(child(run, 'w:rPr'), property) !== undefined);
}

/** Whether the paragraph sets `property` (w:ind, w:spacing, w:jc) itself rather than through its style. */
export function paragraphPropertySet(p: ViewParagraph, property: string): boolean {
  return child(child(p.paragraph.element, 'w:pPr'), property) !== undefined;
}

/**
 * The cause of a format fault at `p`: the paragraph's style (or the document defaults) when the
 * paragraph does not set the property itself, so one wrong style is one finding; else `direct`.
 */
export function formatCause(p: ViewParagraph, set: boolean, direct: string): string {
  return set ? direct : `style:${p.paragraph.props.styleId ?? 'defaults'}`;
}
