// Vietnamese spell check in the body, offline (nspell + dictionary-vi in a worker): a misspelt
// syllable gets a red squiggle, right-click offers the confusion fix (s/x, ch/tr, d/gi/r) first,
// choosing it replaces the word, "Thêm vào từ điển" is kept in the settings across a reload,
// agency abbreviations and names are never flagged, the switch turns it off (remembered), print
// and PDF carry no squiggle, and composing Vietnamese with spell check on loses no letter.
// At 1366×768, in Vietnamese and in English.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { EditorPage } from './pages/editor-page';
import { COMPOSED, composeWords } from './vietnamese-input';

const ANCHOR = 'Kinh phí thực hiện Kế hoạch';

const LABELS = {
  vi: { add: 'Thêm vào từ điển', ignore: 'Bỏ qua', on: 'Chính tả: bật', off: 'Chính tả: tắt' },
  en: { add: 'Add to dictionary', ignore: 'Ignore', on: 'Spelling: on', off: 'Spelling: off' },
} as const;

/** A new empty paragraph after the anchor paragraph, the caret in it; its index. */
async function emptyParagraph(editor: EditorPage): Promise<number> {
  const { body } = editor;
  const index = (await body.indexOf(ANCHOR)) + 1;
  await body.newParagraphAfter(index - 1);
  return index;
}

const squiggles = (block: Locator) => block.locator('.vb-spelling');

/** The squiggled words of a block, in order. */
async function flagged(block: Locator): Promise<string[]> {
  return block.evaluate((element) => {
    const words = new Map<string, string>();
    for (const leaf of element.querySelectorAll('[data-spelling]')) {
      const at = leaf.getAttribute('data-spelling')!;
      words.set(at, (words.get(at) ?? '') + (leaf.textContent ?? ''));
    }
    return [...words.values()];
  });
}

/** Red pixels (the squiggle's colour) in a PNG screenshot or a rendered page. */
function redPixelsOfPpm(ppm: Buffer): number {
  // Binary PPM (P6): header "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM');
  let count = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (ppm[i] > 170 && ppm[i + 1] < 110 && ppm[i + 2] < 110) count++;
  return count;
}

function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Red pixels of the page printed to PDF (print CSS), every page rendered at 60 dpi. */
async function redPixelsPrinted(page: Page): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-spell-print-'));
  const pdf = join(dir, 'printed.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-r', '60', pdf, join(dir, 'page')]);
  const pages = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').filter((name) => name.endsWith('.ppm'));
  expect(pages.length).toBeGreaterThan(0);
  return pages.reduce((sum, name) => sum + redPixelsOfPpm(readFileSync(join(dir, name))), 0);
}

/** Red pixels on screen around an element (a PNG screenshot converted through pdftoppm's sibling). */
async function redPixelsOnScreen(page: Page, element: Locator): Promise<number> {
  const box = await element.boundingBox();
  if (!box) throw new Error('not visible');
  // The screenshot's raw pixels, read in the page from a canvas (no image library needed).
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

test.use({ viewport: { width: 1366, height: 768 } });

for (const language of ['vi', 'en'] as const) {
  const labels = LABELS[language];

  test.describe(`spell check (${language})`, () => {
    test.beforeEach(async ({ app }) => {
      if (language === 'en') await app.setLanguage('en');
    });

    test('a misspelt word is squiggled; right-click offers the s/x fix first; choosing it replaces the word', async ({ app, page }) => {
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      await page.keyboard.type('Đẩy mạnh xản xuất nông nghiệp ');
      const block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['xản']);
      await squiggles(block).first().click({ button: 'right' });
      const menu = page.getByTestId('spell-menu');
      await expect(menu).toBeVisible();
      await expect(menu.getByTestId('spell-suggestion').first()).toHaveText('sản');
      await expect(menu.getByTestId('spell-add')).toHaveText(labels.add);
      await expect(menu.getByTestId('spell-ignore')).toHaveText(labels.ignore);
      await menu.getByTestId('spell-suggestion').first().click();
      await expect(menu).toBeHidden();
      await expect.poll(() => editor.body.text(index)).toBe('Đẩy mạnh sản xuất nông nghiệp ');
      await expect.poll(() => flagged(block)).toEqual([]);
      // One undo step brings the misspelling back.
      await page.keyboard.press('Control+z');
      await expect.poll(() => editor.body.text(index)).toBe('Đẩy mạnh xản xuất nông nghiệp ');
    });

    test('ch/tr and d/gi/r confusions are offered first, keeping a capital', async ({ app, page }) => {
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      await page.keyboard.type('Chiển khai rữ gìn ');
      const block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['Chiển', 'rữ']);
      await squiggles(block).first().click({ button: 'right' });
      await expect(page.getByTestId('spell-suggestion').first()).toHaveText('Triển');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('spell-menu')).toBeHidden();
      await squiggles(block).last().click({ button: 'right' });
      // r → d and r → gi, both words, before anything else.
      await expect(page.getByTestId('spell-suggestion').nth(1)).toBeVisible();
      expect((await page.getByTestId('spell-suggestion').allTextContents()).slice(0, 2)).toEqual(['dữ', 'giữ']);
    });

    test('agency abbreviations, all-caps words, words with digits and the profile names are not flagged', async ({ app, page }) => {
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      await page.keyboard.type('UBND tỉnh, HĐND, CCHC, TTHC, Sở Nội vụ, QĐ số 20-KH/UBND, TTr, Tp. Huế, Nguyễn Văn An, hòa giải, hoà giải, thủy lợi, điểm b khoản 2 ');
      const block = editor.body.block(index);
      // Settled: a misspelt word typed after them is flagged, they are not.
      await page.keyboard.type('xản ');
      await expect.poll(() => flagged(block)).toEqual(['xản']);
    });

    test('"Add to dictionary" keeps the word in the user settings across a reload; "Ignore" for this window only', async ({ app, page, server }) => {
      let editor = await app.createFromTemplate('ke-hoach-so');
      let index = await emptyParagraph(editor);
      await page.keyboard.type('Đoàn công tác Kontum và Bleiku ');
      let block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['Kontum', 'Bleiku']);
      await squiggles(block).first().click({ button: 'right' });
      await page.getByTestId('spell-add').click();
      await expect.poll(() => flagged(block)).toEqual(['Bleiku']);
      await squiggles(block).first().click({ button: 'right' });
      await page.getByTestId('spell-ignore').click();
      await expect.poll(() => flagged(block)).toEqual([]);
      await expect.poll(() => JSON.parse(readFileSync(join(server.userDataDir, 'settings.json'), 'utf8')).spelling).toEqual({ enabled: true, words: ['Kontum'] });

      await app.saveAs('tu-dien');
      await app.reload();
      editor = await app.openFromList('tu-dien.vanban');
      index = await editor.body.indexOf('Đoàn công tác');
      block = editor.body.block(index);
      // Kontum stays known; the ignored word is flagged again in a new window.
      await expect.poll(() => flagged(block)).toEqual(['Bleiku']);
    });

    test('the switch turns spell check off and on, remembered across a reload', async ({ app, page }) => {
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      await page.keyboard.type('xản xuất ');
      const block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['xản']);
      const toggle = page.getByTestId('spell-toggle');
      await expect(toggle).toHaveText(labels.on);
      await toggle.click();
      await expect(toggle).toHaveText(labels.off);
      await expect.poll(() => flagged(block)).toEqual([]);
      await app.saveAs('tat-chinh-ta');
      await app.reload();
      const reopened = await app.openFromList('tat-chinh-ta.vanban');
      await expect(page.getByTestId('spell-toggle')).toHaveText(labels.off);
      const again = reopened.body.block(await reopened.body.indexOf('xản xuất'));
      await page.waitForTimeout(300);
      expect(await flagged(again)).toEqual([]);
      await page.getByTestId('spell-toggle').click();
      await expect.poll(() => flagged(again)).toEqual(['xản']);
    });

    test('print to PDF carries no squiggle (it is on screen)', async ({ app, page }) => {
      test.skip(!hasPoppler(), 'pdftoppm (poppler-utils) is not installed');
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      await page.keyboard.type('xản xuất xản xuất xản xuất ');
      const block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['xản', 'xản', 'xản']);
      await page.mouse.click(5, 5);
      expect(await redPixelsOnScreen(page, block)).toBeGreaterThan(20);
      expect(await redPixelsPrinted(page)).toBe(0);
    });

    test('composing Vietnamese with spell check on gives exactly the words (nothing lost or doubled)', async ({ app, page }) => {
      const editor = await app.createFromTemplate('ke-hoach-so');
      const index = await emptyParagraph(editor);
      // A squiggle already in the block, right before the caret.
      await page.keyboard.type('xản ');
      const block = editor.body.block(index);
      await expect.poll(() => flagged(block)).toEqual(['xản']);
      const cdp = await page.context().newCDPSession(page);
      await composeWords(page, cdp, [...COMPOSED['Nghị quyết'], ...COMPOSED['tiến'], ...COMPOSED['đường'], ...COMPOSED['Việt Nam']]);
      await page.keyboard.type(' ');
      await expect.poll(() => editor.body.text(index)).toBe('xản Nghị quyết tiến đường Việt Nam ');
      await expect.poll(() => flagged(block)).toEqual(['xản']);
    });
  });
}
