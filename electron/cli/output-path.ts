/** Checks on an output path before any work is done: the right extension and an existing folder. */
import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { UsageError } from './usage-error';

export function checkOutputPath(command: string, path: string, extension: string): string {
  if (extname(path).toLowerCase() !== extension) {
    throw new UsageError(`${command}: the output file must end in ${extension}: ${path}`);
  }
  const full = resolve(path);
  const folder = dirname(full);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UsageError(`${command}: the output folder does not exist: ${dirname(path)}`);
  try {
    if (statSync(full).isDirectory()) throw new UsageError(`${command}: the output path is a folder: ${path}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  return full;
}
