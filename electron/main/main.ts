/** Electron main-process entry (bundled to dist/electron/main.cjs). */
import { app, dialog } from 'electron';
import { join } from 'node:path';
import { startApp } from './app-lifecycle';

// dist/electron/main.cjs → dist/electron/preload.cjs, dist/renderer/, templates/ (app root).
const running = startApp({
  preloadPath: join(__dirname, 'preload.cjs'),
  rendererDir: join(__dirname, '..', 'renderer'),
  templatesDir: join(app.getAppPath(), 'templates'),
});

running?.ready.catch((error: unknown) => {
  dialog.showErrorBox('VanBan Studio', error instanceof Error ? (error.stack ?? error.message) : String(error));
  app.exit(1);
});
