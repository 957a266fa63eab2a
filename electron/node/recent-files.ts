/**
 * Recently opened or saved documents in <userData>/recent.json: absolute paths, newest first,
 * at most ten. Files that no longer exist are left out of the list.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readJsonFile, serialQueue, writeJsonFile } from './json-file';

export const MAX_RECENT_FILES = 10;

export interface RecentFile {
  path: string;
  /** Last modification of the file, ISO 8601. */
  modified: string;
}

export interface RecentFilesStore {
  /** Existing files, newest first. */
  list(): Promise<RecentFile[]>;
  add(path: string): Promise<void>;
}

async function readPaths(file: string): Promise<string[]> {
  try {
    const value = await readJsonFile(file);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
  } catch {
    // A damaged list is only a convenience lost: start again.
    return [];
  }
}

export function createRecentFiles(userDataDir: string): RecentFilesStore {
  const file = join(userDataDir, 'recent.json');
  const queue = serialQueue();

  return {
    list: () =>
      queue(async () => {
        const entries = await Promise.all(
          (await readPaths(file)).map(async (path): Promise<RecentFile | null> => {
            try {
              const info = await stat(path);
              return info.isFile() ? { path, modified: info.mtime.toISOString() } : null;
            } catch {
              return null;
            }
          }),
        );
        return entries.filter((entry): entry is RecentFile => entry !== null).slice(0, MAX_RECENT_FILES);
      }),
    add: (path) =>
      queue(async () => {
        const paths = (await readPaths(file)).filter((existing) => existing !== path);
        await writeJsonFile(file, [path, ...paths].slice(0, MAX_RECENT_FILES));
      }),
  };
}

/** The name shown for a document file: its base name without the .vanban extension. */
export function documentDisplayName(path: string): string {
  return basename(path).replace(/\.vanban$/i, '');
}
