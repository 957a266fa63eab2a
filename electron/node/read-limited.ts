/** Reading a whole file with a size limit, refused before reading when the file is too large. */
import { open } from 'node:fs/promises';
import { FileAccessError, fileAccessError } from './atomic-write';

/** "12.3 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * The file's bytes. A file larger than `limit` is refused with the error `tooLarge(size)` makes
 * (checked on the size first, and again on what was read, in case it grew); folders and other
 * non-files, and I/O failures, become FileAccessError with a clear message.
 */
export async function readFileLimited(path: string, limit: number, tooLarge: (size: number) => Error): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileAccessError(error, path, 'open');
  }
  let refused: Error | undefined;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new FileAccessError('NOT_A_FILE', `Cannot open "${path}": not a regular file`, path);
    if (info.size > limit) throw (refused = tooLarge(info.size));
    const bytes = await handle.readFile();
    if (bytes.length > limit) throw (refused = tooLarge(bytes.length));
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error === refused) throw error;
    throw fileAccessError(error, path, 'open');
  } finally {
    await handle.close().catch(() => undefined);
  }
}
