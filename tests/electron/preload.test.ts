import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, ipcRenderer } from './fake-electron';
import { startTestApp, type TestApp } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

/** Runs the real preload script (it exposes its API when loaded). */
async function loadPreload(): Promise<any> {
  vi.resetModules();
  fake.mainWorld = {};
  await import('../../electron/preload/preload');
  return fake.mainWorld.vanbanHost;
}

let current: TestApp | undefined;
beforeEach(() => fake.reset());
afterEach(() => {
  current?.cleanup();
  current = undefined;
});

describe('preload', () => {
  it('exposes exactly window.vanbanHost = { call, on } and nothing else', async () => {
    const host = await loadPreload();
    expect(Object.keys(fake.mainWorld)).toEqual(['vanbanHost']);
    expect(Object.keys(host).sort()).toEqual(['call', 'on']);
    expect(typeof host.call).toBe('function');
    expect(typeof host.on).toBe('function');
  });

  it('calls go to vanban:call and come back as the main process answers', async () => {
    const host = await loadPreload();
    fake.rendererInvoke = async () => ({ ok: true, result: { language: 'vi', profile: null } });
    expect(await host.call('getSettings', {})).toEqual({ ok: true, result: { language: 'vi', profile: null } });
    expect(await host.call('listTemplates')).toMatchObject({ ok: true });
    expect(fake.rendererInvokes).toEqual([
      { channel: 'vanban:call', args: ['getSettings', {}] },
      { channel: 'vanban:call', args: ['listTemplates', {}] },
    ]);
    expect(await host.call(42, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(fake.rendererInvokes).toHaveLength(2);
  });

  it('end to end: a call through the preload reaches the real main-process handler', async () => {
    current = await startTestApp();
    const frame = current.window.webContents.mainFrame;
    const host = await loadPreload();
    fake.rendererInvoke = (channel: string, ...args: unknown[]) => fake.invoke(channel, frame, ...args);
    const answer = await host.call('listTemplates', {});
    expect(answer.ok).toBe(true);
    expect(answer.result.map((template: { id: string }) => template.id)).toContain('cong-van');
    expect(await host.call('createDocument', { templateId: 7 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('listeners get only the payload of their own event, never the IPC event object', async () => {
    const host = await loadPreload();
    const commands: unknown[][] = [];
    const files: unknown[][] = [];
    const stopCommands = host.on('command', (...args: unknown[]) => commands.push(args));
    host.on('openFile', (...args: unknown[]) => files.push(args));

    fake.deliverToRenderer('vanban:event', 'command', { command: 'save' });
    fake.deliverToRenderer('vanban:event', 'openFile', { path: '/tmp/a.vanban' });
    expect(commands).toEqual([[{ command: 'save' }]]);
    expect(files).toEqual([[{ path: '/tmp/a.vanban' }]]);

    stopCommands();
    fake.deliverToRenderer('vanban:event', 'command', { command: 'print' });
    expect(commands).toHaveLength(1);
    expect(ipcRenderer.listenerCount('vanban:event')).toBe(1);
  });

  it('refuses to listen on anything but the host events', async () => {
    const host = await loadPreload();
    expect(() => host.on('ipc-message', () => undefined)).toThrow(/Unknown host event/);
    expect(() => host.on('command', 'not a function')).toThrow(/function/);
    expect(ipcRenderer.eventNames()).toEqual([]);
  });
});
