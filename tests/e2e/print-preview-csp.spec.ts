// Xem trước khi in under the desktop window's Content-Security-Policy: browser mode serves the
// same policy Electron puts on every app:// response (electron/main/content-security-policy.ts),
// and the preview lays the pages out under it with nothing refused (no frame, script, style or
// font blocked), at 1366 × 768 in Vietnamese and 1920 × 1080 in English.
import { expect, test } from './fixtures';
import { describeOnScreens } from './screens';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';

describeOnScreens('print preview under the CSP', (screen) => {
  test('the page is served with the desktop policy and the preview lays out without a violation', async ({ app, page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text())) refused.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const list = ((window as unknown as { __refused?: string[] }).__refused ??= []);
        list.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${location.href.slice(0, 30)}`);
      });
    });
    const response = await page.reload();
    await app.waitReady();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-src 'none'");
    const editor = await app.createFromTemplate('ke-hoach-phu-luc');
    await editor.waitLaidOut();
    await page.getByTestId('print-preview-button').click();
    const preview = page.getByTestId('print-preview');
    await expect(preview).toContainText(screen.language === 'vi' ? 'Xem trước khi in' : 'Print preview');
    await expect(page.getByTestId('print-preview-pages')).toHaveAttribute('data-count', /^[1-9]\d*$/u, { timeout: 30_000 });
    await expect(page.getByTestId('print-preview-pages')).toHaveText(screen.language === 'vi' ? /^Số trang: \d+$/u : /^Pages: \d+$/u);
    const frame = page.frameLocator('[data-testid="print-preview-frame"]');
    await expect(frame.locator('.pagedjs_page').first()).toBeVisible();
    // The document's text is in the pages, in the document's fonts (no font refused).
    await expect(frame.locator('.pagedjs_page').first()).toContainText(/KẾ HOẠCH/u);
    expect(await page.evaluate(() => (window as unknown as { __refused?: string[] }).__refused ?? [])).toEqual([]);
    expect(refused).toEqual([]);
  });
});
