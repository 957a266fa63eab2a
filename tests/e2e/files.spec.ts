// Save, reload, reopen, export DOCX (validated with ../shared/ooxml/validate-docx), and the UI
// language (switched, and remembered across a reload).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { validateDocxBytes, validatorUnavailable } from '../docx/validate-docx';
import { bodyTexts, readSavedDocument } from './disk';
import { expect, test } from './fixtures';
import { describeOnScreens } from './screens';
import type { VanBanApp } from './pages/app';

const SENTENCE = 'Bảo đảm an toàn thông tin trong cơ quan nhà nước.';

/** A plan with a few edits a clerk makes: register number, a typed sentence, a kind change. */
async function editedPlan(app: VanBanApp) {
  const editor = await app.createFromTemplate('ke-hoach-so');
  await editor.typeDigits(editor.number, '7');
  const { body } = editor;
  await body.newParagraphAfter(await body.indexOf('Kinh phí thực hiện Kế hoạch'));
  await app.page.keyboard.type(`- ${SENTENCE}`);
  await expect.poll(async () => (await body.view()).find((block) => block.text === SENTENCE)?.kind).toBe('dash');
  return editor;
}

test('save, reload the page, reopen from the list: the same document comes back', async ({ app, server }) => {
  const editor = await editedPlan(app);
  const view = await editor.body.view();

  await app.saveAs('ke-hoach-luu');
  await expect(editor.statusPath).toHaveText('ke-hoach-luu.vanban');
  await expect(editor.statusSaved).toHaveText('Đã lưu');
  // On disk: a valid document with the edits.
  const saved = readSavedDocument(server.documentsDir, 'ke-hoach-luu.vanban');
  expect(saved.header.number).toBe(7);
  expect(bodyTexts(saved.body)).toContain(SENTENCE);

  await app.reload();
  await expect(app.start.root).toBeVisible();
  await expect(app.start.recentFiles.first()).toContainText('ke-hoach-luu');

  await app.openFromList('ke-hoach-luu.vanban');
  await expect.poll(() => editor.body.view()).toEqual(view);
  await expect(editor.numberLine).toHaveText('Số: 07/KH-SGDĐT');
  await expect(editor.statusSaved).toHaveAttribute('data-state', 'saved');

  // Saving again after an edit writes to the same file without asking for a name.
  await editor.body.caretAt(await editor.body.indexOf(SENTENCE), 'end');
  await app.page.keyboard.type(' Thêm câu.');
  await expect(editor.statusSaved).toHaveAttribute('data-state', /unsaved|autosaved/);
  await app.page.keyboard.press('ControlOrMeta+S');
  await editor.waitSaved();
  await expect(app.saveDialog.root).toHaveCount(0);
  expect(bodyTexts(readSavedDocument(server.documentsDir, 'ke-hoach-luu.vanban').body)).toContain(`${SENTENCE} Thêm câu.`);
});

test('a recent file reopens from the start screen', async ({ app }) => {
  const editor = await editedPlan(app);
  await app.saveAs('gan-day.vanban');
  await app.reload();
  await app.start.recentFile('gan-day.vanban').click();
  await editor.waitShown();
  await expect.poll(async () => (await editor.body.view()).some((block) => block.text === SENTENCE)).toBe(true);
});

test('export DOCX writes a Word document with the edits into the documents folder', async ({ app, server }) => {
  const editor = await editedPlan(app);
  await editor.toolbarButton('export-docx').click();
  await expect(app.saveDialog.input).toHaveValue(/\.docx$/);
  await app.saveDialog.answer('ke-hoach-xuat.docx');
  await expect(app.infoToast).toContainText('Đã xuất DOCX');

  const file = join(server.documentsDir, 'ke-hoach-xuat.docx');
  await expect.poll(() => existsSync(file)).toBe(true);
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = strFromU8(parts['word/document.xml']);
  expect(xml).toContain(SENTENCE);
  expect(xml).toContain('07/KH-SGDĐT');
});

test('the exported DOCX passes ../shared/ooxml/validate-docx', async ({ app, server }) => {
  const unavailable = validatorUnavailable();
  test.skip(unavailable !== null, `validate-docx check skipped: ${unavailable}`);
  const editor = await editedPlan(app);
  await editor.toolbarButton('export-docx').click();
  await app.saveDialog.answer('kiem-tra.docx');
  await expect(app.infoToast).toContainText('Đã xuất DOCX');
  const result = validateDocxBytes(new Uint8Array(readFileSync(join(server.documentsDir, 'kiem-tra.docx'))));
  expect(result.skipped).toBeUndefined();
  expect(result.problems).toEqual([]);
});

test('switching the language to English changes the labels and is remembered after a reload', async ({ app }) => {
  await expect(app.start.heading).toHaveText('Tạo mới văn bản');
  await app.setLanguage('en');
  await expect(app.start.heading).toHaveText('New document');
  await expect(app.start.openButton).toHaveText('Open document…');

  await app.reload();
  await expect(app.start.heading).toHaveText('New document');
  await expect(app.languageSelect).toHaveValue('en');
  const editor = await app.createFromTemplate('ke-hoach-so');
  await expect(editor.toolbarButton('save')).toHaveText('Save');
  await expect(editor.statusSaved).toHaveText('Unsaved');
  // The document itself stays Vietnamese.
  await expect(editor.typeName).toHaveText('KẾ HOẠCH');

  await app.setLanguage('vi');
  await expect(editor.toolbarButton('save')).toHaveText('Lưu');
  await expect(editor.statusSaved).toHaveText('Chưa lưu');
  await app.reload();
  await expect(app.start.heading).toHaveText('Tạo mới văn bản');
});

const OVERWRITE = {
  vi: { exists: 'Tệp “ke-hoach-ghi-de.docx” đã có trong thư mục. Bấm Thay thế để ghi đè lên tệp đó, hoặc đổi tên.', replace: 'Thay thế' },
  en: { exists: '“ke-hoach-ghi-de.docx” already exists in the folder. Press Replace to overwrite it, or change the name.', replace: 'Replace' },
};

describeOnScreens('saving over a file', (screen) => {
  test('exporting over a file that is already there asks first (browser mode)', async ({ app, server }) => {
    const editor = await app.createFromTemplate('ke-hoach-so');
    await app.saveAs('ke-hoach-ghi-de');
    await editor.toolbarButton('export-docx').click();
    await app.saveDialog.answer('ke-hoach-ghi-de.docx');
    await expect(app.infoToast.filter({ hasText: 'ke-hoach-ghi-de.docx' })).toBeVisible();
    const first = readFileSync(join(server.documentsDir, 'ke-hoach-ghi-de.docx'));

    // Again to the same name: the dialog says the file is there and does not write it yet.
    await editor.typeInField(editor.place, 'Đông Hà');
    await editor.toolbarButton('export-docx').click();
    await app.saveDialog.input.fill('ke-hoach-ghi-de');
    await app.saveDialog.ok.click();
    await expect(app.saveDialog.exists).toHaveText(OVERWRITE[screen.language].exists);
    await expect(app.saveDialog.ok).toHaveText(OVERWRITE[screen.language].replace);
    expect(readFileSync(join(server.documentsDir, 'ke-hoach-ghi-de.docx')).equals(first)).toBe(true);
    // Another name: no question, a new file.
    await app.saveDialog.input.fill('ke-hoach-ghi-de-2');
    await expect(app.saveDialog.exists).toHaveCount(0);
    await app.saveDialog.ok.click();
    await expect(app.saveDialog.root).toHaveCount(0);
    // The dialog closes when the export starts; the file is there when it ends.
    await expect.poll(() => existsSync(join(server.documentsDir, 'ke-hoach-ghi-de-2.docx'))).toBe(true);
    expect(readFileSync(join(server.documentsDir, 'ke-hoach-ghi-de.docx')).equals(first)).toBe(true);
    // Replace, confirmed: written.
    await editor.toolbarButton('export-docx').click();
    await app.saveDialog.answer('ke-hoach-ghi-de.docx', { replace: true });
    await expect.poll(() => readFileSync(join(server.documentsDir, 'ke-hoach-ghi-de.docx')).equals(first)).toBe(false);
  });
});
