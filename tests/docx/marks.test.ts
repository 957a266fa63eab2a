/** Secrecy and urgency marks: bold capitals in a single-line frame, under the number and code. */
import { describe, expect, it } from 'vitest';
import { all, kid, kids, textOf, textRuns } from '../helpers/docx-xml';
import { cells, exportDocx, mainAreas, paragraphWithText, plan } from './support';

describe('DOCX secrecy and urgency marks', () => {
  for (const [field, mark] of [['secrecy', 'MẬT'], ['urgency', 'KHẨN'], ['secrecy', 'TUYỆT MẬT'], ['urgency', 'HỎA TỐC']] as const) {
    it(`"${mark}" is bold, framed on all four sides with a single line, in the left column`, async () => {
      const { body, fmt } = await exportDocx(plan({ header: { [field]: mark } }));
      const left = cells(mainAreas(body).headerTable).map((row) => row[0]);
      const paragraph = paragraphWithText(left, mark);
      expect(textRuns(paragraph).map((run) => fmt.bold(run))).toEqual([true]);
      const border = kid(kid(paragraph, 'w:pPr')!, 'w:pBdr');
      expect(border, 'w:pBdr').toBeDefined();
      const sides = Object.fromEntries(kids(border!).map((side) => [side.name, side.attrs['w:val']]));
      expect(sides).toEqual({ 'w:top': 'single', 'w:left': 'single', 'w:bottom': 'single', 'w:right': 'single' });
    });
  }

  it('both marks appear, secrecy first, below "Số: 05/KH-UBND"', async () => {
    const { body } = await exportDocx(plan({ header: { secrecy: 'MẬT', urgency: 'KHẨN' } }));
    const texts = all(mainAreas(body).headerTable, 'w:p').map(textOf);
    const number = texts.indexOf('Số: 05/KH-UBND');
    expect(number).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('MẬT')).toBeGreaterThan(number);
    expect(texts.indexOf('KHẨN')).toBeGreaterThan(texts.indexOf('MẬT'));
  });

  it('a document without marks has no framed paragraph', async () => {
    const { document } = await exportDocx(plan());
    const framed = all(document, 'w:pBdr').filter((border) => kid(border, 'w:top'));
    expect(framed).toHaveLength(0);
  });
});
