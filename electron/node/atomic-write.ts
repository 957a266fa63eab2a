/**
 * Crash-safe file writes: the new content goes to a temporary file in the same folder, is
 * flushed to disk, then renamed over the target. A failure at any step leaves the previous
 * file exactly as it was and no temporary file behind. A target that is a symbolic link is
 * written through: the file it points to is replaced and the link stays a link. The .bak kept
 * on request is written the same way (flushed, renamed, folder flushed).
 *
 * Temporary files are named `.<name>.<pid>-<8 hex>.tmp` (`.bak.tmp` for a backup); the ones a
 * killed process left behind are removed by temp-sweep.ts, which asks `isTempFileInUse` first.
 */
import { lstat, open, readFile, readlink, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file could not be read or written; `code` is the Node error code (or TOO_LARGE, NOT_A_FILE). */
export class FileAccessError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FileAccessError';
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full (quota exceeded)',
  EFBIG: 'the file is too large for this disk or system limit',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'part of the path is not a folder',
  EBUSY: 'the file is in use by another program',
  ETXTBSY: 'the file is in use by another program',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the file name is too long',
};

/** Wraps a Node file-system error into a FileAccessError with a readable, one-line message. */
export function fileAccessError(error: unknown, path: string, action: 'open' | 'save'): FileAccessError {
  if (error instanceof FileAccessError) return error;
  const code = (error as { code?: unknown })?.code;
  const key = typeof code === 'string' ? code : 'UNKNOWN';
  let reason = REASONS[key];
  if (key === 'ENOENT') reason = action === 'open' ? 'file not found' : 'the folder does not exist';
  if (!reason) reason = error instanceof Error ? error.message : String(error);
  const verb = action === 'open' ? 'Cannot open' : 'Cannot save';
  return new FileAccessError(key, `${verb} "${path}": ${reason}`, path, { cause: error });
}

/** Names of this process's temporary files that are being written or waiting to be renamed. */
const tempsInUse = new Set<string>();

function tempName(path: string, suffix: string): string {
  const name = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.${suffix}`);
  tempsInUse.add(name);
  return name;
}

function releaseTemp(name: string): void {
  tempsInUse.delete(name);
}

/** Whether this process is still writing (or about to rename) the temporary file at `path`. */
export function isTempFileInUse(path: string): boolean {
  return tempsInUse.has(resolve(path));
}

/** The file a path ends at after following symbolic links (a dangling link: where it points). */
async function followLinks(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return current;
      throw error;
    }
    if (!info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

async function fsyncFolder(dir: string): Promise<void> {
  // Makes the rename itself durable. Not possible on Windows (folders cannot be opened); ignore.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/** Windows may briefly refuse a rename while an antivirus or indexer holds the target open. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY');
      if (!transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

export interface AtomicWriteOptions {
  /** Copy the file being replaced to `<name>.bak` first. */
  keepBackup?: boolean;
  /**
   * With keepBackup: the previous content the caller read and checked (a document the app can
   * load); the .bak is written from these bytes instead of copying whatever is on disk now.
   */
  backupContent?: Uint8Array;
}

/** New content written and flushed next to its target, not yet in place. */
export interface StagedFile {
  /** Renames the content over the target (keeping a .bak first when asked). Once only. */
  commit(options?: AtomicWriteOptions): Promise<void>;
  /** Deletes the staged content; the target stays as it was. Never throws. */
  discard(): Promise<void>;
}

/** The target's permission bits when it is a file; undefined when there is none. Refuses a folder. */
async function targetMode(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('target is a folder'), { code: 'EISDIR' });
    return info.mode & 0o777;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    return undefined;
  }
}

/**
 * The first half of an atomic write, for a caller that must know the file can be written before it
 * does anything else (issuing: before the register number is taken): `data` goes to a temporary
 * file in the target's folder and is flushed; with `checkTarget`, an existing target is also
 * opened for writing and closed untouched, so one another program holds (Word on Windows) or a
 * read-only one is refused now rather than at the rename. Fails with a FileAccessError, leaving
 * nothing behind.
 */
export async function stageFile(requested: string, data: string | Uint8Array, options: { checkTarget?: boolean; mode?: number } = {}): Promise<StagedFile> {
  let temp: string | null = null;
  let path = requested;
  try {
    path = await followLinks(requested);
    const previousMode = await targetMode(path);
    if (options.checkTarget && previousMode !== undefined) await (await open(path, 'r+')).close();
    temp = tempName(path, 'tmp');
    const handle = await open(temp, 'wx', previousMode ?? options.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (temp) {
      await rm(temp, { force: true }).catch(() => undefined);
      releaseTemp(temp);
    }
    throw fileAccessError(error, requested, 'save');
  }
  const staged = temp;
  let settled = false;
  return {
    async commit(commitOptions = {}) {
      if (settled) throw new Error(`The staged content of ${path} was already committed or discarded`);
      settled = true;
      const temps = [staged];
      try {
        if (commitOptions.keepBackup && (await targetMode(path)) !== undefined) {
          // The .bak sits next to the name the caller used (a link's .bak next to the link).
          const backup = `${requested}.bak`;
          // Written like any save: a temporary file flushed, renamed, the folder flushed.
          try {
            await writeFileAtomic(backup, commitOptions.backupContent ?? (await readFile(path)));
          } catch (error) {
            const cause = fileAccessError(error, backup, 'save');
            const reason = cause.message.slice(cause.message.indexOf('": ') + 3);
            throw new FileAccessError(cause.code, `Cannot save "${requested}": its backup copy ${basename(backup)} could not be written (${reason})`, requested, { cause: error });
          }
        }
        await renameWithRetry(staged, path);
        temps.length = 0;
        releaseTemp(staged);
        await fsyncFolder(dirname(path));
      } catch (error) {
        await Promise.all(temps.map((name) => rm(name, { force: true }).catch(() => undefined)));
        temps.forEach(releaseTemp);
        throw fileAccessError(error, requested, 'save');
      }
    },
    async discard() {
      if (settled) return;
      settled = true;
      await rm(staged, { force: true }).catch(() => undefined);
      releaseTemp(staged);
    },
  };
}

/**
 * Replaces `path` with `data` atomically (see the module comment). `mode`: the permission bits
 * of a file that does not exist yet (0o600 for one holding secrets); an existing file keeps its own.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions & { mode?: number } = {}): Promise<void> {
  await (await stageFile(path, data, { mode: options.mode })).commit(options);
}
