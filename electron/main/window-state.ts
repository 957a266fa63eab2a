/**
 * The main window's size, position and maximized state, remembered in
 * <userData>/window-state.json. A position that no longer fits on any display is dropped.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 900, maximized: false };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 480;

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function intersects(a: Rectangle, b: Rectangle): boolean {
  // At least a 100×50 px piece of the window (its title bar) must be on the display.
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= 100 && height >= 50;
}

/** The saved state, or the default when the file is missing or damaged. */
export function loadWindowState(userDataDir: string, displays: Rectangle[] = []): WindowState {
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(readFileSync(windowStatePath(userDataDir), 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (saved === null || typeof saved !== 'object' || !isInt(saved.width) || !isInt(saved.height)) {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const state: WindowState = {
    width: Math.max(MIN_WIDTH, Math.round(saved.width)),
    height: Math.max(MIN_HEIGHT, Math.round(saved.height)),
    maximized: saved.maximized === true,
  };
  if (isInt(saved.x) && isInt(saved.y)) {
    const bounds = { x: Math.round(saved.x), y: Math.round(saved.y), width: state.width, height: state.height };
    if (displays.length === 0 || displays.some((display) => intersects(bounds, display))) {
      state.x = bounds.x;
      state.y = bounds.y;
    }
  }
  return state;
}

/** Written synchronously (the app may quit right after) through a temporary file. */
export function saveWindowState(userDataDir: string, state: WindowState): void {
  const path = windowStatePath(userDataDir);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temp, path);
  } catch {
    /* Losing the window position is not worth an error dialog. */
  }
}
