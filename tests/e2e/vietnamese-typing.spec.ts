// Vietnamese typing both ways — IME composition (through the browser protocol) and Unikey's
// backspace-and-retype — gives exactly the intended words: no doubled or lost letters, NFC.
import { bodyTexts, readSavedDocument } from './disk';
import { COMPOSED, UNIKEY, composeWords, trackCompositions, unikeyType } from './vietnamese-input';
import { expect, test } from './fixtures';

const WORDS = ['tiến', 'Việt Nam', 'đường', 'Nghị quyết'];
const ANCHOR = 'Triển khai kịp thời';

test.describe('IME composition', () => {
  for (const word of WORDS) {
    test(`composing "${word}" in an empty paragraph gives exactly "${word}"`, async ({ app, page }) => {
      const { body } = await app.createFromTemplate('ke-hoach-so');
      const index = (await body.indexOf('Kinh phí thực hiện Kế hoạch')) + 1;
      await body.newParagraphAfter(index - 1);
      const compositions = await trackCompositions(page);
      const cdp = await page.context().newCDPSession(page);
      await composeWords(page, cdp, COMPOSED[word]);
      await expect.poll(() => body.text(index)).toBe(word);
      // Every intermediate step went through the page as a composition.
      const steps = COMPOSED[word].reduce((sum, w) => sum + w.compositions.length, 0);
      expect(await compositions()).toEqual({ updates: expect.any(Number), ends: COMPOSED[word].length });
      expect((await compositions()).updates).toBeGreaterThanOrEqual(steps);
      const text = await body.text(index);
      expect(text).toBe(text.normalize('NFC'));
      // Typing goes on normally after the composition.
      await page.keyboard.type(' mới');
      await expect.poll(() => body.text(index)).toBe(`${word} mới`);
    });
  }

  test('composing in the middle of a sentence inserts the word there and nowhere else', async ({ app, page }) => {
    const { body } = await app.createFromTemplate('ke-hoach-so');
    const index = await body.indexOf(ANCHOR);
    const before = await body.text(index);
    await body.caretAfter(index, 'Triển khai ');
    const cdp = await page.context().newCDPSession(page);
    await composeWords(page, cdp, COMPOSED['Nghị quyết']);
    await page.keyboard.type(' ');
    await expect.poll(() => body.text(index)).toBe(before.replace('Triển khai ', 'Triển khai Nghị quyết '));
  });
});

test.describe('Unikey backspace-and-retype', () => {
  for (const word of WORDS) {
    test(`Unikey Telex for "${word}" gives exactly "${word}"`, async ({ app, page }) => {
      const { body } = await app.createFromTemplate('ke-hoach-so');
      const index = (await body.indexOf('Kinh phí thực hiện Kế hoạch')) + 1;
      await body.newParagraphAfter(index - 1);
      await unikeyType(page, UNIKEY[word]);
      await expect.poll(() => body.text(index)).toBe(word);
    });
  }

  test('Unikey rewrites in the middle of a sentence touch only the word being typed', async ({ app, page }) => {
    const { body } = await app.createFromTemplate('ke-hoach-so');
    const index = await body.indexOf(ANCHOR);
    const before = await body.text(index);
    await body.caretAfter(index, 'Triển khai ');
    await unikeyType(page, [...UNIKEY['đường'], ' ', ...UNIKEY['Việt Nam'], ' ']);
    await expect.poll(() => body.text(index)).toBe(before.replace('Triển khai ', 'Triển khai đường Việt Nam '));
  });
});

test('typed Vietnamese reaches the saved file exactly and in NFC', async ({ app, page, server }) => {
  const { body } = await app.createFromTemplate('ke-hoach-so');
  const index = (await body.indexOf('Kinh phí thực hiện Kế hoạch')) + 1;
  await body.newParagraphAfter(index - 1);
  const cdp = await page.context().newCDPSession(page);
  await composeWords(page, cdp, COMPOSED['Việt Nam']);
  await page.keyboard.type(' ');
  await unikeyType(page, UNIKEY['đường']);
  await expect.poll(() => body.text(index)).toBe('Việt Nam đường');
  await app.saveAs('tieng-viet.vanban');
  const texts = bodyTexts(readSavedDocument(server.documentsDir, 'tieng-viet.vanban').body);
  expect(texts).toContain('Việt Nam đường');
  for (const text of texts) expect(text).toBe(text.normalize('NFC'));
});
