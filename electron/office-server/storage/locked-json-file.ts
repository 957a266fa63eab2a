/**
 * One JSON file of the office server's data folder that several processes read and change:
 * - read() parses and checks it against its schema, and parses again only when the file on disk
 *   changed (inode, size, modification or change time), so a reader sees another process's write
 *   at its next call;
 * - update() holds the cross-process lock, reads the file fresh, and writes the new content
 *   atomically: two writers (in one process or several) never lose each other's change;
 * - a file that is not JSON or does not fit the schema is refused on every call with the caller's
 *   'damaged' error, never taken as empty (the next write would overwrite what it held).
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from '../../node/atomic-write';
import { withFileLock, type FileLockOptions } from './file-lock';
import type { OfficeStoreError } from './store-error';

export interface LockedJsonFileOptions<S extends z.ZodType> {
  path: string;
  schema: S;
  /** The content when the file does not exist yet. */
  empty: () => z.infer<S>;
  /** The error every call throws while the file is damaged; `reason` says where. */
  damaged: (reason: string) => OfficeStoreError;
  /** Permission bits of the file when it is created (0o600 for one holding password hashes). */
  mode?: number;
  lock?: FileLockOptions;
}

/** What update's change returns: the value to write (none: nothing is written) and the result. */
export interface Change<T, R> {
  next?: T;
  result: R;
}

export interface LockedJsonFile<T> {
  /** The current content (shared with later calls: do not modify it). */
  read(): Promise<T>;
  update<R>(change: (current: T) => Change<T, R> | Promise<Change<T, R>>): Promise<R>;
}

type Snapshot<T> = { signature: string; value: T };

async function signatureOf(path: string): Promise<string | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

export function createLockedJsonFile<S extends z.ZodType>(options: LockedJsonFileOptions<S>): LockedJsonFile<z.infer<S>> {
  type T = z.infer<S>;
  const { path, schema } = options;
  let cached: Snapshot<T> | null = null;

  function parse(text: string): T {
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw options.damaged('not JSON');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw options.damaged(`${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    return parsed.data as T;
  }

  async function load(): Promise<T> {
    const signature = await signatureOf(path);
    if (signature === null) return options.empty();
    if (cached?.signature === signature) return cached.value;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return options.empty();
      throw error;
    }
    const value = parse(text);
    // If the file was replaced between stat and read, the next call sees another signature and reads again.
    cached = { signature, value };
    return value;
  }

  return {
    read: load,
    update: async (change) => {
      // The lock file sits next to the data file: the folder must exist first.
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      return withFileLock(
        path,
        async () => {
          // A copy: a change that throws halfway must not leave the cached value modified.
          const result = await change(structuredClone(await load()));
          if (result.next !== undefined) {
            const checked = schema.parse(result.next) as T;
            await writeFileAtomic(path, `${JSON.stringify(checked, null, 2)}\n`, { mode: options.mode });
            const signature = await signatureOf(path);
            cached = signature === null ? null : { signature, value: checked };
          }
          return result.result;
        },
        options.lock,
      );
    },
  };
}
