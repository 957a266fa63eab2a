// Nhập từ Word: a Word file (made by the docx library, not our writer), a DOCX exported by the app
// itself and a plain-text file from the documents folder open as structured documents; a file that
// is not a Word document is refused with a clear message.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { bodyTexts, readSavedDocument } from './disk';
import { expect, test } from './fixtures';
import { CheckPanel } from './pages/check-panel';
import { ImportFlow } from './pages/import';
import { REPO_ROOT } from './paths';

const LINES: Array<[string, { bold?: boolean; italic?: boolean; center?: boolean }?]> = [
  ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', { bold: true, center: true }],
  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true }],
  ['Độc lập - Tự do - Hạnh phúc', { bold: true, center: true }],
  ['Số: 15/KH-UBND', { center: true }],
  ['Quảng Trị, ngày 10 tháng 3 năm 2025', { italic: true }],
  ['KẾ HOẠCH', { bold: true, center: true }],
  ['Tuyên truyền cải cách hành chính năm 2025', { bold: true, center: true }],
  ['I. MỤC ĐÍCH, YÊU CẦU', { bold: true }],
  ['1. Mục đích', { bold: true }],
  ['- Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.'],
  ['2. Yêu cầu', { bold: true }],
  ['- Bảo đảm thiết thực, hiệu quả, tiết kiệm.'],
  ['II. NỘI DUNG', { bold: true }],
  ['1. Tuyên truyền trên báo chí', { bold: true }],
  ['a) Đăng tải tin, bài trên Cổng thông tin điện tử tỉnh.'],
  ['b) Phát sóng phóng sự trên Đài Phát thanh và Truyền hình tỉnh.'],
  ['Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025./.'],
];

async function wordFile(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: LINES.map(
          ([text, { center, ...marks } = {}]) =>
            new Paragraph({ alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED, children: [new TextRun({ text, font: 'Times New Roman', size: 28, ...marks })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a Word plan from the documents folder opens with its header, title and body structure', async ({ app, server }) => {
  writeFileSync(join(server.documentsDir, 'ke-hoach-cchc.docx'), await wordFile());
  writeFileSync(join(server.documentsDir, 'khong-lien-quan.pdf'), '%PDF-1.4');
  const flow = new ImportFlow(app.page);

  await flow.openList();
  await expect(flow.items).toHaveCount(1);
  await expect(flow.item('ke-hoach-cchc.docx')).toContainText('ke-hoach-cchc.docx');
  await flow.item('ke-hoach-cchc.docx').click();

  const editor = app.editor;
  await editor.waitShown();
  await expect(app.infoToast).toContainText('Đã nhập “ke-hoach-cchc.docx”');
  await expect(editor.typeName).toHaveText('KẾ HOẠCH');
  await expect(editor.summary).toHaveText('Tuyên truyền cải cách hành chính năm 2025');
  await expect(editor.numberLine).toHaveText('Số: 15/KH-UBND');
  await expect(editor.placeDateLine).toHaveText('Quảng Trị, ngày 10 tháng 3 năm 2025');
  expect(await editor.body.view()).toEqual([
    { kind: 'section', marker: 'I.', text: 'MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'clause', marker: '1.', text: 'Mục đích' },
    { kind: 'dash', marker: '-', text: 'Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.' },
    { kind: 'clause', marker: '2.', text: 'Yêu cầu' },
    { kind: 'dash', marker: '-', text: 'Bảo đảm thiết thực, hiệu quả, tiết kiệm.' },
    { kind: 'section', marker: 'II.', text: 'NỘI DUNG' },
    { kind: 'clause', marker: '1.', text: 'Tuyên truyền trên báo chí' },
    { kind: 'point', marker: 'a)', text: 'Đăng tải tin, bài trên Cổng thông tin điện tử tỉnh.' },
    { kind: 'point', marker: 'b)', text: 'Phát sóng phóng sự trên Đài Phát thanh và Truyền hình tỉnh.' },
  ]);
  // A new, unsaved document with the format check shown.
  await expect(editor.statusPath).toHaveText('Chưa lưu thành tệp');
  await expect(new CheckPanel(app.page).root).toBeVisible();

  await app.saveAs('ke-hoach-cchc');
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-cchc.vanban');
  expect(saved.kind).toBe('ke-hoach');
  expect(saved.closing).toContain('Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2025');
  expect(bodyTexts(saved.body)).toContain('Bảo đảm thiết thực, hiệu quả, tiết kiệm.');
});

test('a DOCX exported by the app imports back with every body paragraph in order', async ({ app }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  const original = await editor.body.view();
  const summary = await editor.summary.textContent();
  await editor.toolbarButton('export-docx').click();
  await app.saveDialog.answer('xuat-lai.docx');
  await expect(app.infoToast).toContainText('Đã xuất DOCX');

  // The template was not changed, so nothing asks to save it first.
  await new ImportFlow(app.page).choose('xuat-lai.docx');
  await expect(app.infoToast.filter({ hasText: 'Đã nhập “xuat-lai.docx”' })).toBeVisible();
  await expect(editor.summary).toHaveText(summary ?? '');
  await expect.poll(async () => (await editor.body.view()).map(({ kind, text }) => ({ kind, text }))).toEqual(original.map(({ kind, text }) => ({ kind, text })));
});

test('a plain-text file (copied from an e-mail) imports with its structure', async ({ app, server }) => {
  const text = LINES.map(([line]) => line).join('\r\n');
  writeFileSync(join(server.documentsDir, 'email.txt'), text, 'utf8');
  await new ImportFlow(app.page).choose('email.txt');
  await app.editor.waitShown();
  await expect(app.editor.typeName).toHaveText('KẾ HOẠCH');
  await expect(app.editor.body.blocks.first()).toHaveAttribute('data-kind', 'section');
  await expect(app.editor.body.blocks.first()).toHaveAttribute('data-marker', 'I.');
});

test('text copied from a PDF opens in place, and the import panel lists each guess with its place (vi, en)', async ({ app, server }) => {
  // pdftotext of LibreOffice's PDF of a real Party plan (tests/import/corpus): page numbers, a cut copy going II. → V.
  const corpus = join(REPO_ROOT, 'tests/import/corpus/000_13cfe2f2ac146817/phu-luc.pdftotext.txt');
  writeFileSync(join(server.documentsDir, 'ban-sao-pdf.txt'), readFileSync(corpus));
  const flow = new ImportFlow(app.page);
  await flow.choose('ban-sao-pdf.txt');
  await app.editor.waitShown();
  await expect(app.editor.typeName).toHaveText('KẾ HOẠCH');
  const view = await app.editor.body.view();
  expect(view.map((b) => b.text)).not.toContain('2');
  expect(view.filter((b) => b.kind === 'section').map((b) => b.marker)).toEqual(['I.', 'II.', 'III.']);

  await expect(flow.panel).toBeVisible();
  await expect(flow.panel).toContainText('Kết quả nhập');
  await expect(flow.note('section-number')).toContainText('Văn bản gốc ghi số mục “V.”, theo thứ tự là “III.”');
  await expect(flow.note('section-number').getByTestId('import-note-place')).toHaveText('Nội dung: “V. TỔ CHỨC THỰC HIỆN”');
  await expect(flow.note('page-furniture')).toContainText('Đã bỏ');
  await expect(flow.note('agency-code-from-archive')).toContainText('BTGTU');
  await expect(flow.note('table-from-text')).toContainText('4 hàng, 4 cột');

  await app.setLanguage('en');
  await expect(flow.note('section-number')).toContainText('The source numbers this section “V.”; by position it is “III.”');
  await app.page.getByTestId('import-panel-close').click();
  await expect(flow.panel).toHaveCount(0);
});

test('a file that is not a Word document is refused with a message, and nothing opens', async ({ app, server }) => {
  writeFileSync(join(server.documentsDir, 'hong.docx'), '{\\rtf1 a renamed RTF file}');
  await new ImportFlow(app.page).choose('hong.docx');
  await expect(app.errorToast).toContainText('Tệp không phải tài liệu Word (.docx)');
  await expect(app.start.root).toBeVisible();

  await app.setLanguage('en');
  await new ImportFlow(app.page).choose('hong.docx');
  await expect(app.errorToast.filter({ hasText: 'The file is not a Word document (.docx)' })).toBeVisible();
});

test('an empty documents folder says so in the import list', async ({ app }) => {
  const flow = new ImportFlow(app.page);
  await flow.openList();
  await expect(flow.empty).toContainText('Thư mục chưa có tệp Word');
  await app.page.getByTestId('import-cancel').click();
  await expect(flow.dialog).toHaveCount(0);
});
