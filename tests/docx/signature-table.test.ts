/**
 * The signature area: a borderless two-column table after the body, "Nơi nhận:" and the
 * recipients on the left, the authority lines in bold capitals and the signer on the right.
 */
import { describe, expect, it } from 'vitest';
import { all, kid, kids, textOf, textRuns } from '../helpers/docx-xml';
import { PORTRAIT_TEXT_WIDTH, cells, exportDocx, gridWidths, mainAreas, paragraphWithText, plan } from './support';
import { upperVi } from '../../core/model/text';

async function signature() {
  const { body, fmt } = await exportDocx(plan());
  const table = mainAreas(body).signatureTable;
  const [[left, right]] = cells(table);
  return { table, left, right, fmt };
}

describe('DOCX signature table', () => {
  it('is a borderless two-column table as wide as the text, right after the closing paragraph', async () => {
    const { body } = await exportDocx(plan());
    const { signatureTable, body: bodyArea } = mainAreas(body);
    expect(textOf(bodyArea[bodyArea.length - 1])).toMatch(/\.\/\.$/);
    expect(gridWidths(signatureTable)).toHaveLength(2);
    expect(gridWidths(signatureTable).reduce((a, b) => a + b, 0)).toBe(PORTRAIT_TEXT_WIDTH);
    const borders = [...kids(kid(kid(signatureTable, 'w:tblPr')!, 'w:tblBorders')!), ...all(signatureTable, 'w:tcBorders').flatMap((b) => kids(b))];
    expect(borders.length).toBeGreaterThanOrEqual(6);
    for (const border of borders) expect(['none', 'nil']).toContain(border.attrs['w:val']);
  });

  it('"Nơi nhận:" is bold italic at 12 pt in the left column', async () => {
    const { left, fmt } = await signature();
    const label = textRuns(paragraphWithText(left, 'Nơi nhận:'));
    expect(label.map((run) => [fmt.bold(run), fmt.italic(run), fmt.sizePt(run)])).toEqual([[true, true, 12]]);
  });

  it('recipient lines are 11 pt, start with "- ", end with ";" and the last is "- Lưu: VT, NCKS."', async () => {
    const { left, fmt } = await signature();
    const lines = all(left, 'w:p').map(textOf).filter((text) => text && text !== 'Nơi nhận:');
    expect(lines).toEqual([
      '- Bộ Thông tin và Truyền thông (b/c);',
      '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
      '- Các sở, ban, ngành cấp tỉnh;',
      '- Lưu: VT, NCKS.',
    ]);
    const runs = all(left, 'w:p').filter((p) => textOf(p).startsWith('- ')).flatMap(textRuns);
    expect(runs.map((run) => fmt.sizePt(run))).toEqual(runs.map(() => 11));
    expect(runs.some((run) => fmt.bold(run))).toBe(false);
  });

  it('authority lines are bold capitals: TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH; then the signer in bold', async () => {
    const { right, fmt } = await signature();
    const paragraphs = all(right, 'w:p').filter((p) => textOf(p).trim());
    expect(paragraphs.map(textOf)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn A']);
    for (const paragraph of paragraphs.slice(0, 3)) {
      expect(textOf(paragraph)).toBe(upperVi(textOf(paragraph)));
      expect(textRuns(paragraph).every((run) => fmt.bold(run))).toBe(true);
      expect(fmt.align(paragraph)).toBe('center');
    }
    expect(textRuns(paragraphs[3]).every((run) => fmt.bold(run))).toBe(true);
  });

  it('leaves blank lines between the title lines and the name for the signature and seal', async () => {
    const { right } = await signature();
    const texts = all(right, 'w:p').map(textOf);
    const gap = texts.indexOf('Nguyễn Văn A') - texts.indexOf('PHÓ CHỦ TỊCH') - 1;
    expect(gap).toBeGreaterThanOrEqual(3);
  });
});
