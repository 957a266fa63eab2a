import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';
import { settle, type TestApp, appStarter } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

const SAVE = 0;
const DONT_SAVE = 1;
const CANCEL = 2;

const start = appStarter();

async function startDirty(): Promise<TestApp> {
  const app = await start();
  await app.call('setDirty', { dirty: true, title: 'Kế hoạch tổ chức Hội thi' });
  return app;
}

describe('closing with unsaved changes', () => {
  it('closes at once when nothing is unsaved', async () => {
    const { window } = await start();
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(fake.messageBoxes).toEqual([]);
  });

  it('asks Lưu / Không lưu / Hủy, and Hủy keeps the window open', async () => {
    const { window } = await startDirty();
    fake.messageBoxAnswers.push(CANCEL);
    window.close();
    await settle();
    expect(window.isDestroyed()).toBe(false);
    expect(fake.messageBoxes).toHaveLength(1);
    const [prompt] = fake.messageBoxes;
    expect(prompt.buttons).toEqual(['Lưu', 'Không lưu', 'Hủy']);
    expect(prompt.message).toBe('Lưu các thay đổi của "Kế hoạch tổ chức Hội thi" trước khi đóng?');
    expect(prompt.cancelId).toBe(CANCEL);
    expect(prompt.defaultId).toBe(SAVE);
  });

  it('Không lưu closes the window and drops its autosaved copy', async () => {
    const { window, call, dirs } = await startDirty();
    const document = (await call('createDocument', { templateId: 'cong-van', useProfile: false })).result;
    await call('autosave', { sessionId: 'session-1', originalPath: null, document });
    expect((await call('listRecovery', {})).result).toHaveLength(1);

    fake.messageBoxAnswers.push(DONT_SAVE);
    window.close();
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    expect(existsSync(join(dirs.userData, 'recovery', 'session-1.json'))).toBe(false);
  });

  it('Lưu asks the renderer to save and closes once it reports the document saved', async () => {
    const { window, call, events } = await startDirty();
    await call('info', {});
    fake.messageBoxAnswers.push(SAVE);
    window.close();
    await settle();
    expect(events()).toEqual([['command', { command: 'save' }]]);
    expect(window.isDestroyed()).toBe(false);

    await call('setDirty', { dirty: false, title: 'Kế hoạch tổ chức Hội thi' });
    expect(window.isDestroyed()).toBe(true);
  });

  it('Lưu then a cancelled save dialog keeps the window open, and a later save does not close it', async () => {
    const { window, call } = await startDirty();
    fake.messageBoxAnswers.push(SAVE);
    window.close();
    await settle();
    fake.fileDialogAnswers.push(null);
    expect(await call('choosePath', { purpose: 'save' })).toEqual({ ok: true, result: null });
    await call('setDirty', { dirty: false, title: 'Kế hoạch tổ chức Hội thi' });
    expect(window.isDestroyed()).toBe(false);
  });

  it('Lưu then a failed save keeps the window open', async () => {
    const { window, call, dirs } = await startDirty();
    fake.messageBoxAnswers.push(SAVE);
    window.close();
    await settle();
    const document = (await call('createDocument', { templateId: 'cong-van', useProfile: false })).result;
    const failed = await call('saveDocument', { path: join(dirs.root, 'no-such-folder', 'x.vanban'), document });
    expect(failed.ok).toBe(false);
    await call('setDirty', { dirty: false, title: '' });
    expect(window.isDestroyed()).toBe(false);
  });

  it('shows an unsaved mark in the window title', async () => {
    const { window, call } = await startDirty();
    expect(window.getTitle()).toBe('• Kế hoạch tổ chức Hội thi — VanBan Studio');
    await call('setDirty', { dirty: false, title: 'Kế hoạch tổ chức Hội thi' });
    expect(window.getTitle()).toBe('Kế hoạch tổ chức Hội thi — VanBan Studio');
  });

  it('asks in English when the UI is in English', async () => {
    const { window, call } = await startDirty();
    await call('updateSettings', { language: 'en' });
    window.close();
    await settle();
    expect(fake.messageBoxes[0].buttons).toEqual(['Save', "Don't save", 'Cancel']);
    expect(window.isDestroyed()).toBe(false);
  });
});
