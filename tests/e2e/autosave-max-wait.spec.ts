// Autosave cannot be put off by steady typing: a key every 1.5 s for 20 s, the host killed, a
// new host started: recovery brings back every key but those of the last 2 s.
import { expect, test } from './fixtures';

const KEYS = 'ABCDEFGHIJKLMN';
const EVERY_MS = 1500;
const FOR_MS = 20_000;

test('typing a key every 1.5 s for 20 s, then a crash: recovery restores all but at most the last 2 s', async ({ app, page, server }) => {
  test.setTimeout(90_000);
  const editor = await app.createFromTemplate('cong-van');
  const { body } = editor;
  await body.caretAt(0, 'end');
  await page.keyboard.type(' ');
  const typed: Array<{ key: string; at: number }> = [];
  const started = Date.now();
  for (const key of KEYS) {
    const at = started + typed.length * EVERY_MS;
    if (at - started >= FOR_MS) break;
    await page.waitForTimeout(Math.max(0, at - Date.now()));
    await page.keyboard.type(key);
    typed.push({ key, at: Date.now() });
  }
  await page.waitForTimeout(Math.max(0, started + FOR_MS - Date.now()));
  const killedAt = Date.now();
  await server.kill();

  await app.goto(await server.restart());
  await expect(app.recoveryDialog.entries).toHaveCount(1);
  await app.recoveryDialog.recoverFirst();
  await editor.waitShown();
  const text = (await body.view())[0].text;
  const recovered = text.slice(text.lastIndexOf(' ') + 1);
  const all = typed.map((entry) => entry.key).join('');
  const mustHave = typed.filter((entry) => entry.at <= killedAt - 2000).map((entry) => entry.key).join('');
  expect(typed.length).toBeGreaterThanOrEqual(13);
  // What came back is what was typed, in order, missing at most the keys of the last 2 s.
  expect(all.startsWith(recovered)).toBe(true);
  expect(recovered.startsWith(mustHave)).toBe(true);
});
