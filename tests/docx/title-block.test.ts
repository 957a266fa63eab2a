/**
 * The title area: a plan's type name and summary, the Party variant's header, and a letter's
 * "V/v" summary in the header table and "Kính gửi:" line instead of a type name.
 */
import { describe, expect, it } from 'vitest';
import { all, textOf, textRuns } from '../helpers/docx-xml';
import { makeLetter } from '../fixtures/documents';
import { cells, exportDocx, isRule, mainAreas, paragraphWithText, plan } from './support';

describe('DOCX title block', () => {
  it('a plan has "KẾ HOẠCH" bold and centred', async () => {
    const { body, fmt } = await exportDocx(plan());
    const paragraph = paragraphWithText(mainAreas(body).title, 'KẾ HOẠCH');
    expect(fmt.align(paragraph)).toBe('center');
    expect(textRuns(paragraph).map((run) => [fmt.bold(run), fmt.sizePt(run)])).toEqual([[true, 14]]);
  });

  it('the summary follows the type name, bold and centred, above its rule', async () => {
    const { body, fmt } = await exportDocx(plan());
    const { title } = mainAreas(body);
    const texts = title.map(textOf);
    const summary = texts.indexOf('Chuyển đổi số tỉnh Quảng Trị năm 2023');
    expect(summary).toBe(texts.indexOf('KẾ HOẠCH') + 1);
    expect(fmt.align(title[summary])).toBe('center');
    expect(textRuns(title[summary]).map((run) => fmt.bold(run))).toEqual([true]);
    expect(isRule(title[summary + 1])).toBe(true);
  });

  it('a Party plan has "ĐẢNG CỘNG SẢN VIỆT NAM", no national title, "Số 20-KH/BTGTU" and a "*" under the agency', async () => {
    const doc = plan({
      variant: 'party',
      header: { parentAgency: 'TỈNH ỦY QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO', agencyCode: 'BTGTU', number: 20 },
    });
    const { body, fmt } = await exportDocx(doc);
    const { headerTable } = mainAreas(body);
    const [[agency, title], [number]] = cells(headerTable);
    expect(textRuns(paragraphWithText(title, 'ĐẢNG CỘNG SẢN VIỆT NAM')).map((run) => fmt.bold(run))).toEqual([true]);
    const allText = all(body, 'w:p').map(textOf);
    expect(allText).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(allText).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(textOf(number)).toContain('Số 20-KH/BTGTU');
    const agencyLines = all(agency, 'w:p').map(textOf);
    expect(agencyLines.indexOf('*')).toBe(agencyLines.indexOf('BAN TUYÊN GIÁO') + 1);
  });

  it('a letter has no type name but "V/v …" under its number and a "Kính gửi:" line', async () => {
    const { body } = await exportDocx(makeLetter());
    const { headerTable, title } = mainAreas(body);
    const left = cells(headerTable).map((row) => row[0]);
    expect(textOf(paragraphWithText(left, /^V\/v /))).toBe('V/v tuyên truyền cải cách hành chính tỉnh Sóc Trăng năm 2021');
    const mainText = all(body, 'w:p').map(textOf);
    for (const typeName of ['CÔNG VĂN', 'KẾ HOẠCH']) expect(mainText).not.toContain(typeName);
    expect(title.map(textOf)).toEqual(['Kính gửi: Đài Truyền thanh các huyện, thị xã, thành phố.']);
  });

  it('a letter to several addressees lists them after "Kính gửi:"', async () => {
    const { body } = await exportDocx(makeLetter({ addressees: ['Sở Tư pháp', 'Sở Nội vụ'] }));
    const texts = mainAreas(body).title.map(textOf);
    expect(texts).toEqual(['Kính gửi:\t- Sở Tư pháp;', '- Sở Nội vụ.']);
  });
});
