/**
 * Shared plumbing of the DOCX tests: export a document and open the package, split the main
 * section's top-level content into its Decree 30 areas, and read the appendix sections.
 */
import { writeDocx } from '../../core/docx/write-docx';
import type { VanBanDocument } from '../../core/model/types';
import { makePlan, type DocumentOverrides } from '../fixtures/documents';
import { all, first, kid, kids, openDocx, parseXml, textOf, type Docx, type XmlElement } from '../helpers/docx-xml';
import { StyleSheet } from './effective-format';

/** A4 portrait and landscape in twips, and the text widths with 30 mm / 15 mm side margins. */
export const A4 = { short: 11906, long: 16838 } as const;
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 } as const;
export const PORTRAIT_TEXT_WIDTH = A4.short - MARGINS.left - MARGINS.right; // 9355
export const LANDSCAPE_TEXT_WIDTH = A4.long - MARGINS.left - MARGINS.right; // 14287

/** The fixture plan, issued 05/01/2026: "Số: 05/KH-UBND", "Quảng Trị, ngày 05 tháng 01 năm 2026". */
export function plan(overrides: DocumentOverrides = {}): VanBanDocument {
  return makePlan({ ...overrides, header: { number: 5, date: { day: 5, month: 1, year: 2026 }, ...overrides.header } });
}

export interface Exported {
  docx: Docx;
  document: XmlElement;
  body: XmlElement;
  /** Effective formatting, resolved through word/styles.xml. */
  fmt: StyleSheet;
}

export async function exportDocx(doc: VanBanDocument): Promise<Exported> {
  const docx = await openDocx(await writeDocx(doc));
  const document = docx.xml('word/document.xml');
  const body = kid(document, 'w:body');
  if (!body) throw new Error('word/document.xml has no w:body');
  return { docx, document, body, fmt: new StyleSheet(parseXml(docx.text('word/styles.xml'))) };
}

/** Whether a paragraph carries a w:sectPr (it ends a section). */
export function endsSection(element: XmlElement): boolean {
  return element.name === 'w:p' && first(element, 'w:sectPr') !== undefined;
}

/**
 * Top-level content of w:body grouped by section: each group is the paragraphs and tables of one
 * section, without the empty paragraph that only carries the section break.
 */
export function sections(body: XmlElement): { content: XmlElement[]; sectPr: XmlElement }[] {
  const out: { content: XmlElement[]; sectPr: XmlElement }[] = [];
  let content: XmlElement[] = [];
  for (const element of kids(body)) {
    if (element.name === 'w:sectPr') {
      out.push({ content, sectPr: element });
      content = [];
    } else if (endsSection(element)) {
      if (textOf(element).length > 0) content.push(element);
      out.push({ content, sectPr: first(element, 'w:sectPr')! });
      content = [];
    } else if (element.name === 'w:p' || element.name === 'w:tbl') {
      content.push(element);
    }
  }
  return out;
}

/** Whether a paragraph is a drawn rule: no text, a single bottom border. */
export function isRule(paragraph: XmlElement): boolean {
  const border = first(paragraph, 'w:pBdr');
  return paragraph.name === 'w:p' && textOf(paragraph) === '' && border !== undefined && kids(border).map((b) => b.name).join() === 'w:bottom';
}

export interface MainAreas {
  headerTable: XmlElement;
  /** Paragraphs between the header table and the body: type name, summary, its rule, "Kính gửi:". */
  title: XmlElement[];
  /** Legal basis, body blocks and tables, and the closing paragraph, in order. */
  body: XmlElement[];
  signatureTable: XmlElement;
}

/**
 * The main section in its areas. The title area ends with the rule under the summary (plans) or
 * after the "Kính gửi:" lines (letters); the body ends before the last table (the signature).
 */
export function mainAreas(body: XmlElement): MainAreas {
  const content = sections(body)[0].content;
  const [headerTable, ...rest] = content;
  if (headerTable?.name !== 'w:tbl') throw new Error('the main section does not start with a table');
  const signatureTable = rest[rest.length - 1];
  if (signatureTable?.name !== 'w:tbl') throw new Error('the main section does not end with a table');
  const middle = rest.slice(0, -1);
  const ruleIndex = middle.findIndex(isRule);
  let bodyStart = ruleIndex + 1;
  while (bodyStart < middle.length && /^Kính gửi:|^- /.test(textOf(middle[bodyStart])) && middle[bodyStart].name === 'w:p' && !first(middle[bodyStart], 'w:ind')?.attrs['w:firstLine']) {
    bodyStart++;
  }
  return { headerTable, title: middle.slice(0, bodyStart), body: middle.slice(bodyStart), signatureTable };
}

/** Rows of a table, each a list of its cells. */
export function cells(table: XmlElement): XmlElement[][] {
  return kids(table, 'w:tr').map((row) => kids(row, 'w:tc'));
}

/** Widths of a table's w:gridCol entries, in twips. */
export function gridWidths(table: XmlElement): number[] {
  return all(kid(table, 'w:tblGrid')!, 'w:gridCol').map((col) => Number(col.attrs['w:w']));
}

/** Printed length of a rule paragraph in a box `boxWidth` wide: the box minus its indents. */
export function ruleLength(paragraph: XmlElement, boxWidth: number): number {
  const ind = first(paragraph, 'w:ind');
  return boxWidth - Number(ind?.attrs['w:left'] ?? 0) - Number(ind?.attrs['w:right'] ?? 0);
}

/** The paragraph whose text is exactly `text` (after trimming), or a clear error. */
export function paragraphWithText(root: XmlElement | XmlElement[], text: string | RegExp): XmlElement {
  const list = Array.isArray(root) ? root.flatMap((el) => (el.name === 'w:p' ? [el] : all(el, 'w:p'))) : all(root, 'w:p');
  const found = list.find((p) => (typeof text === 'string' ? textOf(p).trim() === text : text.test(textOf(p))));
  if (!found) throw new Error(`no paragraph reads ${String(text)}; have: ${list.map((p) => JSON.stringify(textOf(p))).join(' | ')}`);
  return found;
}
