/** The main window: locked-down web preferences, remembered bounds, the renderer page. */
import { BrowserWindow, screen } from 'electron';
import { secureWebContents } from './security';
import { RENDERER_URL } from './renderer-protocol';
import { loadWindowState, saveWindowState, type Rectangle } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  userDataDir: string;
  title: string;
  url?: string;
}

function displayAreas(): Rectangle[] {
  try {
    return screen.getAllDisplays().map((display) => display.workArea);
  } catch {
    return [];
  }
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.userDataDir, displayAreas());
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    title: options.title,
    show: false,
    backgroundColor: '#e9ebee',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  secureWebContents(window.webContents);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // 'close' may be cancelled by the unsaved-changes prompt; saving the state twice is harmless.
  window.on('close', () => {
    saveWindowState(options.userDataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(options.url ?? RENDERER_URL);
  return window;
}
