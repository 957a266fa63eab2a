/**
 * The application's life: one instance (a second launch hands its file to the running window),
 * files from the command line and the macOS open-file event, the secured session, the host
 * service behind IPC, menus, the close guard, and quitting when the window is gone.
 */
import { app, dialog, ipcMain, safeStorage, session, type BrowserWindow, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import type { HostMethod, HostResult } from '../../core/host/contract';
import { createHostFileScope } from '../node/file-scope';
import { createHostService, type HostService } from '../node/host-service';
import { keychainTokenVault } from './keychain-token-vault';
import { AppMenu } from './app-menu';
import { documentFromArgv } from './argv';
import { CloseGuard } from './close-guard';
import { createDialogs } from './dialogs';
import { HostEventSender } from './events';
import { registerHostIpc, type HostCallAnswer } from './ipc';
import type { MenuCommand } from './menu';
import { createPdfExporter } from './pdf';
import { handleAppProtocol, isRendererUrl, registerAppScheme } from './renderer-protocol';
import { offerReloadOnCrash } from './crash-recovery';
import { CONTENT_SECURITY_POLICY, secureAllWebContents, secureSession } from './security';
import { translator, type Language } from './strings';
import { createMainWindow } from './window';

export const APP_TITLE = 'VanBan Studio';

export interface StartOptions {
  /** dist/electron/preload.cjs */
  preloadPath: string;
  /** dist/renderer */
  rendererDir: string;
  templatesDir?: string;
  /** Defaults: Electron's userData folder; a "VanBan" folder in the user's documents. */
  userDataDir?: string;
  documentsDir?: string;
  argv?: readonly string[];
  cwd?: string;
}

export interface RunningApp {
  /** Resolves once the window exists and the host answers calls. */
  ready: Promise<void>;
  window(): BrowserWindow | null;
  service(): HostService | null;
  closeGuard(): CloseGuard | null;
}

/** Returns null when another instance already runs (this one then quits). */
export function startApp(options: StartOptions): RunningApp | null {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  registerAppScheme();
  secureAllWebContents(app);

  let window: BrowserWindow | null = null;
  let service: HostService | null = null;
  let guard: CloseGuard | null = null;
  let menu: AppMenu | null = null;
  let language: Language = 'vi';
  const autosaved = new Set<string>();
  const events = new HostEventSender(() => window?.webContents ?? null);
  // Files opened from outside the renderer (command line, Finder, a second launch, the Recent
  // menu) are chosen by the user: they join the file scope once the host exists.
  const openedFromOutside: string[] = [];
  let allowFile = (path: string): void => {
    openedFromOutside.push(path);
  };

  const focus = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  const openFile = (path: string) => {
    allowFile(path);
    events.send('openFile', { path });
    focus();
  };
  const command = (name: MenuCommand) => events.send('command', { command: name });

  const initial = documentFromArgv(options.argv ?? process.argv, options.cwd ?? process.cwd());
  if (initial) openFile(initial);

  // macOS: a document opened from Finder, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = documentFromArgv(argv, workingDirectory);
    if (path) openFile(path);
    else focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const isTrustedFrame = (frame: WebFrameMain | null): boolean =>
    frame !== null && window !== null && !window.isDestroyed() && frame === window.webContents.mainFrame && isRendererUrl(frame.url);

  const afterCall = (method: HostMethod, args: unknown, answer: HostCallAnswer) => {
    events.markReady();
    const input = (args ?? {}) as Record<string, unknown>;
    if (!answer.ok) {
      if (method === 'saveDocument') guard?.cancelPendingClose();
      return;
    }
    if (method === 'choosePath' && input.purpose === 'save' && answer.result === null) guard?.cancelPendingClose();
    if (method === 'autosave' && typeof input.sessionId === 'string') autosaved.add(input.sessionId);
    if (method === 'discardRecovery' && typeof input.id === 'string') autosaved.delete(input.id);
    if (method === 'updateSettings') {
      language = (answer.result as HostResult<'updateSettings'>).language;
      void menu?.refresh({ language });
    }
    if (method === 'openDocument' || method === 'saveDocument' || method === 'issueDocument') void menu?.refresh();
  };

  const setLanguage = async (next: Language) => {
    // Remembered when possible; a settings file that cannot be written does not block the switch.
    await service?.updateSettings({ language: next }).catch(() => undefined);
    language = next;
    command(next === 'vi' ? 'language-vi' : 'language-en');
    await menu?.refresh({ language });
  };

  const about = () => {
    const t = translator(language);
    const box = { type: 'info' as const, title: t('about.title'), message: t('about.message', { version: app.getVersion() }), detail: t('about.detail') };
    void (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
  };

  const createWindow = () => {
    const created = createMainWindow({ preloadPath: options.preloadPath, userDataDir: userDataDir(), title: APP_TITLE });
    window = created;
    created.webContents.on('did-navigate', () => events.reset());
    offerReloadOnCrash(created, { language: () => language });
    guard = new CloseGuard(created, {
      language: () => language,
      requestSave: () => command('save'),
      discardUnsaved: async () => {
        for (const id of autosaved) await service?.discardRecovery({ id }).catch(() => undefined);
        autosaved.clear();
      },
    });
    created.on('closed', () => {
      if (window === created) {
        window = null;
        guard = null;
      }
    });
    return created;
  };

  const userDataDir = () => options.userDataDir ?? app.getPath('userData');

  const ready = app.whenReady().then(async () => {
    const documentsDir = options.documentsDir ?? join(app.getPath('documents'), 'VanBan');
    const fileScope = createHostFileScope(documentsDir, userDataDir());
    allowFile = (path) => fileScope.allow(path);
    for (const path of openedFromOutside) fileScope.allow(path);
    service = createHostService({
      fileScope,
      mode: 'electron',
      documentsDir,
      userDataDir: userDataDir(),
      templatesDir: options.templatesDir,
      version: app.getVersion(),
      officeTokens: keychainTokenVault(safeStorage, userDataDir()),
      dialogs: createDialogs({ window: () => window, language: () => language, documentsDir }),
      exportPdf: createPdfExporter(() => window?.webContents ?? null),
      onDirty: (dirty, title) => {
        guard?.setDirty(dirty, title);
        if (window && !window.isDestroyed()) {
          window.setTitle(title.trim() ? `${dirty ? '• ' : ''}${title.trim()} — ${APP_TITLE}` : APP_TITLE);
          if (process.platform === 'darwin') window.setDocumentEdited(dirty);
        }
      },
    });
    language = (await service.getSettings({}).catch(() => ({ language: 'vi' as Language }))).language;

    secureSession(session.defaultSession);
    handleAppProtocol(options.rendererDir, CONTENT_SECURITY_POLICY);
    const running = service;
    registerHostIpc(ipcMain, { service: running, isTrustedFrame, afterCall });

    menu = new AppMenu({
      language,
      platform: process.platform,
      recentFiles: async () => (await running.recentFiles({})).map(({ path, name }) => ({ path, name })),
      command,
      openRecent: openFile,
      setLanguage: (next) => void setLanguage(next),
      quit: () => app.quit(),
      about,
    });
    await menu.refresh();
    createWindow();
    app.on('activate', () => {
      if (!window) createWindow();
    });
  });

  return { ready, window: () => window, service: () => service, closeGuard: () => guard };
}
