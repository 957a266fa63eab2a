/**
 * The header area: a borderless two-column table as wide as the text, with the agency name, the
 * national title and motto, the number and code, the place and date, and the short rules under
 * the agency name, the motto and (after the table) the summary.
 */
import { describe, expect, it } from 'vitest';
import { all, kid, kids, textOf, textRuns, type XmlElement } from '../helpers/docx-xml';
import { PORTRAIT_TEXT_WIDTH, cells, exportDocx, gridWidths, isRule, mainAreas, paragraphWithText, plan, ruleLength } from './support';

const NONE = ['none', 'nil'];

/** Rough printed width of bold capitals at `sizePt`, in twips: capitals ≈ 0.72 em, spaces ≈ 0.25 em. */
function roughCapsWidth(text: string, sizePt: number): number {
  let ems = 0;
  for (const char of text) ems += char === ' ' ? 0.25 : 0.72;
  return ems * sizePt * 20;
}

function cellWidth(cell: XmlElement): number {
  return Number(kid(kid(cell, 'w:tcPr')!, 'w:tcW')!.attrs['w:w']);
}

function ruleIn(cell: XmlElement): XmlElement {
  const rule = all(cell, 'w:p').find(isRule);
  if (!rule) throw new Error(`no rule paragraph in cell "${textOf(cell)}"`);
  return rule;
}

async function headerOf() {
  const { body, fmt } = await exportDocx(plan());
  return { ...mainAreas(body), fmt };
}

describe('DOCX header table', () => {
  it('is the first element of the body and draws no borders, on the table or its cells', async () => {
    const { headerTable } = await headerOf();
    const borders = [
      ...kids(kid(kid(headerTable, 'w:tblPr')!, 'w:tblBorders')!),
      ...all(headerTable, 'w:tcBorders').flatMap((b) => kids(b)),
    ];
    expect(borders.length).toBeGreaterThanOrEqual(6);
    for (const border of borders) expect(NONE, `${border.name} ${border.attrs['w:val']}`).toContain(border.attrs['w:val']);
  });

  it('has two columns whose widths add up to the text width 9355', async () => {
    const { headerTable } = await headerOf();
    const widths = gridWidths(headerTable);
    expect(widths).toHaveLength(2);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(PORTRAIT_TEXT_WIDTH);
    for (const row of cells(headerTable)) expect(row).toHaveLength(2);
  });

  it('writes the national title bold at 12 pt and the motto bold, in the right column', async () => {
    const { headerTable, fmt } = await headerOf();
    const right = cells(headerTable)[0][1];
    const title = textRuns(paragraphWithText(right, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(title.map((run) => [fmt.bold(run), fmt.sizePt(run)])).toEqual(title.map(() => [true, 12]));
    const motto = textRuns(paragraphWithText(right, 'Độc lập - Tự do - Hạnh phúc'));
    expect(motto.map((run) => [fmt.bold(run), fmt.sizePt(run)])).toEqual(motto.map(() => [true, 13]));
  });

  it('writes the number and code "Số: 05/KH-UBND" in the left column', async () => {
    const { headerTable } = await headerOf();
    const left = cells(headerTable).map((row) => row[0]);
    expect(left.map(textOf).join('|')).toContain('Số: 05/KH-UBND');
  });

  it('writes the place and date in italics in the right column', async () => {
    const { headerTable, fmt } = await headerOf();
    const right = cells(headerTable).map((row) => row[1]);
    const paragraph = paragraphWithText(right, 'Quảng Trị, ngày 05 tháng 01 năm 2026');
    expect(textRuns(paragraph).map((run) => fmt.italic(run))).toEqual([true]);
  });

  it('draws a single-line rule under the agency name and under the motto, and one after the summary', async () => {
    const { headerTable, title } = await headerOf();
    const [left, right] = cells(headerTable)[0];
    for (const rule of [ruleIn(left), ruleIn(right), title.find(isRule)!]) {
      expect(rule).toBeDefined();
      expect(kid(kid(kid(rule, 'w:pPr')!, 'w:pBdr')!, 'w:bottom')!.attrs['w:val']).toBe('single');
    }
    // The agency rule sits under the agency name, the motto rule under the motto.
    const leftParagraphs = all(left, 'w:p');
    expect(textOf(leftParagraphs[leftParagraphs.indexOf(ruleIn(left)) - 1])).toBe('TỈNH QUẢNG TRỊ');
    const rightParagraphs = all(right, 'w:p');
    expect(textOf(rightParagraphs[rightParagraphs.indexOf(ruleIn(right)) - 1])).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('the agency rule is shorter than the name: a third to a half of it, roughly', async () => {
    const { headerTable } = await headerOf();
    const left = cells(headerTable)[0][0];
    const width = cellWidth(left);
    const length = ruleLength(ruleIn(left), width);
    const name = roughCapsWidth('ỦY BAN NHÂN DÂN', 13);
    expect(length).toBeLessThan(width);
    expect(length).toBeGreaterThan(width / 6);
    expect(length / name).toBeGreaterThanOrEqual(0.25);
    expect(length / name).toBeLessThanOrEqual(0.6);
  });

  it('the motto rule is longer than the agency rule and fits its cell', async () => {
    const { headerTable } = await headerOf();
    const [left, right] = cells(headerTable)[0];
    const agency = ruleLength(ruleIn(left), cellWidth(left));
    const motto = ruleLength(ruleIn(right), cellWidth(right));
    expect(motto).toBeGreaterThan(agency);
    expect(motto).toBeLessThanOrEqual(cellWidth(right));
  });
});
