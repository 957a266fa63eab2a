/** Finding the Electron binary and starting the built app in a throwaway profile. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

export const SKIP_MESSAGE = 'Electron binary not installed on this machine: _electron tests skipped';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The Electron executable, or null when the npm package was installed without its binary.
 * Read from the package's path.txt rather than require('electron'), which would try to download it.
 */
export function electronBinary(): string | null {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export interface LaunchedApp {
  app: ElectronApplication;
  userDataDir: string;
  documentsDir: string;
}

export async function launchApp(args: string[] = []): Promise<LaunchedApp> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error(SKIP_MESSAGE);
  const main = join(repoRoot, 'dist', 'electron', 'main.cjs');
  if (!existsSync(main) || !existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('Build the app first: npm run build (dist/electron/main.cjs and dist/renderer/index.html)');
  }
  const root = mkdtempSync(join(tmpdir(), 'vanban-e2e-electron-'));
  const userDataDir = join(root, 'user-data');
  const documentsDir = join(root, 'VanBan');
  // A user profile already set, as after the first start (otherwise the profile dialog covers the window).
  mkdirSync(userDataDir, { recursive: true });
  writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language: 'vi', profile: null, user: { name: 'Nguyễn Văn An', initials: 'NVA', role: 'drafter' } }));
  const app = await electron.launch({
    executablePath,
    args: [repoRoot, ...args],
    cwd: root,
    env: { ...process.env, VANBAN_USER_DATA_DIR: userDataDir, VANBAN_DOCUMENTS_DIR: documentsDir },
  });
  return { app, userDataDir, documentsDir };
}
