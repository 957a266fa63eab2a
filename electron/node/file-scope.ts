/**
 * Electron's file scope: the files the renderer may name in a host call. Only what the user chose
 * (a native dialog this session, a file opened from the command line, Finder or the Recent menu),
 * recent files, the originals of recovery copies, and anything inside the documents folder or the
 * recovery folder. Any other absolute path is refused ('not-chosen'), so a compromised renderer
 * cannot read or overwrite files the user never pointed at.
 */
import { isAbsolute, join, normalize, relative } from 'node:path';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore } from './recovery-store';

export interface FileScopeSources {
  documentsDir: string;
  recoveryDir: string;
  /** Absolute paths of the recent files. */
  recent(): Promise<string[]>;
  /** Absolute paths of the files recovery copies were made from. */
  recoveryOriginals(): Promise<string[]>;
  platform?: NodeJS.Platform;
}

export interface FileScope {
  /** A path the user chose this session (dialog, command line, open-file event). */
  allow(path: string): void;
  allows(path: string): Promise<boolean>;
}

export function createFileScope(sources: FileScopeSources): FileScope {
  const platform = sources.platform ?? process.platform;
  const fold = (path: string) => {
    const normal = normalize(path);
    return platform === 'win32' || platform === 'darwin' ? normal.toLowerCase() : normal;
  };
  const chosen = new Set<string>();
  const inside = (root: string, path: string) => {
    const rel = relative(fold(root), fold(path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  return {
    allow(path) {
      chosen.add(fold(path));
    },
    async allows(path) {
      const key = fold(path);
      if (chosen.has(key) || inside(sources.documentsDir, path) || inside(sources.recoveryDir, path)) return true;
      const matches = (paths: string[]) => paths.some((candidate) => fold(candidate) === key);
      // Recent files first: reading the recovery copies is the slower look.
      if (matches(await sources.recent().catch(() => []))) return true;
      return matches(await sources.recoveryOriginals().catch(() => []));
    },
  };
}

/** The scope of a host over these folders: recent files and recovery copies read from the user-data folder. */
export function createHostFileScope(documentsDir: string, userDataDir: string): FileScope {
  const recent = createRecentFiles(userDataDir);
  const recovery = createRecoveryStore(userDataDir);
  return createFileScope({
    documentsDir,
    recoveryDir: join(userDataDir, 'recovery'),
    recent: async () => (await recent.list()).map((file) => file.path),
    recoveryOriginals: async () => (await recovery.list()).flatMap((record) => (record.originalPath === null ? [] : [record.originalPath])),
  });
}
