// Autosave and a server killed mid-session: what autosave wrote to the recovery folder is
// offered on the next start and comes back whole.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const AUTOSAVED = 'Nội dung đã tự động lưu trước khi mất kết nối.';
const LATE = 'Gõ sau khi máy chủ dừng';

test('after the server is killed, the next start offers the autosaved work and recovering restores it', async ({ app, page, server }) => {
  const editor = await app.createFromTemplate('ke-hoach-so');
  await editor.typeDigits(editor.number, '12');
  const { body } = editor;
  await body.newParagraphAfter(await body.indexOf('Kinh phí thực hiện Kế hoạch'));
  await page.keyboard.type(AUTOSAVED);

  // Autosave runs a few seconds after the last change.
  await expect(editor.statusSaved).toHaveText('Đã tự động lưu', { timeout: 20_000 });
  await expect(editor.statusSaved).toHaveAttribute('data-state', 'autosaved');
  const recoveryDir = join(server.userDataDir, 'recovery');
  expect(readdirSync(recoveryDir).filter((name) => name.endsWith('.json'))).toHaveLength(1);

  await server.kill();
  // Work typed after the crash cannot be saved: the clerk is told, in Vietnamese.
  await page.keyboard.type(` ${LATE}`);
  await expect(app.errorToast).toContainText('Mất kết nối với VanBan Studio', { timeout: 20_000 });

  const url = await server.restart();
  await app.goto(url);
  await expect(app.recoveryDialog.root).toBeVisible();
  await expect(app.recoveryDialog.entries).toHaveCount(1);
  await expect(app.recoveryDialog.entries.first()).toContainText('Chưa lưu thành tệp');
  await app.recoveryDialog.recoverFirst();

  await editor.waitShown();
  await expect.poll(async () => (await body.view()).map((block) => block.text)).toContain(AUTOSAVED);
  await expect(editor.numberLine).toHaveText('Số: 12/KH-SGDĐT');
  expect((await body.view()).some((block) => block.text.includes(LATE))).toBe(false);
  // The recovered work is unsaved (autosaved) until the clerk saves it to a file.
  await expect(editor.statusSaved).toHaveAttribute('data-state', 'autosaved');
  await app.saveAs('khoi-phuc.vanban');
  await expect.poll(() => readdirSync(recoveryDir).filter((name) => name.endsWith('.json'))).toHaveLength(0);
});

test('discarding a recovery entry removes it for good', async ({ app, page, server }) => {
  const { body, statusSaved } = await app.createFromTemplate('cong-van');
  await body.caretAt(0, 'end');
  await page.keyboard.type(' Bổ sung.');
  await expect(statusSaved).toHaveAttribute('data-state', 'autosaved', { timeout: 20_000 });
  await server.kill();

  await app.goto(await server.restart());
  await app.recoveryDialog.entries.first().getByTestId('recovery-discard').click();
  await expect(app.recoveryDialog.root).toHaveCount(0);
  await expect(app.start.root).toBeVisible();
  await expect.poll(() => readdirSync(join(server.userDataDir, 'recovery')).filter((name) => name.endsWith('.json'))).toHaveLength(0);
  await app.reload();
  await expect(app.start.root).toBeVisible();
  await expect(app.recoveryDialog.root).toHaveCount(0);
});
