// Two tabs on one file: the second save over changes made in the other tab is stopped with a
// translated prompt; the clerk can compare the two or keep both by saving under another name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { VanBanApp } from './pages/app';

test('a save over a file another tab changed asks first: compare, then keep both', async ({ app, page, server }) => {
  const first = await app.createFromTemplate('cong-van');
  await first.body.caretAt(0, 'end');
  await page.keyboard.type(' Bản đầu.');
  await app.saveAs('chung.vanban');

  const other = new VanBanApp(await page.context().newPage());
  other.page.on('dialog', (dialog) => void dialog.accept());
  await other.goto(server.url);
  const second = await other.openFromList('chung.vanban');
  await second.body.caretAt(0, 'end');
  await other.page.keyboard.type(' Sửa ở thẻ thứ hai.');
  await second.toolbarButton('save').click();
  await second.waitSaved();

  await first.body.caretAt(0, 'end');
  await page.keyboard.type(' Sửa ở thẻ đầu.');
  await first.toolbarButton('save').click();
  const conflict = page.getByTestId('conflict-dialog');
  await expect(conflict).toContainText('Tệp đã bị thay đổi');
  await expect(conflict).toContainText('“chung.vanban” đã được thay đổi ở cửa sổ hoặc chương trình khác');
  // Nothing was written over the other tab's work.
  expect(readFileSync(join(server.documentsDir, 'chung.vanban'), 'utf8')).toContain('Sửa ở thẻ thứ hai.');

  await page.getByTestId('conflict-compare').click();
  const compare = page.getByTestId('compare-view');
  await expect(compare).toBeVisible();
  await page.getByTestId('compare-mode-side').click();
  await expect(compare).toContainText('Sửa ở thẻ đầu.');
  await expect(compare).toContainText('Sửa ở thẻ thứ hai.');
  await expect(compare.locator('select').first()).toContainText('Bản trên đĩa: chung.vanban,');
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  await first.toolbarButton('save').click();
  await page.getByTestId('conflict-save-as').click();
  await app.saveDialog.answer('chung-ban-cua-toi.vanban');
  await first.waitSaved();
  expect(readFileSync(join(server.documentsDir, 'chung.vanban'), 'utf8')).toContain('Sửa ở thẻ thứ hai.');
  expect(readFileSync(join(server.documentsDir, 'chung-ban-cua-toi.vanban'), 'utf8')).toContain('Sửa ở thẻ đầu.');
});
