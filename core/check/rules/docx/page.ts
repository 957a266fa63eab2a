/** Page setup of every section: A4, portrait main pages, the decree's margins, page numbers. */
import { readRelationships } from '../../../docx-read/package';
import { child, descendants, elements, type XmlElement } from '../../../docx-read/xml';
import { DECREE30 } from '../../../rules/decree30';
import { element, ELEMENTS, finding } from '../../catalog';
import type { DocxView } from '../../docx/view';
import { sizeRange } from '../../docx/format';
import type { Bilingual, Finding } from '../../types';

const TWIPS_PER_MM = 1440 / 25.4;
/** Half a millimetre: rounding in the file, never a real difference. */
const TOLERANCE_MM = 0.5;
/** A4 within 1 mm (producers round differently: 11906 or 11907 twips). */
const A4_TOLERANCE_MM = 1;

const SIDES: Record<'top' | 'bottom' | 'left' | 'right', Bilingual> = {
  top: { vi: 'trên', en: 'top' },
  bottom: { vi: 'dưới', en: 'bottom' },
  left: { vi: 'trái', en: 'left' },
  right: { vi: 'phải', en: 'right' },
};

const mm = (twips: number) => Math.round((twips / TWIPS_PER_MM) * 10) / 10;

function checkSections(view: DocxView, out: Finding[]): void {
  const { widthMm, heightMm, marginRanges } = DECREE30.page;
  view.sections.forEach(({ props }, index) => {
    const location = { part: 'page' as const, path: `sections.${index}` };
    if (props.pageWidth !== undefined && props.pageHeight !== undefined) {
      const short = mm(Math.min(props.pageWidth, props.pageHeight));
      const long = mm(Math.max(props.pageWidth, props.pageHeight));
      if (Math.abs(short - widthMm) > A4_TOLERANCE_MM || Math.abs(long - heightMm) > A4_TOLERANCE_MM) {
        out.push(finding('page.paper', location, { width: mm(props.pageWidth), height: mm(props.pageHeight) }));
      }
    }
    if (index === 0 && props.orientation === 'landscape') out.push(finding('page.orientation', location));
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const value = props.margins[side];
      if (value === undefined) continue;
      const [min, max] = marginRanges[side];
      const found = mm(Math.abs(value));
      if (found < min - TOLERANCE_MM || found > max + TOLERANCE_MM) {
        out.push(finding('page.margins', location, { side: SIDES[side], found, min, max }));
      }
    }
  });
}

const PROBLEMS = {
  noTitlePage: { vi: 'trang đầu không được đánh số (bật “Trang đầu khác”)', en: 'the first page shows no number (turn on “different first page”)' },
  noField: { vi: 'thiếu trường số trang (PAGE) ở đầu trang', en: 'no page number field (PAGE) in the page header' },
  notCentred: { vi: 'số trang phải ở giữa, phía trên trang', en: 'the page number is centred at the top' },
  firstNumbered: { vi: 'trang đầu không hiển thị số trang', en: 'page 1 must not show a number' },
};

function hasPageField(part: XmlElement): boolean {
  const simple = descendants(part, 'w:fldSimple').some((f) => /\bPAGE\b/.test(f.attrs['w:instr'] ?? ''));
  const complex = descendants(part, 'w:instrText').some((t) => t.children.some((c) => typeof c === 'string' && /\bPAGE\b/.test(c)));
  return simple || complex;
}

function headerPart(view: DocxView, sectPr: XmlElement, type: string): XmlElement | undefined {
  const ref = elements(sectPr, 'w:headerReference').find((h) => (h.attrs['w:type'] ?? 'default') === type);
  const id = ref?.attrs['r:id'];
  if (!id) return undefined;
  const rel = readRelationships(view.docx.pkg, view.docx.pkg.mainDocumentPath).get(id);
  return rel && !rel.external ? view.docx.part(rel.target) : undefined;
}

function checkPageNumbers(view: DocxView, out: Finding[]): void {
  const sectPr = view.sections[0]?.sectPr;
  const location = { part: 'page' as const, path: 'sections.0.header' };
  const problem = (p: Bilingual): void => {
    out.push(finding('page.number', location, { problem: p }));
  };
  if (!sectPr) return problem(PROBLEMS.noField);
  const header = headerPart(view, sectPr, 'default');
  if (!header || !hasPageField(header)) return problem(PROBLEMS.noField);
  const titlePg = child(sectPr, 'w:titlePg');
  if (!titlePg || ['0', 'false'].includes(titlePg.attrs['w:val'] ?? '')) problem(PROBLEMS.noTitlePage);
  else {
    const first = headerPart(view, sectPr, 'first');
    if (first && hasPageField(first)) problem(PROBLEMS.firstNumbered);
  }
  const fieldParagraph = elements(header, 'w:p').find(hasPageField);
  if (fieldParagraph) {
    const direct = child(child(fieldParagraph, 'w:pPr'), 'w:jc')?.attrs['w:val'];
    const effective = view.docx.styles.paragraph(child(fieldParagraph, 'w:pPr')).alignment;
    const centred = direct ? direct === 'center' : effective === 'center';
    // A centred tab stop also centres the number; accept it when the paragraph uses one.
    const centreTab = descendants(fieldParagraph, 'w:tab').some((t) => t.attrs['w:val'] === 'center');
    if (!centred && !centreTab) problem(PROBLEMS.notCentred);
    checkNumberSize(view, fieldParagraph, out);
  }
}

/** The page number's size (13–14 pt): the runs of the paragraph holding the field. */
function checkNumberSize(view: DocxView, paragraph: XmlElement, out: Finding[]): void {
  const styleId = view.docx.styles.paragraph(child(paragraph, 'w:pPr')).styleId;
  const [min, max] = ELEMENTS.pageNumber.size;
  for (const run of descendants(paragraph, 'w:r')) {
    const half = view.docx.styles.run(styleId, child(run, 'w:rPr')).sizeHalfPoints ?? 20;
    const size = half / 2;
    if (size < min || size > max) {
      out.push(finding('font.size', { part: 'page', path: 'sections.0.header' }, { element: element('pageNumber'), found: size, range: sizeRange(min, max), text: 'PAGE' }));
      return;
    }
  }
}

export function checkPage(view: DocxView): Finding[] {
  const out: Finding[] = [];
  checkSections(view, out);
  checkPageNumbers(view, out);
  return out;
}
