// Zoom and the page view on office screens (1366 × 768) and wide ones (1920 × 1080), in
// Vietnamese and English: Ctrl+= / Ctrl+- / Ctrl+0, Ctrl + wheel, the status bar's control with
// fit width and fit page, remembered across a restart; the page and the landscape appendix fit
// beside the open panels; the kind selector's texts are not clipped; the breaks are the same at
// every zoom.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckPanel } from './pages/check-panel';
import { ReviewPage } from './pages/review';

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

/** The zoom the status bar shows, as a number. */
async function shown(page: Page): Promise<number> {
  return Number(await page.getByTestId('zoom-value').getAttribute('data-percent'));
}

/** Horizontally inside the desk's visible area (1 px of rounding allowed). */
async function expectWithinDesk(page: Page, target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const desk = await box(page.getByTestId('desk'));
  const sheet = await box(target);
  expect(sheet.x, `${what}: left edge`).toBeGreaterThanOrEqual(desk.x - 1);
  expect(sheet.x + sheet.width, `${what}: right edge`).toBeLessThanOrEqual(desk.x + desk.width + 1);
}

for (const screen of SCREENS) {
  for (const language of ['vi', 'en'] as const) {
    test(`${screen.width}×${screen.height} ${language}: zoom keys, wheel, status bar control, fit width and fit page, remembered`, async ({ app, page, server }) => {
      await page.setViewportSize(screen);
      await app.setLanguage(language);
      const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
      await editor.waitLaidOut();
      const pages = await editor.statusPages.getAttribute('data-count');
      const start = await shown(page);
      // 100 % when the page fits beside the properties panel.
      expect(start).toBe(100);
      await expect(page.getByTestId('zoom-value')).toHaveText('100 %');
      const sheetWidth = (await box(editor.firstSheet)).width;

      await editor.body.blocks.first().click();
      await page.keyboard.press('Control+Equal');
      await expect(page.getByTestId('zoom-value')).toHaveText('110 %');
      expect((await box(editor.firstSheet)).width).toBeCloseTo(sheetWidth * 1.1, 0);
      await page.keyboard.press('Control+Minus');
      await page.keyboard.press('Control+Minus');
      await expect(page.getByTestId('zoom-value')).toHaveText('90 %');
      await page.keyboard.press('Control+0');
      await expect(page.getByTestId('zoom-value')).toHaveText('100 %');
      // The browser's own zoom stayed out of it: the toolbar is as large as before.
      expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1);

      // Ctrl + wheel over the desk.
      const desk = await box(page.getByTestId('desk'));
      await page.mouse.move(desk.x + desk.width / 2, desk.y + 200);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await expect(page.getByTestId('zoom-value')).toHaveText('110 %');

      // The status bar's − / + and its menu.
      await page.getByTestId('zoom-out').click();
      await expect(page.getByTestId('zoom-value')).toHaveText('100 %');
      await page.getByTestId('zoom-value').click();
      await expect(page.getByTestId('zoom-menu')).toContainText(language === 'vi' ? 'Vừa chiều rộng' : 'Fit width');
      await page.getByTestId('zoom-fit-width').click();
      const fittedWidth = await box(editor.firstSheet);
      const deskNow = await box(page.getByTestId('desk'));
      // The sheet with the desk's margins fills the width (within the rounding to a whole percent).
      expect(fittedWidth.width).toBeGreaterThan(deskNow.width * 0.85);
      expect(fittedWidth.x + fittedWidth.width).toBeLessThanOrEqual(deskNow.x + deskNow.width);
      await page.getByTestId('zoom-value').click();
      await page.getByTestId('zoom-fit-page').click();
      const whole = await box(editor.firstSheet);
      expect(whole.height).toBeLessThanOrEqual(deskNow.height);
      expect(whole.height).toBeGreaterThan(deskNow.height * 0.85);
      // The page breaks do not move with the zoom.
      await expect(editor.statusPages).toHaveAttribute('data-count', pages!);
      await expect(editor.sheets).toHaveCount(Number(pages));

      await page.getByTestId('zoom-value').click();
      await page.getByTestId('zoom-150').click();
      await expect(page.getByTestId('zoom-value')).toHaveText('150 %');
      await page.waitForTimeout(1200);
      await expect(editor.statusPages).toHaveAttribute('data-count', pages!);
      // Remembered in settings (validated there), and used again after a restart.
      await expect.poll(() => JSON.parse(readFileSync(join(server.userDataDir, 'settings.json'), 'utf8')).zoom).toEqual({ mode: 'percent', percent: 150 });
      await app.reload();
      await app.createFromTemplate('ke-hoach-ubnd-tinh');
      await expect(page.getByTestId('zoom-value')).toHaveText('150 %');
    });

    test(`${screen.width}×${screen.height} ${language}: the page and the landscape appendix fit beside the check and versions panels`, async ({ app, page }) => {
      await page.setViewportSize(screen);
      await app.setLanguage(language);
      const editor = await app.createFromTemplate('ke-hoach-phu-luc');
      await editor.waitLaidOut();
      const pages = await editor.statusPages.getAttribute('data-count');
      await new CheckPanel(page).open();
      await new ReviewPage(page).openVersions();
      await page.waitForTimeout(400);
      await expectWithinDesk(page, editor.firstSheet, 'first sheet');
      await expectWithinDesk(page, editor.appendixSheets.first(), 'landscape appendix');
      // The page keeps more of the window than the panels do.
      const desk = await box(page.getByTestId('desk'));
      expect(desk.width, 'desk width').toBeGreaterThan(screen.width * 0.45);
      await expect(editor.statusPages).toHaveAttribute('data-count', pages!);
      // The desk scrolls over the whole appendix at 150 %: its left edge can be reached.
      await page.getByTestId('zoom-value').click();
      await page.getByTestId('zoom-150').click();
      await editor.appendixSheets.first().scrollIntoViewIfNeeded();
      await page.getByTestId('desk').evaluate((element) => (element.scrollLeft = 0));
      const appendix = await box(editor.appendixSheets.first());
      expect(appendix.x).toBeGreaterThanOrEqual(desk.x);
    });

    test(`${screen.width}×${screen.height} ${language}: every kind in the kind selector is shown whole`, async ({ app, page }) => {
      await page.setViewportSize(screen);
      await app.setLanguage(language);
      const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
      const select = editor.kindSelect;
      const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      for (const value of values) {
        const fits = await select.evaluate((element, chosen) => {
          const el = element as HTMLSelectElement;
          const option = Array.from(el.options).find((candidate) => candidate.value === chosen)!;
          const style = getComputedStyle(el);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = context.measureText(option.text).width;
          // Room for the text: the box less its padding and the drop-down arrow (about 20 px).
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          return { text: Math.ceil(text), room, label: option.text };
        }, value);
        expect(fits.text, `"${fits.label}" in ${fits.room} px`).toBeLessThanOrEqual(fits.room);
      }
    });
  }
}

/** Templates write this year; the baseline is drawn with 2026 (as screenshots.spec.ts). */
async function fixTemplateYear(page: Page): Promise<void> {
  const year = String(new Date().getFullYear());
  await page.route('**/api/call/createDocument', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: year === '2026' ? text : text.replaceAll(year, '2026') });
  });
}

test('1366×768: the page beside the check panel, zoomed to fit (baseline)', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await fixTemplateYear(page);
  const editor = await app.createFromTemplate('cong-van');
  await editor.waitLaidOut();
  await new CheckPanel(page).open();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await expect(page.getByTestId('desk')).toHaveScreenshot('desk-1366-check-panel.png');
});
