/** Putting content on the clipboard and pasting it into the focused editor. */
import type { Page } from '@playwright/test';

export interface ClipboardContent {
  html?: string;
  text: string;
}

/**
 * A real paste: the content goes on the system clipboard, then Ctrl+V — Chromium fires the
 * trusted paste / beforeinput("insertFromPaste") a clerk's paste fires.
 */
export async function pasteFromClipboard(page: Page, content: ClipboardContent): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate(async ({ html, text }) => {
    const items: Record<string, Blob> = { 'text/plain': new Blob([text], { type: 'text/plain' }) };
    if (html !== undefined) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, content);
  await page.keyboard.press('ControlOrMeta+V');
}

/** A paste event carrying a DataTransfer, dispatched at the focused element. */
export async function dispatchPaste(page: Page, content: ClipboardContent): Promise<void> {
  await page.evaluate(({ html, text }) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html !== undefined) data.setData('text/html', html);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, content);
}
