/** Electron main-process entry (bundled to dist/electron/main.cjs). */
import { app, dialog } from 'electron';
import { join, resolve } from 'node:path';
import { startApp } from './app-lifecycle';

// Test runs and portable setups may move the user data and documents folders.
const userDataDir = process.env.VANBAN_USER_DATA_DIR ? resolve(process.env.VANBAN_USER_DATA_DIR) : undefined;
if (userDataDir) app.setPath('userData', userDataDir);

// dist/electron/main.cjs → dist/electron/preload.cjs and dist/renderer/. The templates folder is
// found by the host service walking up from here (works from the repository, with
// `electron dist/electron/main.cjs`, and inside app.asar).
const running = startApp({
  preloadPath: join(__dirname, 'preload.cjs'),
  rendererDir: join(__dirname, '..', 'renderer'),
  userDataDir,
  documentsDir: process.env.VANBAN_DOCUMENTS_DIR ? resolve(process.env.VANBAN_DOCUMENTS_DIR) : undefined,
});

running?.ready.catch((error: unknown) => {
  dialog.showErrorBox('VanBan Studio', error instanceof Error ? (error.stack ?? error.message) : String(error));
  app.exit(1);
});
