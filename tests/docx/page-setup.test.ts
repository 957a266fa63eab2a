/**
 * Section properties in word/document.xml: A4 sheets, the decree's margins rounded to whole twips,
 * landscape appendix sections, and page numbers centred at the top from the second page on.
 */
import { describe, expect, it } from 'vitest';
import { all, charsOf, first, isOn, kid, kids, relationshipTarget, textOf, type Docx, type XmlElement } from '../helpers/docx-xml';
import { A4, MARGINS, exportDocx, plan } from './support';
import { appendix, table } from '../fixtures/documents';

/** The plan with two appendices: one landscape section each. */
function twoAppendixPlan() {
  const base = plan();
  return plan({
    appendices: [
      ...base.appendices,
      appendix('DANH SÁCH ĐƠN VỊ PHỐI HỢP', [table(['STT', 'Đơn vị'], [['', 'Sở Tài chính']], { numbered: true, widths: [1, 8] })]),
    ],
  });
}

function headerPart(docx: Docx, sectPr: XmlElement, type: 'default' | 'first'): XmlElement | undefined {
  const reference = kids(sectPr, 'w:headerReference').find((r) => r.attrs['w:type'] === type);
  return reference ? docx.xml(relationshipTarget(docx, reference.attrs['r:id'])) : undefined;
}

/** Whether a header part holds a PAGE field, as a complex field or a simple one. */
function hasPageField(header: XmlElement): boolean {
  const complex = all(header, 'w:instrText').some((instr) => /^\s*PAGE\b/.test(charsOf(instr)));
  const simple = all(header, 'w:fldSimple').some((field) => /^\s*PAGE\b/.test(field.attrs['w:instr'] ?? ''));
  return complex || simple;
}

function pageFieldParagraph(header: XmlElement): XmlElement | undefined {
  return all(header, 'w:p').find(hasPageField);
}

describe('DOCX section properties', () => {
  it('has one portrait section for the main text and one landscape section per appendix', async () => {
    const { document } = await exportDocx(twoAppendixPlan());
    const sizes = all(document, 'w:sectPr').map((sectPr) => kid(sectPr, 'w:pgSz')!.attrs);
    expect(sizes).toEqual([
      { 'w:w': String(A4.short), 'w:h': String(A4.long), 'w:orient': 'portrait' },
      { 'w:w': String(A4.long), 'w:h': String(A4.short), 'w:orient': 'landscape' },
      { 'w:w': String(A4.long), 'w:h': String(A4.short), 'w:orient': 'landscape' },
    ]);
  });

  it('a portrait appendix section keeps the portrait sheet', async () => {
    const base = plan();
    const { document } = await exportDocx(plan({ appendices: [{ ...base.appendices[0], landscape: false }] }));
    const sizes = all(document, 'w:sectPr').map((sectPr) => kid(sectPr, 'w:pgSz')!.attrs);
    expect(sizes[1]).toMatchObject({ 'w:w': String(A4.short), 'w:h': String(A4.long) });
    expect(sizes[1]['w:orient']).not.toBe('landscape');
  });

  it('every section has margins top 20 mm = 1134, bottom 1134, left 30 mm = 1701, right 15 mm = 850 twips', async () => {
    const { document } = await exportDocx(twoAppendixPlan());
    const margins = all(document, 'w:sectPr').map((sectPr) => {
      const { 'w:top': top, 'w:bottom': bottom, 'w:left': left, 'w:right': right } = kid(sectPr, 'w:pgMar')!.attrs;
      return { top: Number(top), bottom: Number(bottom), left: Number(left), right: Number(right) };
    });
    expect(margins).toHaveLength(3);
    for (const margin of margins) expect(margin).toEqual(MARGINS);
  });

  it('the first section has a distinct first page whose header is empty', async () => {
    const { docx, document } = await exportDocx(plan());
    const sectPr = all(document, 'w:sectPr')[0];
    expect(isOn(sectPr, 'w:titlePg')).toBe(true);
    const firstHeader = headerPart(docx, sectPr, 'first');
    // Without a first-page header Word would inherit the default one and print "1" on page 1.
    expect(firstHeader, 'first-page header reference').toBeDefined();
    expect(hasPageField(firstHeader!)).toBe(false);
    expect(textOf(firstHeader!).trim()).toBe('');
  });

  it('the first section numbers pages 2 onwards with a centred PAGE field at the top', async () => {
    const { docx, document, fmt } = await exportDocx(plan());
    const sectPr = all(document, 'w:sectPr')[0];
    const header = headerPart(docx, sectPr, 'default');
    expect(header, 'default header reference').toBeDefined();
    const paragraph = pageFieldParagraph(header!);
    expect(paragraph, 'a paragraph with a PAGE field').toBeDefined();
    expect(fmt.align(paragraph!)).toBe('center');
    expect(kids(sectPr, 'w:footerReference')).toHaveLength(0);
  });

  it('appendix sections have no distinct first page and number every page', async () => {
    const { docx, document, fmt } = await exportDocx(twoAppendixPlan());
    const appendixSections = all(document, 'w:sectPr').slice(1);
    expect(appendixSections).toHaveLength(2);
    for (const sectPr of appendixSections) {
      expect(isOn(sectPr, 'w:titlePg')).toBe(false);
      const header = headerPart(docx, sectPr, 'default');
      expect(header, 'default header reference').toBeDefined();
      const paragraph = pageFieldParagraph(header!);
      expect(paragraph, 'a paragraph with a PAGE field').toBeDefined();
      expect(fmt.align(paragraph!)).toBe('center');
    }
  });

  it('page numbers do not restart in the appendices', async () => {
    const { document } = await exportDocx(twoAppendixPlan());
    for (const sectPr of all(document, 'w:sectPr').slice(1)) {
      expect(first(sectPr, 'w:pgNumType')?.attrs['w:start']).toBeUndefined();
    }
  });
});
