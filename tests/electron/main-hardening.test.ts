// The main process's hardening beyond the main window: every web contents refuses webviews and
// new windows, no frame navigates away, a dead renderer is offered a reload (whose start offers
// the recovery copy), and files opened from outside join the file scope while others stay out.
import { describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

vi.mock('electron', () => import('./fake-electron'));

const { fake, FakeWebContents } = await import('./fake-electron');
const { appStarter, settle } = await import('./main-harness');
const { serializeDocument } = await import('../../core/file/document-file');
const { makePlan } = await import('../fixtures/documents');

const start = appStarter();

describe('web contents', () => {
  it('any web contents created (not only the window) refuses webviews and new windows', async () => {
    await start();
    const other = new FakeWebContents();
    await settle();
    expect(other.attachWebview()).toBe(true);
    expect(other.openWindow('https://example.com')).toEqual({ action: 'deny' });
  });

  it('no frame of the window navigates away from the app', async () => {
    const { window } = await start();
    expect(window.webContents.navigateFrame('https://example.com/')).toBe(true);
    expect(window.webContents.navigateFrame('https://example.com/', false)).toBe(true);
    expect(window.webContents.navigateFrame(`${window.webContents.getURL()}#trang-2`)).toBe(false);
  });
});

describe('renderer crash', () => {
  it('tells the clerk in Vietnamese and reloads when asked', async () => {
    const { window } = await start();
    fake.messageBoxAnswers.push(0);
    window.webContents.crash('oom');
    await settle();
    const [box] = fake.messageBoxes;
    expect(box.title).toBe('Trình soạn thảo đã dừng');
    expect(box.message).toContain('oom');
    expect(box.detail).toContain('khôi phục bản tự động lưu');
    expect(box.buttons[0]).toBe('Tải lại và khôi phục');
    expect(window.webContents.reloads).toBe(1);
  });

  it('a clean exit (the window closing) asks nothing', async () => {
    const { window } = await start();
    window.webContents.crash('clean-exit');
    await settle();
    expect(fake.messageBoxes).toEqual([]);
  });
});

describe('file scope', () => {
  it('a file given on the command line can be opened and saved; a sibling the user never chose cannot', async () => {
    let chosen = '';
    let sibling = '';
    const { call } = await start({
      prepare: (dirs) => {
        chosen = join(dirs.root, 'ke-hoach.vanban');
        sibling = join(dirs.root, 'khac.vanban');
        writeFileSync(chosen, serializeDocument(makePlan()));
        writeFileSync(sibling, serializeDocument(makePlan()));
      },
      argv: ['/opt/VanBan Studio/vanban-studio', 'ke-hoach.vanban'],
    });
    const opened = await call('openDocument', { path: chosen });
    expect(opened.ok).toBe(true);
    expect((await call('saveDocument', { path: chosen, document: opened.result.document, stamp: opened.result.stamp })).ok).toBe(true);
    expect(await call('openDocument', { path: sibling })).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
    expect(await call('saveDocument', { path: sibling, document: opened.result.document })).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
  });
});
