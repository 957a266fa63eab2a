// The status bar's page count against the printed DOCX: generated plans (bench/generate-plan.ts)
// exported to DOCX and rendered by LibreOffice to PDF, pages counted with pdfinfo, measured once
// (LibreOffice 7.4, Liberation Serif as on the render tests) — the figures below. The page view
// stays within one page of them, at 100 % and zoomed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { nodeSide } from './node-bundle';

/** Plan length asked of generatePlan → pages of its DOCX in LibreOffice (pdfinfo). */
const LIBREOFFICE_PAGES: ReadonlyArray<[number, number]> = [
  [20, 20],
  [50, 47],
];
const TOLERANCE = 1;

test.setTimeout(180_000);

for (const [length, printed] of LIBREOFFICE_PAGES) {
  test(`generated ${length}-page plan: the status bar counts ${printed} ± ${TOLERANCE} pages, as LibreOffice prints its DOCX, at any zoom`, async ({ app, page, server }) => {
    const name = `ke-hoach-${length}.vanban`;
    writeFileSync(join(server.documentsDir, name), nodeSide().serializeDocument(nodeSide().generatePlan(length)));
    const editor = await app.openFromList(name);
    await editor.waitLaidOut();
    const count = Number(await editor.statusPages.getAttribute('data-count'));
    expect(Math.abs(count - printed), `page view ${count}, LibreOffice ${printed}`).toBeLessThanOrEqual(TOLERANCE);
    await page.getByTestId('zoom-value').click();
    await page.getByTestId('zoom-75').click();
    await editor.waitLaidOut();
    await expect(editor.statusPages).toHaveAttribute('data-count', String(count));
  });
}
