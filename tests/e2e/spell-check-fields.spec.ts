// Spell check in the whole page, not only the body: the header fields holding running text (the
// summary, recipients) and the appendix table's cells squiggle a misspelt word, right-click gives
// the same menu (the s/x fix first, Thêm vào từ điển, Bỏ qua), agency names and the place are never
// flagged, and composing Vietnamese in a field or a cell with spell check on loses no letter.
// At 1366 × 768 in Vietnamese and 1920 × 1080 in English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readSavedDocument } from './disk';
import { describeOnScreens } from './screens';
import { COMPOSED, composeWords, trackCompositions } from './vietnamese-input';

const LABELS = {
  vi: { add: 'Thêm vào từ điển', ignore: 'Bỏ qua' },
  en: { add: 'Add to dictionary', ignore: 'Ignore' },
} as const;

/** The squiggled words of a header field (the ranges of the "vb-spelling" highlight inside it), in order. */
async function fieldFlagged(field: Locator): Promise<string[]> {
  return field.evaluate((element) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vb-spelling');
    const ranges = [...(highlight ?? [])].filter((range) => element.contains(range.startContainer));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  });
}

/** Right-click on the n-th squiggled word of a header field. */
async function rightClickFieldWord(page: Page, field: Locator, n = 0): Promise<void> {
  const box = await field.evaluate((element, index) => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('vb-spelling');
    const ranges = [...(highlight ?? [])].filter((range) => element.contains(range.startContainer));
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const rect = ranges[index].getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, n);
  await page.mouse.click(box.x, box.y, { button: 'right' });
}

/** The squiggled words over a table cell. */
const cellFlagged = (cell: Locator) => cell.locator('[data-spell-start]').allTextContents();

/** Red pixels (the squiggle's colour) on screen over an element. */
async function redPixels(page: Page, element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box) throw new Error('not visible');
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height + 6 } });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] > 170 && pixels[i + 1] < 110 && pixels[i + 2] < 110) count++;
    return count;
  }, png.toString('base64'));
}

function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Red pixels of the page printed to PDF, every page rendered at 60 dpi (PPM). */
async function redPixelsPrinted(page: Page): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-spell-fields-'));
  writeFileSync(join(dir, 'printed.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '60', join(dir, 'printed.pdf'), join(dir, 'page')]);
  let count = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ppm'))) {
    const ppm = readFileSync(join(dir, name));
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
    for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (ppm[i] > 170 && ppm[i + 1] < 110 && ppm[i + 2] < 110) count++;
  }
  return count;
}

/** Replaces a header field's text by typing. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

describeOnScreens('spell check in the header fields and the appendix table', (screen) => {
  const labels = LABELS[screen.language];

  test('the summary squiggles a misspelt word; right-click offers the s/x fix first and replaces it; agency names and the place are not flagged', async ({ app, page, server }) => {
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    await retype(page, editor.issuingAgency, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Kontum');
    await retype(page, editor.place, 'Bleiku');
    await retype(page, editor.summary, 'Đẩy mạnh xản xuất nông nghiệp năm 2026');
    // The caret still in the summary, past the word: it is flagged; the names are not.
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual(['xản']);
    expect(await fieldFlagged(editor.issuingAgency)).toEqual([]);
    expect(await fieldFlagged(editor.place)).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Drawn: the red squiggle is on screen.
    await expect.poll(() => redPixels(page, editor.summary)).toBeGreaterThan(0);

    await rightClickFieldWord(page, editor.summary);
    const menu = page.getByTestId('spell-menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByTestId('spell-suggestion').first()).toHaveText('sản');
    await expect(menu.getByTestId('spell-add')).toHaveText(labels.add);
    await expect(menu.getByTestId('spell-ignore')).toHaveText(labels.ignore);
    await menu.getByTestId('spell-suggestion').first().click();
    await expect(menu).toBeHidden();
    await expect(editor.summary).toHaveText('Đẩy mạnh sản xuất nông nghiệp năm 2026');
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual([]);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await redPixels(page, editor.summary)).toBe(0);
    // The document has it (what is saved and exported), not only the screen.
    await app.saveAs('chinh-ta-trich-yeu');
    expect(readSavedDocument(server.documentsDir, 'chinh-ta-trich-yeu.vanban').summary).toBe('Đẩy mạnh sản xuất nông nghiệp năm 2026');
  });

  test('"Add to dictionary" from a recipient line is kept in the settings; the word is no longer flagged', async ({ app, page, server }) => {
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    const recipient = page.getByTestId('recipient-item-text').first();
    await retype(page, recipient, 'Đoàn công tác Kontum và Bleiku;');
    await expect.poll(() => fieldFlagged(recipient)).toEqual(['Kontum', 'Bleiku']);
    await rightClickFieldWord(page, recipient, 0);
    await page.getByTestId('spell-add').click();
    await expect.poll(() => fieldFlagged(recipient)).toEqual(['Bleiku']);
    await rightClickFieldWord(page, recipient, 0);
    await page.getByTestId('spell-ignore').click();
    await expect.poll(() => fieldFlagged(recipient)).toEqual([]);
    await expect.poll(() => JSON.parse(readFileSync(join(server.userDataDir, 'settings.json'), 'utf8')).spelling).toEqual({ enabled: true, words: ['Kontum'] });
    // The switch turns the fields' squiggles off as the body's.
    await retype(page, editor.summary, 'Đẩy mạnh xản xuất');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual(['xản']);
    await page.getByTestId('spell-toggle').click();
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual([]);
  });

  test('print to PDF carries no squiggle of a field or a cell', async ({ app, page }) => {
    test.skip(!hasPoppler(), 'pdftoppm (poppler-utils) is not installed');
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    await retype(page, editor.summary, 'Đẩy mạnh xản xuất nông nghiệp');
    const cell = editor.appendixSheets.first().locator('[data-testid="table-cell"]:has([data-testid="table-cell-input"])').nth(1);
    await cell.getByTestId('table-cell-input').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Chiển khai xản xuất');
    // Into the next cell: the last word is no longer being typed.
    await page.keyboard.press('Tab');
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual(['xản']);
    await expect.poll(() => cellFlagged(cell)).toEqual(['Chiển', 'xản']);
    expect(await redPixelsPrinted(page)).toBe(0);
  });

  test('an appendix table cell squiggles a misspelt word; right-click replaces it or ignores it', async ({ app, page, server }) => {
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    const cells = editor.appendixSheets.first().locator('[data-testid="table-cell"]:has([data-testid="table-cell-input"])');
    const cell = cells.nth(1);
    const input = cell.getByTestId('table-cell-input');
    await input.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Đẩy mạnh xản xuất tại Kontum');
    // The caret at the end of "Kontum": that word waits until the caret leaves it.
    await expect.poll(() => cellFlagged(cell)).toEqual(['xản']);
    await page.keyboard.press('Home');
    await expect.poll(() => cellFlagged(cell)).toEqual(['xản', 'Kontum']);
    await expect.poll(() => redPixels(page, cell)).toBeGreaterThan(0);

    await cell.locator('[data-spell-start]').first().click({ button: 'right', force: true });
    const menu = page.getByTestId('spell-menu');
    await expect(menu.getByTestId('spell-suggestion').first()).toHaveText('sản');
    await menu.getByTestId('spell-suggestion').first().click();
    await expect(input).toHaveValue('Đẩy mạnh sản xuất tại Kontum');
    await expect.poll(() => cellFlagged(cell)).toEqual(['Kontum']);
    await cell.locator('[data-spell-start]').first().click({ button: 'right', force: true });
    await page.getByTestId('spell-ignore').click();
    await expect.poll(() => cellFlagged(cell)).toEqual([]);
    // The table in the document has the fix.
    await app.saveAs('chinh-ta-bang');
    const saved = JSON.stringify(readSavedDocument(server.documentsDir, 'chinh-ta-bang.vanban').appendices);
    expect(saved).toContain('Đẩy mạnh sản xuất tại Kontum');
    expect(saved).not.toContain('xản');
  });

  test('composing Vietnamese in the summary and in a cell, spell check on, loses no letter', async ({ app, page }) => {
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    const cdp = await page.context().newCDPSession(page);
    const compositions = await trackCompositions(page);
    await retype(page, editor.summary, 'xản ');
    await composeWords(page, cdp, [...COMPOSED['Việt Nam'], ...COMPOSED['tiến']]);
    await page.keyboard.type(' ');
    await composeWords(page, cdp, COMPOSED['đường']);
    await expect(editor.summary).toHaveText('xản Việt Nam tiến đường');
    await expect.poll(() => fieldFlagged(editor.summary)).toEqual(['xản']);

    const input = editor.appendixSheets.first().getByTestId('table-cell-input').nth(1);
    await input.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('xản ');
    await composeWords(page, cdp, COMPOSED['Nghị quyết']);
    await expect(input).toHaveValue('xản Nghị quyết');
    const counted = await compositions();
    // Through the input method: Việt, Nam, tiến, đường, Nghị, quyết.
    expect(counted.ends).toBe(6);
  });
});
