/**
 * Default folders: the user's documents folder (browser mode keeps documents in
 * <Documents>/VanBan) and the per-user data folder, the same one Electron uses for
 * "VanBan Studio" (settings, recent files and recovery are shared by both modes).
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export const PRODUCT_NAME = 'VanBan Studio';

/** The documents folder: XDG_DOCUMENTS_DIR on Linux when set (it may be localised, e.g. "Tài liệu"), else ~/Documents. */
export function userDocumentsDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (process.platform === 'linux') {
    const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
    try {
      const text = readFileSync(join(configHome, 'user-dirs.dirs'), 'utf8');
      const match = /^XDG_DOCUMENTS_DIR="([^"]*)"/m.exec(text);
      if (match) {
        const dir = match[1].replace(/^\$HOME(?=\/|$)/, home);
        // "$HOME/" alone means the feature is turned off.
        if (isAbsolute(dir) && dir.replace(/\/+$/, '') !== home) return dir;
      }
    } catch {
      /* no user-dirs file */
    }
  }
  return join(home, 'Documents');
}

/** Browser mode's default documents folder. */
export function defaultBrowserDocumentsDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(userDocumentsDir(env, home), 'VanBan');
}

/** Electron's app.getPath('userData') for this product, or VANBAN_USER_DATA_DIR. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (env.VANBAN_USER_DATA_DIR) return env.VANBAN_USER_DATA_DIR;
  if (process.platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, PRODUCT_NAME);
}
