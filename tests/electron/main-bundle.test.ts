// The built main process (dist/electron/main.cjs, as packaged) boots against the fake electron:
// its window loads the app page with the built preload, and host calls find the templates.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fakeElectron from './fake-electron';

// No vi.mock here: nothing in this file may import the real electron package (it would try to download).
const { fake } = fakeElectron;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const main = join(repoRoot, 'dist', 'electron', 'main.cjs');
let root: string;
const saved = { ...process.env };

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, VANBAN_SKIP_RENDERER: '1' },
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  root = mkdtempSync(join(tmpdir(), 'vanban-bundle-'));
});

afterAll(() => {
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('starts: secured window on app://vanban/, built preload, templates found from the bundle’s place', async () => {
    fake.reset();
    fake.paths = { documents: join(root, 'Documents'), appPath: repoRoot };
    process.env.VANBAN_USER_DATA_DIR = join(root, 'user-data');
    process.env.VANBAN_DOCUMENTS_DIR = join(root, 'VanBan');
    delete process.env.VANBAN_TEMPLATES_DIR;

    // Hand the bundle the fake wherever it requires 'electron'.
    const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
    const load = loader._load;
    loader._load = (request, parent, isMain) => (request === 'electron' ? fakeElectron : load(request, parent, isMain));
    try {
      delete createRequire(main).cache[main];
      createRequire(main)(main);
    } finally {
      loader._load = load;
    }

    await expect.poll(() => fake.windows.length).toBe(1);
    const [window] = fake.windows;
    expect(window.webContents.getURL()).toBe('app://vanban/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(existsSync(window.options.webPreferences.preload)).toBe(true);
    expect(window.options.webPreferences.preload).toBe(join(repoRoot, 'dist', 'electron', 'preload.cjs'));
    expect(fake.paths.userData).toBe(join(root, 'user-data'));

    const templates = await fake.invoke('vanban:call', window.webContents.mainFrame, 'listTemplates', {});
    expect(templates.ok).toBe(true);
    expect(templates.result.map((template: { id: string }) => template.id)).toContain('ke-hoach-so');
    const info = await fake.invoke('vanban:call', window.webContents.mainFrame, 'info', {});
    expect(info.result).toMatchObject({ mode: 'electron', documentsDir: join(root, 'VanBan') });
    expect(fake.menuItem('Tệp', 'Lưu').accelerator).toBe('CmdOrCtrl+S');
    expect(fake.errorBoxes).toEqual([]);
  });
});
