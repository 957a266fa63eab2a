import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';
import { RENDERER_HTML, type TestApp, appStarter } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

const start = appStarter();

describe('main window: security', () => {
  it('is created isolated, sandboxed, without Node, with the preload and the app page', async () => {
    const { window } = await start();
    expect(fake.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(window.options.webPreferences.preload).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(window.webContents.getURL()).toBe('app://vanban/index.html');
  });

  it('prevents navigation to another page but not a #fragment change of the same page', async () => {
    const { window } = await start();
    expect(window.webContents.navigate('https://example.com/')).toBe(true);
    expect(window.webContents.navigate('file:///etc/passwd')).toBe(true);
    expect(window.webContents.navigate('app://vanban/other.html')).toBe(true);
    expect(window.webContents.getURL()).toBe('app://vanban/index.html');
    expect(window.webContents.navigate('app://vanban/index.html#page-2')).toBe(false);
  });

  it('denies window.open', async () => {
    const { window } = await start();
    expect(window.webContents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(window.webContents.openWindow('app://vanban/index.html')).toEqual({ action: 'deny' });
  });

  it('cancels every request that is not the app’s own files', async () => {
    await start();
    const decide = (url: string) =>
      new Promise<{ cancel?: boolean }>((resolve) => fake.session.beforeRequest!({ url, method: 'GET', resourceType: 'script' }, resolve));
    expect(await decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(await decide('http://127.0.0.1:8080/api')).toEqual({ cancel: true });
    expect(await decide('ws://localhost:9000/')).toEqual({ cancel: true });
    expect(await decide('file:///home/user/secret.txt')).toEqual({ cancel: true });
    expect(await decide('app://elsewhere/index.html')).toEqual({ cancel: true });
    expect(await decide('app://vanban/assets/app.js')).toEqual({ cancel: false });
    expect(await decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });

  it('puts a strict Content-Security-Policy on responses, replacing any other', async () => {
    await start();
    const headers = await new Promise<any>((resolve) =>
      fake.session.headersReceived!({ url: 'app://vanban/index.html', responseHeaders: { 'content-security-policy': ['default-src *'] } }, resolve),
    );
    expect(Object.keys(headers.responseHeaders)).toEqual(['Content-Security-Policy']);
    const csp = headers.responseHeaders['Content-Security-Policy'][0] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('refuses every permission request', async () => {
    await start();
    const answers = await Promise.all(
      ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'].map(
        (permission) => new Promise<boolean>((resolve) => fake.session.permissionRequest!(null, permission, resolve, {})),
      ),
    );
    expect(answers).toEqual([false, false, false, false, false]);
    expect(fake.session.permissionCheck!(null, 'clipboard-sanitized-write', 'app://vanban', {})).toBe(false);
  });
});

describe('main window: the app:// protocol', () => {
  it('is registered as a privileged standard, secure scheme', async () => {
    await start();
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves the renderer folder with the CSP header', async () => {
    await start();
    const handler = fake.protocolHandlers.get('app')!;
    const page: Response = await handler(new Request('app://vanban/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toBe(RENDERER_HTML);
    const script: Response = await handler(new Request('app://vanban/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves a file outside the renderer folder', async () => {
    await start();
    const handler = fake.protocolHandlers.get('app')!;
    for (const url of ['app://vanban/../secret.txt', 'app://vanban/%2e%2e/secret.txt', 'app://vanban/..%2fsecret.txt', 'app://vanban/assets/..%2f..%2fsecret.txt']) {
      const response: Response = await handler(new Request(url));
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('outside the renderer folder');
    }
    expect((await handler(new Request('app://vanban/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://vanban/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('main window: remembered state', () => {
  it('saves bounds and maximized state on close and restores them on the next start', async () => {
    const first = await start();
    first.window.setBounds({ x: 200, y: 150, width: 1000, height: 700 });
    first.window.maximize();
    first.window.close();
    const path = join(first.dirs.userData, 'window-state.json');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ x: 200, y: 150, width: 1000, height: 700, maximized: true });

    const saved = readFileSync(path, 'utf8');
    first.cleanup();
    const second = await start({ prepare: (dirs) => writeFileSync(join(dirs.userData, 'window-state.json'), saved) });
    expect(second.window.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    second.window.emit('ready-to-show');
    expect(second.window.isMaximized()).toBe(true);
    expect(second.window.isVisible()).toBe(true);
  });

  it('drops a position that is on no display any more, and ignores a damaged file', async () => {
    const offscreen = await start({
      prepare: (dirs) => writeFileSync(join(dirs.userData, 'window-state.json'), JSON.stringify({ x: 5000, y: 4000, width: 900, height: 650, maximized: false })),
    });
    expect(offscreen.window.options.x).toBeUndefined();
    expect(offscreen.window.options).toMatchObject({ width: 900, height: 650 });
    offscreen.cleanup();

    const damaged = await start({ prepare: (dirs) => writeFileSync(join(dirs.userData, 'window-state.json'), '{"width": "wide"') });
    expect(damaged.window.options).toMatchObject({ width: 1280, height: 900 });
    expect(existsSync(join(damaged.dirs.userData, 'window-state.json'))).toBe(true);
  });
});
