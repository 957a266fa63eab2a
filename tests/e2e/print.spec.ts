// What prints is the document and nothing else, in every review state: the page printed to PDF
// through Chromium's print path (the print CSS, as Ctrl+P, In and Xuất PDF use it) and read back
// with pdftotext holds the document's text only — no review strip, lock banner, toolbar, side
// panel or status bar — and the text of a draft, a submitted, a returned and an approved copy is
// the same; the issued copy differs from them only in its number and date lines.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeFilledTemplate } from './disk';
import { CLERK, DRAFTER, expect, REVIEWER, test } from './fixtures';
import { describeOnScreens } from './screens';
import { ReviewPage } from './pages/review';

/** Words of the app's own controls that must never reach paper, in each language. */
const APP_WORDS: Record<'vi' | 'en', { lines: string[]; phrases: string[] }> = {
  vi: {
    lines: ['Dự thảo', 'Đã trình duyệt', 'Đã trả lại', 'Đã duyệt', 'Đã phát hành', 'Thêm góp ý', 'Lịch sử xử lý', 'Phiên bản', 'So sánh', 'Trình duyệt', 'Xuất DOCX', 'Kiểm tra', 'Thuộc tính', 'Góp ý', 'Đã lưu'],
    phrases: ['🔒', 'chỉ đọc', 'Lịch sử xử lý', 'Thêm góp ý'],
  },
  en: {
    lines: ['Draft', 'Submitted for review', 'Returned', 'Approved', 'Issued', 'Add comment', 'Processing history', 'Versions', 'Compare', 'Submit for review', 'Export DOCX', 'Check', 'Properties', 'Comments', 'Saved'],
    phrases: ['🔒', 'read-only', 'Processing history', 'Add comment'],
  },
};

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The page printed to PDF (print media, A4 as the print CSS sets it), as pdftotext reads it, one line each. */
async function printedLines(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-print-'));
  const pdf = join(dir, 'printed.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean);
}

function expectOnlyTheDocument(lines: readonly string[], language: 'vi' | 'en'): void {
  // The first printed line is the document's own header (agency or national title), not an app control.
  expect(lines[0]).toMatch(/^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ỦY BAN|UBND|SỞ|BỘ|ĐẢNG|BAN)/u);
  const { lines: words, phrases } = APP_WORDS[language];
  for (const word of words) expect(lines.filter((line) => line === word || line.startsWith(`${word} |`)), word).toEqual([]);
  const all = lines.join('\n');
  for (const phrase of phrases) expect(all).not.toContain(phrase);
}

test.skip(!hasPdftotext(), 'pdftotext (poppler-utils) is not installed');

describeOnScreens('print', (screen) => {
  test('printing gives the document alone in every review state', async ({ app, server }) => {
    const review = new ReviewPage(app.page);
    // A plan with its template text filled in and a signer named: issuing refuses "[…]" left.
    writeFilledTemplate(server.documentsDir, 'ke-hoach-so', 'ke-hoach-in.vanban');
    await app.openFromList('ke-hoach-in.vanban');

    const draft = await printedLines(app.page);
    expectOnlyTheDocument(draft, screen.language);

    await review.move('submit', '', 'submitted');
    const submitted = await printedLines(app.page);
    expectOnlyTheDocument(submitted, screen.language);
    expect(submitted).toEqual(draft);

    await review.switchUser(REVIEWER);
    await review.move('return', 'Bổ sung kinh phí', 'returned');
    const returned = await printedLines(app.page);
    expectOnlyTheDocument(returned, screen.language);
    expect(returned).toEqual(draft);

    await review.switchUser(DRAFTER);
    await review.move('submit', '', 'submitted');
    await review.switchUser(REVIEWER);
    await review.move('approve', '', 'approved');
    await expect(review.lockedBanner).toBeVisible();
    const approved = await printedLines(app.page);
    expectOnlyTheDocument(approved, screen.language);
    expect(approved).toEqual(draft);

    await review.switchUser(CLERK);
    await review.moveButton('issue').click();
    await review.issueDialog.number.fill('7');
    await review.issueDialog.confirm.click();
    await app.saveDialog.answer('ke-hoach-in.docx');
    await expect(review.status).toHaveAttribute('data-status', 'issued');
    const issued = await printedLines(app.page);
    expectOnlyTheDocument(issued, screen.language);
    expect(issued.some((line) => line.includes('Số: 07/KH-')), issued.slice(0, 12).join('\n')).toBe(true);
    // Only the number (below 10 written with a leading zero) and date lines changed (pdftotext may
    // read the header table's two columns in another order, so lines are compared as sets).
    const changed = [...issued.filter((line) => !draft.includes(line)), ...draft.filter((line) => !issued.includes(line))];
    expect(changed.length).toBeGreaterThan(0);
    // The draft's blank number and date print as spaced parts ("Số:", "/KH-SGDĐT", "tháng", "năm 2026").
    expect(changed.every((line) => /^(Số:|\/\S+$|.*ngày(\s|$)|tháng(\s|$)|năm \d{4}$)/u.test(line)), changed.join('\n')).toBe(true);
  });
});
