/** Page setup of every section: A4, portrait main pages, the decree's margins, page numbers. */
import { readRelationships } from '../../../docx-read/package';
import { child, descendants, elements, type XmlElement } from '../../../docx-read/xml';
import { DECREE30 } from '../../../rules/decree30';
import { element, ELEMENTS, finding } from '../../catalog';
import type { SectionProps } from '../../../docx-read/body';
import type { DocxView } from '../../view/view';
import { sizeRange } from '../../view/format';
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

type Side = 'top' | 'bottom' | 'left' | 'right';
type Ranges = Record<Side, readonly [number, number]>;

const SET_NAMES: Record<'portrait' | 'rotated', Bilingual> = {
  portrait: { vi: 'lề như trang dọc', en: 'the portrait margins' },
  rotated: { vi: 'lề trang dọc xoay theo trang', en: 'the portrait margins turned with the page' },
};

/** The portrait margins turned a quarter either way with the page, as Word does when a section is made landscape. */
function rotations(r: Ranges): Ranges[] {
  return [
    { top: r.left, right: r.top, bottom: r.right, left: r.bottom },
    { top: r.right, right: r.bottom, bottom: r.left, left: r.top },
  ];
}

function outside(props: SectionProps, ranges: Ranges): Side[] {
  return (['top', 'bottom', 'left', 'right'] as const).filter((side) => {
    const value = props.margins[side];
    if (value === undefined) return false;
    const found = mm(Math.abs(value));
    return found < ranges[side][0] - TOLERANCE_MM || found > ranges[side][1] + TOLERANCE_MM;
  });
}

function checkSections(view: DocxView, out: Finding[]): void {
  const { widthMm, heightMm, marginRanges } = DECREE30.page;
  const portrait = marginRanges as unknown as Ranges;
  view.sections.forEach(({ props }, index) => {
    const location = { part: 'page' as const, path: `sections.${index}` };
    if (props.pageWidth !== undefined && props.pageHeight !== undefined) {
      const short = mm(Math.min(props.pageWidth, props.pageHeight));
      const long = mm(Math.max(props.pageWidth, props.pageHeight));
      if (Math.abs(short - widthMm) > A4_TOLERANCE_MM || Math.abs(long - heightMm) > A4_TOLERANCE_MM) {
        // The same paper turned landscape is the same fault.
        out.push(finding('page.paper', location, { width: mm(props.pageWidth), height: mm(props.pageHeight) }, undefined, `${short}x${long}`));
      }
    }
    const landscape = props.orientation === 'landscape' || (props.pageWidth ?? 0) > (props.pageHeight ?? Infinity);
    if (index === 0 && landscape) out.push(finding('page.orientation', location));
    const report = (rule: string, ranges: Ranges, sides: Side[], set?: Bilingual) => {
      for (const side of sides) {
        const [min, max] = ranges[side];
        out.push(finding(rule, location, { side: SIDES[side], found: mm(Math.abs(props.margins[side]!)), min, max, ...(set ? { set } : {}) }));
      }
    };
    const asPortrait = outside(props, portrait);
    if (!landscape || index === 0 || asPortrait.length === 0) {
      report('page.margins', portrait, asPortrait);
      return;
    }
    // A landscape page (an appendix table) keeps the portrait margins or turns them with the page.
    const turned = rotations(portrait).map((ranges) => ({ ranges, sides: outside(props, ranges) }));
    if (turned.some((t) => t.sides.length === 0)) return;
    const closest = turned.reduce((best, t) => (t.sides.length < best.sides.length ? t : best), turned[0]);
    if (asPortrait.length <= closest.sides.length) report('page.margins-landscape', portrait, asPortrait, SET_NAMES.portrait);
    else report('page.margins-landscape', closest.ranges, closest.sides, SET_NAMES.rotated);
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
