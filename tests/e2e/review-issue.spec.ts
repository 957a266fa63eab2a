// Issuing (cấp số và phát hành) by the records clerk: the next free number of the agency's
// outgoing document register is suggested, a number already used that year is refused with the
// reason (nothing changes), a free one issues: the .vanban is saved as issued and the final DOCX
// carries "Số: N/KH-…" and the date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { formatDay, formatMonth } from '../../core/format/date';
import { readSavedDocument } from './disk';
import { CLERK, expect, REVIEWER, test } from './fixtures';
import { ReviewPage } from './pages/review';

/** Each paragraph's text in a DOCX part (runs joined), as Word reads it. */
export function docxParagraphs(file: string, part = 'word/document.xml'): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))[part]);
  return xml.split('</w:p>').map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''));
}

test('the clerk issues: a used number is refused and nothing changes, a free one writes the DOCX', async ({ app, server }) => {
  const year = new Date().getFullYear();
  // Number 12 of this year already went to another document of the agency (SGDĐT).
  writeFileSync(
    join(server.userDataDir, 'register.json'),
    JSON.stringify({ registers: [{ agencyCode: 'SGDĐT', entries: [{ year, number: 12, kind: 'cong-van', path: join(server.documentsDir, 'cong-van-khac.vanban'), issuedAt: new Date().toISOString() }] }] }),
  );
  const review = new ReviewPage(app.page);
  const editor = await app.createFromTemplate('ke-hoach-so');
  await app.saveAs('ke-hoach-phat-hanh');
  await review.move('submit', '', 'submitted');
  await review.switchUser(REVIEWER);
  await review.move('approve', '', 'approved');
  await review.switchUser(CLERK);
  expect(await review.offeredMoves()).toEqual(['issue']);

  const dialog = review.issueDialog;
  await review.moveButton('issue').click();
  await expect(dialog.next).toContainText(`năm ${year}: 13`);
  await expect(dialog.number).toHaveValue('13');
  const now = new Date();
  await expect(dialog.date).toHaveValue(`${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${year}`);

  await dialog.number.fill('12');
  await expect(dialog.preview).toContainText('Số: 12/KH-SGDĐT');
  await dialog.confirm.click();
  await app.saveDialog.answer('ke-hoach-phat-hanh.docx');
  await expect(dialog.error).toHaveText(`Số 12 đã được dùng trong năm ${year} trong sổ đăng ký văn bản đi. Hãy chọn số khác.`);
  await expect(dialog.root).toBeVisible();
  await expect(review.status).toHaveText('Đã duyệt');
  await expect(editor.numberLine).not.toContainText('12');
  expect(existsSync(join(server.documentsDir, 'ke-hoach-phat-hanh.docx'))).toBe(false);
  const unchanged = readSavedDocument(server.documentsDir, 'ke-hoach-phat-hanh.vanban');
  expect(unchanged.review.status).toBe('approved');
  expect(unchanged.header.number).toBeNull();

  // A free number: no file name asked again, the document is issued and saved, the DOCX written.
  await dialog.number.fill('13');
  await dialog.confirm.click();
  await expect(dialog.root).toHaveCount(0);
  await expect(app.saveDialog.root).toHaveCount(0);
  await expect(review.status).toHaveText('Đã phát hành');
  await expect(review.lockedBanner).toContainText('Văn bản đã phát hành — chỉ đọc');
  await expect(editor.numberLine).toHaveText('Số: 13/KH-SGDĐT');
  await expect(app.infoToast.filter({ hasText: 'Đã phát hành văn bản số 13' })).toBeVisible();
  await editor.waitSaved();
  expect(await review.offeredMoves()).toEqual([]);

  const issued = readSavedDocument(server.documentsDir, 'ke-hoach-phat-hanh.vanban');
  expect(issued.review.status).toBe('issued');
  expect(issued.header.number).toBe(13);
  expect(issued.header.date).toEqual({ day: now.getDate(), month: now.getMonth() + 1, year });
  expect(issued.review.log.at(-1)).toMatchObject({ who: CLERK, from: 'approved', to: 'issued' });

  const docx = join(server.documentsDir, 'ke-hoach-phat-hanh.docx');
  expect(existsSync(docx)).toBe(true);
  const paragraphs = docxParagraphs(docx);
  expect(paragraphs).toContain('Số: 13/KH-SGDĐT');
  expect(paragraphs.some((text) => text.includes(`ngày ${formatDay(now.getDate())} tháng ${formatMonth(now.getMonth() + 1)} năm ${year}`))).toBe(true);
  // The register now holds both numbers.
  const register = JSON.parse(readFileSync(join(server.userDataDir, 'register.json'), 'utf8'));
  expect(register.registers[0].entries.map((entry: { number: number }) => entry.number).sort()).toEqual([12, 13]);
});
