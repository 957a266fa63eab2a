// Office screens are often 1280 or 1366 px wide: the toolbar and the review strip stay on one row
// each, in Vietnamese and in English, with a document open.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/** The distinct top edges of a bar's visible children: one value means one row. */
async function rows(bar: Locator): Promise<number[]> {
  return bar.evaluate((element) => {
    const tops = new Set<number>();
    for (const child of Array.from(element.children)) {
      const box = child.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) tops.add(Math.round(box.top + box.height / 2));
    }
    return [...tops];
  });
}

for (const width of [1280, 1366]) {
  for (const language of ['vi', 'en'] as const) {
    test(`at ${width} px in ${language}, the toolbar and the review strip each keep to one row`, async ({ app, page }) => {
      await page.setViewportSize({ width, height: 768 });
      await app.setLanguage(language);
      await app.createFromTemplate('ke-hoach-ubnd-tinh');
      const toolbar = page.getByTestId('toolbar');
      const strip = page.getByTestId('review-bar');
      await expect(strip).toBeVisible();
      const toolbarRows = await rows(toolbar);
      expect(Math.max(...toolbarRows) - Math.min(...toolbarRows), `toolbar rows ${toolbarRows}`).toBeLessThan(8);
      const stripRows = await rows(strip);
      expect(Math.max(...stripRows) - Math.min(...stripRows), `review strip rows ${stripRows}`).toBeLessThan(8);
      expect((await strip.boundingBox())!.height).toBeLessThan(48);
    });
  }
}
