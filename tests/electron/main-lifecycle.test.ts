import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { startApp } from '../../electron/main/app-lifecycle';
import { app, FakeEvent, fake } from './fake-electron';
import { repoRoot, type TestApp, appStarter } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

const start = appStarter();

describe('single instance', () => {
  it('a second launch quits at once without a window', () => {
    fake.reset();
    fake.singleInstanceLock = false;
    const running = startApp({ preloadPath: 'preload.cjs', rendererDir: 'renderer', templatesDir: join(repoRoot, 'templates') });
    expect(running).toBeNull();
    expect(app.quitCount).toBe(1);
    expect(fake.windows).toEqual([]);
  });

  it('a second launch with a file opens it in the running window and focuses it', async () => {
    const { window, call, events, dirs } = await start();
    await call('info', {}); // the renderer is up
    window.minimize();
    app.emit('second-instance', new FakeEvent(), ['/opt/VanBan Studio/vanban-studio', '--no-sandbox', 'Ke hoach 05.vanban'], join(dirs.root, 'Desktop'));
    expect(events()).toEqual([['openFile', { path: join(dirs.root, 'Desktop', 'Ke hoach 05.vanban') }]]);
    expect(window.isMinimized()).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('a second launch without a file it takes only focuses the window', async () => {
    const { window, call, events } = await start();
    await call('info', {});
    app.emit('second-instance', new FakeEvent(), ['/opt/VanBan Studio/vanban-studio', 'notes.odt'], '/home/user');
    expect(events()).toEqual([]);
    expect(window.focused).toBe(true);
  });

  it('a second launch with a Word file sends it to the renderer (which imports it)', async () => {
    const { call, events } = await start();
    await call('info', {});
    app.emit('second-instance', new FakeEvent(), ['/opt/VanBan Studio/vanban-studio', 'ke-hoach-2024.docx'], '/home/user');
    expect(events()).toEqual([['openFile', { path: '/home/user/ke-hoach-2024.docx' }]]);
  });
});

describe('files from outside', () => {
  it('a file on the command line reaches the renderer once it listens (its first host call)', async () => {
    const { call, events, dirs } = await start({ argv: ['/opt/VanBan Studio/vanban-studio', 'docs/cong-van.vanban'] });
    expect(events()).toEqual([]);
    await call('info', {});
    expect(events()).toEqual([['openFile', { path: join(dirs.root, 'docs', 'cong-van.vanban') }]]);
  });

  it('the macOS open-file event opens the file (and is marked handled)', async () => {
    const { call, events } = await start();
    await call('info', {});
    const event = new FakeEvent();
    app.emit('open-file', event, '/Users/an/Documents/VanBan/ke-hoach.vanban');
    expect(event.defaultPrevented).toBe(true);
    expect(events()).toEqual([['openFile', { path: '/Users/an/Documents/VanBan/ke-hoach.vanban' }]]);
  });

  it('after a reload, events wait again for the renderer', async () => {
    const { call, events, window } = await start();
    await call('info', {});
    await window.loadURL('app://vanban/index.html');
    app.emit('open-file', new FakeEvent(), '/tmp/a.vanban');
    expect(events()).toEqual([]);
    await call('getSettings', {});
    expect(events()).toEqual([['openFile', { path: '/tmp/a.vanban' }]]);
  });
});

describe('quitting', () => {
  it('quits when the last window closes (outside macOS)', async () => {
    const { window } = await start();
    window.close();
    if (process.platform === 'darwin') expect(app.quitCount).toBe(0);
    else expect(app.quitCount).toBe(1);
  });
});
