/**
 * Test fixtures: every test gets its own browser-mode server (port 0, the real host service)
 * over fresh temporary documents and user-data folders, and `app`, the page objects over a
 * page opened at the server's address (with its token).
 *
 * A per-test server rather than one per worker: recovery files, settings and recent files live
 * in the user-data folder, and one test's autosave must not show up as another test's recovery
 * dialog. Starting a server takes a few milliseconds.
 *
 * The user-data folder starts with a drafter's profile in settings.json, so the first-start
 * profile dialog stays away; a spec picks another profile, or none, with `test.use({ user })`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { ReviewActor } from '../../core/model/types';
import type { BrowserModeServer } from '../../electron/server/server';
import { CHROMIUM_PATH } from './chromium';
import { nodeSide } from './node-bundle';
import { VanBanApp } from './pages/app';
import { RENDERER_DIR, TEMPLATES_DIR } from './paths';

export interface Folders {
  documentsDir: string;
  userDataDir: string;
}

export async function startServer(folders: Folders): Promise<BrowserModeServer> {
  return nodeSide().startBrowserModeServer({ ...folders, rendererDir: RENDERER_DIR, templatesDir: TEMPLATES_DIR, port: 0, version: '0.0.0-e2e' });
}

/** The running server of a test; `kill()` stops it as a crash would, `restart()` starts a new one on the same folders. */
export class ServerControl {
  private current: BrowserModeServer | null;

  constructor(
    readonly folders: Folders,
    server: BrowserModeServer,
  ) {
    this.current = server;
  }

  get url(): string {
    if (!this.current) throw new Error('The server is not running');
    return this.current.url;
  }

  get documentsDir(): string {
    return this.folders.documentsDir;
  }

  get userDataDir(): string {
    return this.folders.userDataDir;
  }

  async kill(): Promise<void> {
    const server = this.current;
    this.current = null;
    await server?.close();
  }

  /** A new server (new port, new token) on the same documents and user-data folders. */
  async restart(): Promise<string> {
    await this.kill();
    this.current = await startServer(this.folders);
    return this.current.url;
  }
}

/** The profile specs start with unless they choose another (`test.use({ user })`). */
export const DRAFTER: ReviewActor = { name: 'Nguyễn Văn An', initials: 'NVA', role: 'drafter' };
export const REVIEWER: ReviewActor = { name: 'Trần Thị Bình', initials: 'TTB', role: 'reviewer' };
export const CLERK: ReviewActor = { name: 'Lê Văn Cường', initials: 'LVC', role: 'clerk' };

/** Writes settings.json of a user-data folder with this profile (Vietnamese UI, no agency profile). */
export function seedUser(userDataDir: string, user: ReviewActor | null, language: 'vi' | 'en' = 'vi'): void {
  writeFileSync(join(userDataDir, 'settings.json'), JSON.stringify({ language, profile: null, user }, null, 2));
}

interface Options {
  /** Who uses the app at start (settings.json); null: no profile, the first-start dialog shows. */
  user: ReviewActor | null;
  /** The UI language at start (settings.json). */
  language: 'vi' | 'en';
}

interface Fixtures {
  chromiumPresent: void;
  folders: Folders;
  server: ServerControl;
  app: VanBanApp;
}

export const test = base.extend<Fixtures & Options>({
  user: [DRAFTER, { option: true }],
  language: ['vi', { option: true }],

  chromiumPresent: [
    async ({}, use) => {
      test.skip(!existsSync(CHROMIUM_PATH), `Chromium not found at ${CHROMIUM_PATH} (apt install chromium): end-to-end tests skipped`);
      await use();
    },
    { auto: true },
  ],

  folders: async ({ user, language }, use) => {
    const root = mkdtempSync(join(tmpdir(), 'vanban-e2e-'));
    const folders = { documentsDir: join(root, 'VanBan'), userDataDir: join(root, 'user-data') };
    mkdirSync(folders.documentsDir, { recursive: true });
    mkdirSync(folders.userDataDir, { recursive: true });
    if (user) seedUser(folders.userDataDir, user, language);
    await use(folders);
    rmSync(root, { recursive: true, force: true });
  },

  server: async ({ folders }, use) => {
    const control = new ServerControl(folders, await startServer(folders));
    await use(control);
    await control.kill();
  },

  app: async ({ page, server }, use) => {
    // The app asks before leaving a page with unsaved changes; reloads in tests leave anyway.
    page.on('dialog', (dialog) => void dialog.accept());
    const app = new VanBanApp(page);
    await app.goto(server.url);
    await use(app);
  },
});

export { expect };
