/**
 * Sweeping our own temporary-file leftovers: a process killed in the middle of a save leaves
 * `.<name>.<pid>-<8 hex>.tmp` (or `.bak.tmp`) next to the file it was writing (atomic-write.ts).
 * Only files with exactly that name are touched, and only when no one is writing them: the
 * process named in the file is gone, or it is this process and it no longer uses the file.
 * Everything else in the folder, hidden files of other programs included, is left alone.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileInUse } from './atomic-write';

/** The temporary-file name atomic-write.ts makes; group 1 is the writer's process id. */
export const TEMP_FILE_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.(?:bak\.)?tmp$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Whether `name` in `dir` is a leftover temporary file nobody writes any more. */
export function isStaleTempFile(dir: string, name: string): boolean {
  const match = TEMP_FILE_NAME.exec(name);
  if (!match) return false;
  const pid = Number(match[1]);
  if (pid === process.pid) return !isTempFileInUse(join(dir, name));
  return !processAlive(pid);
}

export interface SweepOptions {
  /** Also sweep subfolders (not following links, skipping hidden folders), this many levels down. */
  depth?: number;
}

/** Removes the stale temporary files in `dir`; returns their paths. A missing or unreadable folder sweeps nothing. */
export async function sweepTempFiles(dir: string, options: SweepOptions = {}): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isFile() && isStaleTempFile(dir, entry.name)) {
      try {
        await rm(path);
        removed.push(path);
      } catch {
        /* in use by another program, or already gone: left for the next sweep */
      }
    } else if (entry.isDirectory() && !entry.name.startsWith('.') && (options.depth ?? 0) > 0) {
      removed.push(...(await sweepTempFiles(path, { depth: (options.depth ?? 0) - 1 })));
    }
  }
  return removed;
}

/** Sweeps several folders (duplicates once), ignoring failures. */
export async function sweepFolders(dirs: Iterable<string>, options: SweepOptions = {}): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) removed.push(...(await sweepTempFiles(dir, options)));
  return removed;
}

/** How deep below the documents folder the start-up sweep looks. */
export const START_SWEEP_DEPTH = 4;

/**
 * The sweep at start: the user-data and recovery folders, the folders of recent files, and the
 * documents folder with its subfolders. Returns the files removed.
 */
export async function sweepAtStart(folders: { documentsDir: string; userDataDir: string; recentFolders?: Iterable<string> }): Promise<string[]> {
  const removed = await sweepFolders([folders.userDataDir, join(folders.userDataDir, 'recovery'), ...(folders.recentFolders ?? [])]);
  removed.push(...(await sweepTempFiles(folders.documentsDir, { depth: START_SWEEP_DEPTH })));
  return removed;
}
