/**
 * Starts the real main process (electron/main/app-lifecycle.ts) against the fake `electron`
 * module, with its user data, documents and renderer folders in a fresh temporary folder.
 * Test files must `vi.mock('electron', () => import('./fake-electron'))` themselves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp, type RunningApp } from '../../electron/main/app-lifecycle';
import { fake, type BrowserWindow, type FakeFrame } from './fake-electron';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RENDERER_HTML = '<!doctype html><html lang="vi"><head><title>VanBan Studio</title></head><body><div id="root"></div></body></html>';

export interface TestApp {
  running: RunningApp;
  window: BrowserWindow;
  dirs: { root: string; userData: string; documents: string; renderer: string };
  /** A host call over IPC from the window's own top frame (or from `frame`). */
  call(method: string, args?: unknown, frame?: FakeFrame | null): Promise<any>;
  /** Events sent to the renderer on 'vanban:event': [name, payload]. */
  events(): unknown[][];
  cleanup(): void;
}

export interface TestAppOptions {
  argv?: string[];
  cwd?: string;
  /** Runs after the temporary folders exist and before the app starts. */
  prepare?(dirs: TestApp['dirs']): void;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  fake.reset();
  const root = mkdtempSync(join(tmpdir(), 'vanban-main-'));
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    documents: join(root, 'Documents', 'VanBan'),
    renderer: join(root, 'renderer'),
  };
  mkdirSync(join(dirs.renderer, 'assets'), { recursive: true });
  mkdirSync(dirs.userData, { recursive: true });
  writeFileSync(join(dirs.renderer, 'index.html'), RENDERER_HTML);
  writeFileSync(join(dirs.renderer, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
  fake.paths = { userData: join(root, 'unused-user-data'), documents: join(root, 'Documents'), appPath: repoRoot };
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    return await launch(dirs, options, cleanup);
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function launch(dirs: TestApp['dirs'], options: TestAppOptions, cleanup: () => void): Promise<TestApp> {
  const { root } = dirs;
  options.prepare?.(dirs);
  const running = startApp({
    preloadPath: join(repoRoot, 'dist', 'electron', 'preload.cjs'),
    rendererDir: dirs.renderer,
    templatesDir: join(repoRoot, 'templates'),
    userDataDir: dirs.userData,
    documentsDir: dirs.documents,
    argv: options.argv ?? ['/opt/VanBan Studio/vanban-studio'],
    cwd: options.cwd ?? root,
  });
  if (!running) throw new Error('startApp refused to start (single instance lock)');
  await running.ready;
  const window = running.window() as unknown as BrowserWindow;
  return {
    running,
    window,
    dirs,
    call: (method, args = {}, frame = window.webContents.mainFrame) => fake.invoke('vanban:call', frame, method, args),
    events: () => window.webContents.messages('vanban:event'),
    cleanup,
  };
}

/** Lets pending promise callbacks (menu rebuilds, dialog answers) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * For a test file: a function that starts an app (see startTestApp); the app started in a test
 * is cleaned up after that test.
 */
export function appStarter(): (options?: TestAppOptions) => Promise<TestApp> {
  let current: TestApp | undefined;
  afterEach(() => {
    current?.cleanup();
    current = undefined;
  });
  return async (options) => (current = await startTestApp(options));
}
