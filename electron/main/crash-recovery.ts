/**
 * When the renderer process dies (a crash, killed, out of memory), the window would stay blank
 * and the clerk would not know the work is safe: tell them, in their language, and offer to
 * reload. The reloaded renderer lists the recovery folder at start and offers the autosaved copy.
 */
import { dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';
import { translator, type Language } from './strings';

export interface CrashRecoveryOptions {
  language(): Language;
}

/** Reasons that are not a failure: the window is closing, or the process ended normally. */
const EXPECTED = new Set(['clean-exit']);

export function offerReloadOnCrash(window: BrowserWindow, options: CrashRecoveryOptions): void {
  window.webContents.on('render-process-gone', (_event: unknown, details: RenderProcessGoneDetails) => {
    if (EXPECTED.has(details.reason) || window.isDestroyed()) return;
    const t = translator(options.language());
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        title: t('crash.title'),
        message: t('crash.message', { reason: details.reason }),
        detail: t('crash.detail'),
        buttons: [t('crash.reload'), t('crash.close')],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (response === 0) window.webContents.reload();
        else window.destroy();
      });
  });
}
