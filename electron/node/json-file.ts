/**
 * Small JSON files in the user-data folder: read (missing → undefined) and written atomically; a
 * damaged one is kept as <path>.corrupt for a person to look at.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './atomic-write';

/** Parsed content, undefined when the file does not exist; throws SyntaxError when it is not JSON. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/** A JSON file a person may have to repair, as read: missing, parsed, or not JSON (a copy kept). */
export type KeptJsonFile = { state: 'missing' } | { state: 'parsed'; value: unknown } | { state: 'not-json' };

/** Reads like readJsonFile, but a file that is not JSON is first kept as <path>.corrupt. */
export async function readJsonFileKeepingCorrupt(path: string): Promise<KeptJsonFile> {
  let value: unknown;
  try {
    value = await readJsonFile(path);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    await keepCorruptCopy(path);
    return { state: 'not-json' };
  }
  return value === undefined ? { state: 'missing' } : { state: 'parsed', value };
}

/** Copies a damaged file to <path>.corrupt; a failed copy is ignored (the caller's answer stands). */
export async function keepCorruptCopy(path: string): Promise<void> {
  await copyFile(path, `${path}.corrupt`).catch(() => undefined);
}

export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Runs tasks one after another (read-modify-write of one file must not interleave). */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
