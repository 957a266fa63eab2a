// New document from each template: the page shows the header as it prints (national title or
// the Party's title, agency, "Số" line), the title block and the numbered body.
import { expect, test } from './fixtures';
import { todayInVietnam } from './clock';

interface Expected {
  id: string;
  title: RegExp;
  agency: RegExp;
  numberLine: RegExp;
  typeName: string | null;
  appendices: number;
}

const NATIONAL = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*Độc lập - Tự do - Hạnh phúc/;
const PARTY = /ĐẢNG CỘNG SẢN VIỆT NAM/;

// A blank register number prints as space left for the clerk: "Số:      /KH-UBND".
const TEMPLATES: Expected[] = [
  { id: 'ke-hoach-ubnd-tinh', title: NATIONAL, agency: /ỦY BAN NHÂN DÂN\s*TỈNH QUẢNG TRỊ/, numberLine: /^Số:\s+\/KH-UBND$/, typeName: 'KẾ HOẠCH', appendices: 0 },
  { id: 'ke-hoach-so', title: NATIONAL, agency: /SỞ GIÁO DỤC VÀ ĐÀO TẠO/, numberLine: /^Số:\s+\/KH-SGDĐT$/, typeName: 'KẾ HOẠCH', appendices: 0 },
  { id: 'ke-hoach-phu-luc', title: NATIONAL, agency: /ỦY BAN NHÂN DÂN\s*TỈNH QUẢNG TRỊ/, numberLine: /^Số:\s+\/KH-UBND$/, typeName: 'KẾ HOẠCH', appendices: 1 },
  { id: 'ke-hoach-dang', title: PARTY, agency: /BAN TUYÊN GIÁO/, numberLine: /^Số\s+-KH\/BTGTU$/, typeName: 'KẾ HOẠCH', appendices: 0 },
  { id: 'cong-van', title: NATIONAL, agency: /SỞ THÔNG TIN\s*VÀ TRUYỀN THÔNG/, numberLine: /^Số:\s+\/STTTT-TTBCXB$/, typeName: null, appendices: 0 },
];

for (const expected of TEMPLATES) {
  test(`new document from template ${expected.id} shows its header, title and numbered body`, async ({ app }) => {
    await expect(app.start.template(expected.id)).toBeVisible();
    const editor = await app.createFromTemplate(expected.id);

    await expect(editor.header).toContainText(expected.title);
    await expect(editor.header).not.toContainText(expected.title === PARTY ? NATIONAL : PARTY);
    await expect(editor.issuingAgency).toHaveText(expected.agency);
    await expect(editor.numberLine).toHaveText(expected.numberLine);
    // Day and month are left for the clerk; the year is this year.
    await expect(editor.placeDateLine).toHaveText(new RegExp(`^Quảng Trị, ngày\\s+tháng\\s+năm ${todayInVietnam().year}$`));
    if (expected.typeName) {
      await expect(editor.typeName).toHaveText(expected.typeName);
    } else {
      await expect(editor.typeName).toHaveCount(0);
      await expect(editor.header).toContainText(/V\/v\s*\[trích yếu/);
    }
    await expect(editor.appendixSheets).toHaveCount(expected.appendices);

    // The body is numbered from position: sections I., II., … in order.
    const blocks = await editor.body.view();
    expect(blocks.length).toBeGreaterThan(2);
    const sections = blocks.filter((block) => block.kind === 'section').map((block) => block.marker);
    if (expected.id !== 'cong-van') expect(sections.slice(0, 4)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    else expect(blocks.filter((block) => block.kind === 'dash').map((block) => block.marker)).toEqual(['-', '-', '-']);
    // Template placeholders are filled in: no "{{…}}" is left on the page.
    await expect(editor.pageView).not.toContainText('{{');
    await expect(editor.statusPages).toHaveAttribute('data-count', /^[1-9]\d*$/);
    await expect(editor.statusSaved).toHaveAttribute('data-state', 'unsaved');
  });
}
