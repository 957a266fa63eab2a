// The page view of each template as it prints, compared with baselines reviewed by eye once
// (tests/e2e/__screenshots__). Update deliberately: npx playwright test screenshots --update-snapshots
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { todayInVietnam } from './clock';

// Wide enough for a landscape appendix sheet beside the side panel.
test.use({ viewport: { width: 1760, height: 1400 } });

const TEMPLATES = ['ke-hoach-ubnd-tinh', 'ke-hoach-so', 'ke-hoach-phu-luc', 'ke-hoach-dang', 'cong-van'];
/** Templates write this year into the summary and body; the baselines are drawn with 2026. */
const BASELINE_YEAR = '2026';

/** New documents get the server's current year: answer with the baselines' year instead. */
async function fixTemplateYear(page: Page): Promise<void> {
  const year = String(todayInVietnam().year);
  await page.route('**/api/call/createDocument', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: year === BASELINE_YEAR ? text : text.replaceAll(year, BASELINE_YEAR) });
  });
}

for (const id of TEMPLATES) {
  test(`page view of template ${id} matches its baseline`, async ({ app, page }) => {
    await fixTemplateYear(page);
    const editor = await app.createFromTemplate(id);
    // Nothing focused or hovered: no caret, focus ring or hover highlight.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    const sheets = await editor.waitLaidOut();
    await expect(editor.firstSheet).toHaveScreenshot(`${id}-page-1.png`);
    if (sheets > 1) await expect(editor.sheets.last()).toHaveScreenshot(`${id}-page-last.png`);
    if (id === 'ke-hoach-phu-luc') await expect(editor.appendixSheets.first()).toHaveScreenshot(`${id}-appendix.png`);
  });
}
