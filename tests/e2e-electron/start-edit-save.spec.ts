// Start → edit → save in the real Electron app. Skipped where no Electron binary is installed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinary, launchApp, SKIP_MESSAGE, type LaunchedApp } from './electron-app';

const missing = electronBinary() === null;
if (missing) console.log(SKIP_MESSAGE);
test.skip(missing, SKIP_MESSAGE);

let launched: LaunchedApp | undefined;
test.afterEach(async () => {
  await launched?.app.close();
  launched = undefined;
});

test('the page runs without Node, sees only window.vanbanHost and cannot open windows', async () => {
  launched = await launchApp();
  const page = await launched.app.firstWindow();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  expect(page.url()).toBe('app://vanban/index.html');
  expect(await page.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  expect(await page.evaluate(() => Object.keys((window as unknown as { vanbanHost: object }).vanbanHost).sort())).toEqual(['call', 'on']);
  const popup = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(popup).toBe(true);
  expect(launched.app.windows()).toHaveLength(1);
});

test('start, create a plan from a template, edit it and save it to disk', async () => {
  launched = await launchApp();
  const { app, documentsDir } = launched;
  const page = await app.firstWindow();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await page.getByTestId('template-ke-hoach-so').click();
  await expect(page.getByTestId('page-sheet').first()).toBeVisible();

  const text = 'Tổ chức Hội thi tin học trẻ năm 2025';
  const firstBlock = page.getByTestId('block').first();
  await firstBlock.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(` ${text}`);

  // The native save dialog answers with a path in the test's documents folder.
  const target = join(documentsDir, 'ke-hoach-hoi-thi.vanban');
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, target);
  await page.getByTestId('toolbar-save').or(page.getByTestId('save-button')).first().click();

  await expect.poll(() => existsSync(target), { timeout: 15_000 }).toBe(true);
  const saved = JSON.parse(readFileSync(target, 'utf8'));
  expect(JSON.stringify(saved)).toContain(text);
  await expect(page.getByTestId('status-saved')).toBeVisible();
});
