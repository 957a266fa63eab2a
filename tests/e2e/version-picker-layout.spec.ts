// The version picker on an office laptop (1366 × 768, Vietnamese) and a desktop (1920 × 1080,
// English): in the Phiên bản panel every version's name and its author and time are shown whole,
// the page still fits beside the panel; in the compare view every version offered by the two
// selectors, and the one chosen, is shown whole (measured like the kind selector in
// zoom-layout.spec.ts: the text in the selector's font against the room in the box).
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReviewPage } from './pages/review';
import { describeOnScreens } from './screens';

const LABELS = {
  vi: ['Bản sửa theo góp ý của Phó Chủ tịch UBND tỉnh', 'Bản trình Văn phòng UBND tỉnh thẩm định lần cuối'],
  en: ["Revised after the Vice Chairman's comments", 'Sent to the Provincial Office for its final review'],
};

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

/** Each option's text (and the chosen one's) in the selector's font, and the room the box gives it. */
async function optionFits(select: Locator) {
  return select.evaluate((element) => {
    const el = element as HTMLSelectElement;
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // Room for the text: the box less its padding and the drop-down arrow (about 20 px).
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    const measure = (option: HTMLOptionElement) => ({ label: option.text, text: Math.ceil(context.measureText(option.text).width), room });
    return { options: Array.from(el.options).map(measure), selected: measure(el.options[el.selectedIndex]) };
  });
}

describeOnScreens('the version picker', (screen) => {
  test('names in the versions panel and both compare selectors are shown whole, the page fits beside the panel', async ({ app, page }) => {
    const editor = await app.createFromTemplate('ke-hoach-ubnd-tinh');
    await editor.waitLaidOut();
    const review = new ReviewPage(page);
    const versions = await review.openVersions();
    for (const label of LABELS[screen.language]) {
      await versions.saveVersion(label);
      await editor.body.blocks.first().click();
      await page.keyboard.type(' x');
    }
    await expect(versions.items).toHaveCount(3);

    // The panel: each name and its author · time within the panel, nothing cut at its edge.
    const panel = await box(versions.root);
    for (const text of await versions.root.locator('.version-label, .version-meta').all()) {
      const shown = await box(text);
      expect(shown.x + shown.width, `"${await text.innerText()}" right edge`).toBeLessThanOrEqual(panel.x + panel.width + 1);
      expect(await text.evaluate((element) => element.scrollWidth <= element.clientWidth + 1), `"${await text.innerText()}" overflows`).toBe(true);
    }
    // The page beside the panel: within the desk, and the desk keeps most of the window.
    const desk = await box(page.getByTestId('desk'));
    const sheet = await box(editor.firstSheet);
    expect(sheet.x).toBeGreaterThanOrEqual(desk.x - 1);
    expect(sheet.x + sheet.width).toBeLessThanOrEqual(desk.x + desk.width + 1);
    expect(desk.width).toBeGreaterThan(screen.viewport.width * 0.45);

    // The compare view: the two versions typed, then each side's every option.
    await versions.choose(LABELS[screen.language][0]);
    await versions.choose(LABELS[screen.language][1]);
    await versions.compare.click();
    await expect(review.compare.root).toBeVisible();
    for (const select of [review.compare.before, review.compare.after]) {
      const fits = await optionFits(select);
      expect(fits.options).toHaveLength(3);
      expect(fits.selected.label).toContain(LABELS[screen.language][select === review.compare.before ? 0 : 1]);
      for (const option of [fits.selected, ...fits.options]) expect(option.text, `"${option.label}" in ${option.room} px`).toBeLessThanOrEqual(option.room);
      // Inside the window.
      const shown = await box(select);
      expect(shown.x + shown.width).toBeLessThanOrEqual(screen.viewport.width);
    }
    // Choosing the current document on the right keeps it whole too.
    await review.compare.after.selectOption({ index: 2 });
    const after = await optionFits(review.compare.after);
    expect(after.selected.text).toBeLessThanOrEqual(after.selected.room);
  });
});
