// Issuing (cấp số và phát hành) by the records clerk: the next free number of the agency's
// outgoing document register is suggested (the draft's own number and date when it has them), a
// number already used that year is refused with the reason before any file is chosen (nothing
// changes), a DOCX that cannot be written is refused before anything is recorded
// (the next attempt asks for another name), a free one issues: the .vanban is saved as issued and
// the final DOCX carries "Số: N/KH-…" and the date. On the way there, an approval whose save fails
// is not recorded, and a damaged register is shown in the issue dialog. Before Duyệt and Phát
// hành… the open format errors are listed (template text first) and the user asked; issuing is
// refused while template text ("[…]") remains.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { formatDay, formatMonth } from '../../core/format/date';
import { todayInVietnam } from './clock';
import { readSavedDocument, writeFilledTemplate } from './disk';
import { CLERK, expect, REVIEWER, test } from './fixtures';
import { describeOnScreens } from './screens';
import { ReviewPage } from './pages/review';

/** Each paragraph's text in a DOCX part (runs joined), as Word reads it. */
export function docxParagraphs(file: string, part = 'word/document.xml'): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))[part]);
  return xml.split('</w:p>').map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}

test('the clerk issues: a used number is refused and nothing changes, a free one writes the DOCX', async ({ app, server }) => {
  const today = todayInVietnam();
  const { year } = today;
  // Number 12 of this year already went to another document of the agency (SGDĐT).
  writeFileSync(
    join(server.userDataDir, 'register.json'),
    JSON.stringify({ registers: [{ agencyCode: 'SGDĐT', entries: [{ year, number: 12, kind: 'cong-van', path: join(server.documentsDir, 'cong-van-khac.vanban'), issuedAt: new Date().toISOString() }] }] }),
  );
  const review = new ReviewPage(app.page);
  writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-phat-hanh.vanban');
  const editor = await app.openFromList('ke-hoach-phat-hanh.vanban');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await review.move('approve', '', 'approved');
  await review.switchUser(CLERK);
  expect(await review.offeredMoves()).toEqual(['issue']);

  const dialog = review.issueDialog;
  await review.moveButton('issue').click();
  await expect(dialog.next).toContainText(`năm ${year}: 13`);
  await expect(dialog.number).toHaveValue('13');
  // Today where the clerk is (the browser runs in Asia/Ho_Chi_Minh, ahead of the test runner's clock).
  const now = await app.page.evaluate(() => {
    const date = new Date();
    return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
  });
  await expect(dialog.date).toHaveValue(`${String(now.day).padStart(2, '0')}/${String(now.month).padStart(2, '0')}/${now.year}`);

  await dialog.number.fill('12');
  await expect(dialog.preview).toContainText('Số: 12/KH-SGDĐT');
  await dialog.confirm.click();
  // Refused at once, before any file is chosen.
  await expect(dialog.error).toHaveText(`Số 12 đã được dùng trong năm ${year} trong sổ đăng ký văn bản đi. Hãy chọn số khác.`);
  await expect(app.saveDialog.root).toHaveCount(0);
  await expect(dialog.root).toBeVisible();
  await expect(review.status).toHaveText('Đã duyệt');
  await expect(editor.numberLine).not.toContainText('12');
  expect(existsSync(join(server.documentsDir, 'ke-hoach-phat-hanh.docx'))).toBe(false);
  const unchanged = readSavedDocument(server.documentsDir, 'ke-hoach-phat-hanh.vanban');
  expect(unchanged.review.status).toBe('approved');
  expect(unchanged.header.number).toBeNull();

  // A free number, but the DOCX cannot be written (a folder in its place stands in for a file Word
  // holds open): refused with the reason, nothing recorded, the document still approved.
  mkdirSync(join(server.documentsDir, 'ke-hoach-phat-hanh.docx'));
  await dialog.number.fill('13');
  await dialog.confirm.click();
  // The issued copy is offered a name of its own, never the draft export's.
  await expect(app.saveDialog.input).toHaveValue('ke-hoach-phat-hanh-phat-hanh.docx');
  await app.saveDialog.answer('ke-hoach-phat-hanh.docx');
  await expect(dialog.error).toContainText('Không ghi được bản DOCX phát hành “ke-hoach-phat-hanh.docx”');
  await expect(dialog.error).toContainText('Chưa cấp số và chưa phát hành');
  await expect(dialog.root).toBeVisible();
  await expect(review.status).toHaveText('Đã duyệt');
  await expect(editor.numberLine).not.toContainText('13');
  expect(readSavedDocument(server.documentsDir, 'ke-hoach-phat-hanh.vanban')).toEqual(unchanged);
  const registerBefore = JSON.parse(readFileSync(join(server.userDataDir, 'register.json'), 'utf8'));
  expect(registerBefore.registers[0].entries.map((entry: { number: number }) => entry.number)).toEqual([12]);

  // Trying again asks for the DOCX name again; with another name the document is issued and saved, the DOCX written.
  await dialog.confirm.click();
  await app.saveDialog.answer('ke-hoach-phat-hanh-ban-chinh.docx');
  await expect(dialog.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã phát hành');
  await expect(review.lockedBanner).toContainText('Văn bản đã phát hành — chỉ đọc');
  await expect(editor.numberLine).toHaveText('Số: 13/KH-SGDĐT');
  await expect(app.infoToast.filter({ hasText: 'Đã phát hành văn bản số 13' })).toBeVisible();
  await editor.waitSaved();
  expect(await review.offeredMoves()).toEqual([]);

  const issued = readSavedDocument(server.documentsDir, 'ke-hoach-phat-hanh.vanban');
  expect(issued.review.status).toBe('issued');
  expect(issued.header.number).toBe(13);
  expect(issued.header.date).toEqual(now);
  expect(issued.review.log.at(-1)).toMatchObject({ who: CLERK, from: 'approved', to: 'issued' });

  const docx = join(server.documentsDir, 'ke-hoach-phat-hanh-ban-chinh.docx');
  expect(existsSync(docx)).toBe(true);
  const paragraphs = docxParagraphs(docx);
  expect(paragraphs).toContain('Số: 13/KH-SGDĐT');
  expect(paragraphs.some((text) => text.includes(`ngày ${formatDay(now.day)} tháng ${formatMonth(now.month)} năm ${now.year}`))).toBe(true);
  // The register now holds both numbers.
  const register = JSON.parse(readFileSync(join(server.userDataDir, 'register.json'), 'utf8'));
  expect(register.registers[0].entries.map((entry: { number: number }) => entry.number).sort()).toEqual([12, 13]);
});

test('a damaged register is shown in the issue dialog, and no number is suggested', async ({ app, server }) => {
  writeFileSync(join(server.userDataDir, 'register.json'), '{"registers": [');
  const review = new ReviewPage(app.page);
  writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-so-hong.vanban');
  await app.openFromList('ke-hoach-so-hong.vanban');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await review.move('approve', '', 'approved');
  await review.switchUser(CLERK);

  const dialog = review.issueDialog;
  await review.moveButton('issue').click();
  await expect(dialog.nextError).toHaveText(
    'Không lấy được số tiếp theo từ sổ đăng ký: Sổ đăng ký văn bản đi (register.json) bị hỏng; hãy kiểm tra hoặc khôi phục tệp trước khi cấp số.',
  );
  await expect(dialog.next).toHaveCount(0);
  await expect(dialog.number).toHaveValue('');
  await expect(dialog.date).toHaveAttribute('placeholder', 'ngày/tháng/năm');
  await dialog.cancel.click();
  await expect(dialog.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã duyệt');
});

test('an approval whose file cannot be saved is not recorded: the dialog shows why, the document stays submitted', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-khong-luu.vanban');
  await app.openFromList('ke-hoach-khong-luu.vanban');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  // The file is replaced by a folder of the same name: saving it fails.
  const file = join(server.documentsDir, 'ke-hoach-khong-luu.vanban');
  const submitted = readFileSync(file, 'utf8');
  rmSync(file);
  mkdirSync(file);

  await review.moveButton('approve').click();
  await review.moveDialog.confirm.click();
  await expect(review.moveDialog.error).toContainText('Chưa lưu được tệp nên bước này chưa được ghi nhận');
  await expect(review.moveDialog.root).toBeVisible();
  await expect(review.status).toHaveAttribute('data-status', 'submitted');
  await expect(review.lockedBanner).toHaveCount(0);

  // With the file back, the same dialog approves.
  rmSync(file, { recursive: true });
  writeFileSync(file, submitted);
  await review.moveDialog.confirm.click();
  await review.moveDialog.root.waitFor({ state: 'detached' });
  await expect(review.status).toHaveAttribute('data-status', 'approved');
  const approved = readSavedDocument(server.documentsDir, 'ke-hoach-khong-luu.vanban');
  expect(approved.review.status).toBe('approved');
  expect(approved.review.log.map((step) => step.to)).toEqual(['submitted', 'approved']);
});

test('Duyệt with open format errors lists them, template text first, and asks; Phát hành… is refused while template text remains', async ({ app, server }) => {
  test.slow();
  const review = new ReviewPage(app.page);
  await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-con-loi');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);

  // Approving: the open errors, placeholders first, then the missing signer name.
  const { gate } = review;
  await review.moveButton('approve').click();
  await expect(gate.root).toBeVisible();
  const rules = await gate.rules();
  expect(rules.length).toBeGreaterThan(1);
  expect(rules.slice(0, rules.lastIndexOf('text.placeholder') + 1).every((rule) => rule === 'text.placeholder')).toBe(true);
  expect(rules).toContain('signature.name-missing');
  expect(rules.indexOf('signature.name-missing')).toBeGreaterThan(rules.lastIndexOf('text.placeholder'));
  await expect(gate.intro).toHaveText(`Kiểm tra thể thức còn ${rules.length} lỗi chưa sửa. Vẫn duyệt, hay quay lại sửa?`);
  await expect(gate.errors.first()).toContainText('Còn chỗ trống của mẫu chưa điền');

  // Back: nothing recorded, the format check panel opens.
  await gate.back.click();
  await expect(gate.root).toHaveCount(0);
  await expect(review.moveDialog.root).toHaveCount(0);
  await expect(app.page.getByTestId('check-panel')).toBeVisible();
  await expect(review.status).toHaveAttribute('data-status', 'submitted');

  // Going on anyway: the approve dialog, then approved.
  await review.moveButton('approve').click();
  await gate.continue.click();
  await review.moveDialog.confirm.click();
  await expect(review.status).toHaveAttribute('data-status', 'approved');

  // Issuing: refused while "[…]" remains; only back is offered, and nothing changes.
  await review.switchUser(CLERK);
  await review.moveButton('issue').click();
  await expect(gate.root).toBeVisible();
  await expect(gate.intro).toHaveText('Văn bản còn chỗ trống của mẫu chưa điền (“[…]”): chưa thể phát hành cho đến khi điền hết.');
  await expect(gate.continue).toHaveCount(0);
  await expect(review.issueDialog.root).toHaveCount(0);
  await gate.back.click();
  await expect(gate.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã duyệt');
  expect(readSavedDocument(server.documentsDir, 'ke-hoach-con-loi.vanban').review.status).toBe('approved');

  // In English too.
  await app.setLanguage('en');
  await review.moveButton('issue').click();
  await expect(gate.root).toContainText('Issue with format errors?');
  await expect(gate.intro).toHaveText('The document still has unfilled template text (“[…]”): it cannot be issued until every placeholder is filled in.');
  await expect(gate.back).toHaveText('Back to the document');
});

test('a document without open errors is approved and issued with no question asked', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-sach.vanban');
  await app.openFromList('ke-hoach-sach.vanban');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await review.moveButton('approve').click();
  await expect(review.moveDialog.root).toBeVisible();
  await expect(review.gate.root).toHaveCount(0);
  await review.moveDialog.confirm.click();
  await expect(review.status).toHaveAttribute('data-status', 'approved');
  await review.switchUser(CLERK);
  await review.moveButton('issue').click();
  await expect(review.issueDialog.root).toBeVisible();
  await expect(review.gate.root).toHaveCount(0);
});

describeOnScreens('issuing', (screen) => {
  test('the issue dialog starts from the number and date the draft carries', async ({ app, server }) => {
    const review = new ReviewPage(app.page);
    writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-co-so.vanban');
    const editor = await app.openFromList('ke-hoach-co-so.vanban');
    await editor.typeDigits(editor.number, '27');
    await editor.typeDigits(editor.day, '15');
    await editor.typeDigits(editor.month, '3');
    await editor.typeDigits(editor.year, '2027');
    await review.move('submit', '', 'submitted');
    await review.switchUser(REVIEWER);
    await review.move('approve', '', 'approved');
    await review.switchUser(CLERK);
    await review.moveButton('issue').click();
    const dialog = review.issueDialog;
    await expect(dialog.number).toHaveValue('27');
    await expect(dialog.date).toHaveValue('15/03/2027');
    // The register's suggestion is still shown beside it.
    await expect(dialog.next).toContainText(screen.language === 'vi' ? 'năm 2027: 1' : 'the 2027 outgoing document register: 1');
    await expect(dialog.preview).toContainText('Số: 27/KH-SGDĐT');
  });
});
