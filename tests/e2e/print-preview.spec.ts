// Xem trước khi in shows the pages as the printer gets them: as many pages as Chromium's print
// to PDF gives, each ending on the same text, the landscape appendix on a landscape page, the
// same at any screen zoom; in Vietnamese and English, at 1366 × 768 and 1920 × 1080.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
test.skip(!hasPoppler(), 'pdfinfo / pdftotext (poppler-utils) are not installed');

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

/** The words of each page of the page printed to PDF. */
async function printedPageEnds(page: Page): Promise<string[][]> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'vanban-preview-')), 'printed.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  const count = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const pages: string[][] = [];
  for (let i = 1; i <= count; i++) pages.push(words(execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-raw', pdf, '-'], { encoding: 'utf8' })));
  return pages;
}

for (const screen of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const) {
  for (const language of ['vi', 'en'] as const) {
    test(`${screen.width}×${screen.height} ${language}: the preview has the printed pages, breaks and landscape appendix`, async ({ app, page }) => {
      await page.setViewportSize(screen);
      await app.setLanguage(language);
      const editor = await app.createFromTemplate('ke-hoach-phu-luc');
      await editor.waitLaidOut();
      const printed = await printedPageEnds(page);
      // The screen zoom does not reach the preview.
      await page.getByTestId('zoom-value').click();
      await page.getByTestId('zoom-150').click();
      await page.getByTestId('print-preview-button').click();
      const preview = page.getByTestId('print-preview');
      await expect(preview).toContainText(language === 'vi' ? 'Xem trước khi in' : 'Print preview');
      await expect(page.getByTestId('print-preview-pages')).toHaveAttribute('data-count', String(printed.length), { timeout: 30_000 });
      await expect(page.getByTestId('print-preview-pages')).toHaveText(language === 'vi' ? `Số trang: ${printed.length}` : `Pages: ${printed.length}`);
      const frame = page.frameLocator('[data-testid="print-preview-frame"]');
      const sheets = frame.locator('.pagedjs_page');
      await expect(sheets).toHaveCount(printed.length);
      const shownPages = (await sheets.evaluateAll((pages) => pages.map((sheet) => (sheet.querySelector('.pagedjs_page_content') as HTMLElement).innerText))).map(words);
      // The same breaks: each page's first and last words of text (in either reading order of
      // the two-column parts; table cells are fields, left out of innerText) are on the same
      // page of the printed PDF.
      shownPages.forEach((shownWords, i) => {
        for (const word of [shownWords[0], shownWords.at(-1)!]) expect(printed[i], `page ${i + 1}: "${word}"`).toContain(word);
      });
      // A4 portrait body pages (210 × 297 mm), the appendix on A4 landscape.
      const sizes = await sheets.evaluateAll((pages) => pages.map((sheet) => [Math.round(sheet.getBoundingClientRect().width), Math.round(sheet.getBoundingClientRect().height)]));
      expect(sizes[0]).toEqual([794, 1123]);
      expect(sizes.at(-1)).toEqual([1123, 794]);
      // No app control in the pages.
      await expect(frame.locator('body')).not.toContainText(language === 'vi' ? 'Thuộc tính' : 'Properties');
      await page.keyboard.press('Escape');
      await expect(preview).toBeHidden();
      await page.keyboard.press('Control+F2');
      await expect(preview).toBeVisible();
      await page.getByTestId('print-preview-close').click();
      await expect(preview).toBeHidden();
    });
  }
}
