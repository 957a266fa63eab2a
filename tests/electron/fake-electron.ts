/**
 * A stand-in for the `electron` module, enough to run the real main-process and preload code in
 * vitest: `vi.mock('electron', () => import('./fake-electron'))`. It records what the code asks
 * Electron to do (windows and their options, menus, dialogs, IPC handlers, session hooks,
 * protocol handlers, messages sent to the renderer) and lets a test play the user's or the
 * renderer's part (navigate, open a window, invoke IPC, answer a dialog, close a window).
 * `fake.reset()` between tests.
 */
import { EventEmitter } from 'node:events';

type AnyFunction = (...args: any[]) => any;

/** An Electron event: preventDefault() is what the code under test may call. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(extra: Record<string, unknown> = {}) {
    Object.assign(this, extra);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  name: string;
}

export class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly mainFrame: FakeFrame = { url: '', name: 'main' };
  /** Every webContents.send(channel, ...args). */
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  /** Every printToPDF(options) call. */
  readonly pdfRequests: unknown[] = [];
  windowOpenHandler: AnyFunction | null = null;
  destroyed = false;
  private static nextId = 1;

  /** How many times the page was reloaded. */
  reloads = 0;

  constructor() {
    super();
    this.id = FakeWebContents.nextId++;
    // Electron announces every web contents it creates.
    queueMicrotask(() => app.emit('web-contents-created', new FakeEvent(), this));
  }
  reload(): void {
    this.reloads++;
  }
  /** A frame (the main one unless `isMainFrame` is false) tries to navigate; returns whether it was prevented. */
  navigateFrame(url: string, isMainFrame = true): boolean {
    const details = new FakeEvent({ url, isMainFrame, frame: isMainFrame ? this.mainFrame : { url: '', name: 'child' } });
    this.emit('will-frame-navigate', details);
    return details.defaultPrevented;
  }
  /** The renderer process dies. */
  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
  }
  /** A <webview> is about to be attached; returns whether it was prevented. */
  attachWebview(): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return event.defaultPrevented;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args: structuredClone(args) });
  }
  setWindowOpenHandler(handler: AnyFunction): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfRequests.push(structuredClone(options));
    return Buffer.from(fake.pdfBytes);
  }
  /** The page tries to navigate; returns whether the navigation was prevented. */
  navigate(url: string): boolean {
    const event = new FakeEvent({ url });
    this.emit('will-navigate', event, url);
    if (!event.defaultPrevented) this.mainFrame.url = url;
    return event.defaultPrevented;
  }
  /** window.open(url) in the page: what the window-open handler answers. */
  openWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } });
  }
  /** Messages sent on a channel: [name, payload] of each. */
  messages(channel: string): unknown[][] {
    return this.sent.filter((message) => message.channel === channel).map((message) => message.args);
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }
  readonly webContents = new FakeWebContents();
  destroyed = false;
  visible = false;
  maximized = false;
  minimized = false;
  focused = false;
  title: string;
  bounds: { x: number; y: number; width: number; height: number };
  documentEdited = false;

  constructor(readonly options: Record<string, any> = {}) {
    super();
    this.title = options.title ?? '';
    this.bounds = { x: options.x ?? 100, y: options.y ?? 80, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.instances.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    this.webContents.emit('did-navigate', new FakeEvent(), url);
  }
  async loadFile(path: string): Promise<void> {
    await this.loadURL(`file://${path}`);
  }
  /** A user (or the code) closes the window; 'close' listeners may prevent it. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  unmaximize(): void {
    this.maximized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<BrowserWindow['bounds']>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
}

class FakeApp extends EventEmitter {
  quitCount = 0;
  exitCode: number | null = null;
  async whenReady(): Promise<void> {}
  isReady(): boolean {
    return true;
  }
  requestSingleInstanceLock(): boolean {
    return fake.singleInstanceLock;
  }
  quit(): void {
    this.quitCount++;
    for (const window of BrowserWindow.getAllWindows()) {
      window.close();
      if (!window.isDestroyed()) return; // a window refused: quitting is cancelled
    }
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  getPath(name: string): string {
    const path = fake.paths[name];
    if (!path) throw new Error(`fake electron: no path "${name}" set`);
    return path;
  }
  setPath(name: string, path: string): void {
    fake.paths[name] = path;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getAppPath(): string {
    return fake.paths.appPath ?? process.cwd();
  }
  get isPackaged(): boolean {
    return false;
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handle(channel: string, handler: AnyFunction): void {
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    fake.ipcHandlers.delete(channel);
  },
  on(): void {},
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    fake.applicationMenu = menu;
    fake.menuBuilds++;
  },
  getApplicationMenu() {
    return fake.applicationMenu;
  },
};

export const dialog = {
  async showMessageBox(...args: unknown[]) {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, any>;
    fake.messageBoxes.push(options);
    const answer = fake.messageBoxAnswers.shift();
    return { response: answer ?? options.cancelId ?? 0, checkboxChecked: false };
  },
  async showOpenDialog(...args: unknown[]) {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, any>;
    fake.fileDialogs.push({ kind: 'open', options });
    const answer = fake.fileDialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answer] };
  },
  async showSaveDialog(...args: unknown[]) {
    const options = (args.length > 1 ? args[1] : args[0]) as Record<string, any>;
    fake.fileDialogs.push({ kind: 'save', options });
    const answer = fake.fileDialogAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
  },
  showErrorBox(title: string, content: string): void {
    fake.errorBoxes.push({ title, content });
  },
};

const defaultSession = {
  webRequest: {
    onBeforeRequest(listener: AnyFunction): void {
      fake.session.beforeRequest = listener;
    },
    onHeadersReceived(listener: AnyFunction): void {
      fake.session.headersReceived = listener;
    },
  },
  setPermissionRequestHandler(handler: AnyFunction): void {
    fake.session.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler: AnyFunction): void {
    fake.session.permissionCheck = handler;
  },
};
export const session = { defaultSession };

/** A stand-in OS keychain: bytes XOR-ed with a fixed key (never the plain token); fake.keychain says whether one exists. */
const KEYCHAIN_KEY = 0x5a;
export const safeStorage = {
  isEncryptionAvailable: () => fake.keychain !== 'none',
  getSelectedStorageBackend: () => (fake.keychain === 'basic_text' ? 'basic_text' : 'gnome_libsecret'),
  encryptString: (text: string) => Buffer.from(Buffer.from(`vanban-keychain:${text}`, 'utf8').map((byte) => byte ^ KEYCHAIN_KEY)),
  decryptString: (data: Buffer) => {
    const text = Buffer.from(data.map((byte) => byte ^ KEYCHAIN_KEY)).toString('utf8');
    if (!text.startsWith('vanban-keychain:')) throw new Error('fake safeStorage: cannot decrypt');
    return text.slice('vanban-keychain:'.length);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: AnyFunction): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const screen = {
  getAllDisplays() {
    return fake.displays.map((workArea) => ({ workArea, bounds: workArea }));
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fake.externalUrls.push(url);
  },
};

/** Preload side. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.mainWorld[key] = api;
  },
};

class FakeIpcRenderer extends EventEmitter {
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fake.rendererInvokes.push({ channel, args });
    if (!fake.rendererInvoke) throw new Error('fake electron: no ipcRenderer.invoke route set');
    return fake.rendererInvoke(channel, ...args);
  }
  send(): void {
    throw new Error('fake electron: the preload must not use ipcRenderer.send');
  }
}
export const ipcRenderer = new FakeIpcRenderer();

function initialState() {
  return {
    singleInstanceLock: true,
    paths: {} as Record<string, string>,
    ipcHandlers: new Map<string, AnyFunction>(),
    applicationMenu: null as { template: any[] } | null,
    menuBuilds: 0,
    messageBoxes: [] as Record<string, any>[],
    /** Button index the next message boxes answer with (default: their cancelId). */
    messageBoxAnswers: [] as number[],
    fileDialogs: [] as Array<{ kind: 'open' | 'save'; options: Record<string, any> }>,
    /** Path the next file dialogs answer with; null = cancelled. */
    fileDialogAnswers: [] as Array<string | null>,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    session: {} as { beforeRequest?: AnyFunction; headersReceived?: AnyFunction; permissionRequest?: AnyFunction; permissionCheck?: AnyFunction },
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, AnyFunction>(),
    displays: [{ x: 0, y: 0, width: 1920, height: 1080 }],
    externalUrls: [] as string[],
    mainWorld: {} as Record<string, any>,
    rendererInvokes: [] as Array<{ channel: string; args: unknown[] }>,
    rendererInvoke: null as AnyFunction | null,
    pdfBytes: '%PDF-1.7\n% fake printToPDF output\n%%EOF\n',
    /** The OS keychain safeStorage finds: a real one, none, or Linux's fixed-key fallback. */
    keychain: 'available' as 'available' | 'none' | 'basic_text',
  };
}

export const fake = {
  ...initialState(),
  reset(): void {
    Object.assign(fake, initialState());
    app.removeAllListeners();
    app.quitCount = 0;
    app.exitCode = null;
    ipcRenderer.removeAllListeners();
    BrowserWindow.instances = [];
  },
  /** The windows created since the last reset. */
  get windows(): BrowserWindow[] {
    return BrowserWindow.instances;
  },
  /** Calls the ipcMain.handle handler of `channel` as a message from `frame` would. */
  async invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<any> {
    const handler = fake.ipcHandlers.get(channel);
    if (!handler) throw new Error(`fake electron: no handler for ${channel}`);
    return handler({ senderFrame: frame, sender: null, frameId: 1, processId: 1 }, ...args);
  },
  /** The main process pushes an event to the renderer: ipcRenderer listeners receive it. */
  deliverToRenderer(channel: string, ...args: unknown[]): void {
    ipcRenderer.emit(channel, { sender: ipcRenderer, senderId: 0, ports: [] }, ...args);
  },
  /** A menu item by its labels, e.g. menuItem('Tệp', 'Lưu'). */
  menuItem(...labels: string[]): Record<string, any> {
    let items: any[] = fake.applicationMenu?.template ?? [];
    let found: Record<string, any> | undefined;
    for (const label of labels) {
      found = items.find((item) => item.label === label);
      if (!found) throw new Error(`fake electron: no menu item "${label}" among ${items.map((item) => item.label).join(', ')}`);
      items = Array.isArray(found.submenu) ? found.submenu : [];
    }
    return found!;
  },
};
