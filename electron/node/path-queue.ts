/**
 * Writes to one path run one after another: two saves of the same new file racing (a second
 * window, a double click) must not interleave their checks and renames. Different paths run in
 * parallel. Keys are compared case-insensitively on Windows and macOS, whose file names are.
 */
import { serialQueue } from './json-file';

type Queue = ReturnType<typeof serialQueue>;

export type PathQueue = <T>(path: string, task: () => Promise<T>) => Promise<T>;

export function pathQueue(platform: NodeJS.Platform = process.platform): PathQueue {
  const queues = new Map<string, { queue: Queue; pending: number }>();
  const keyOf = (path: string) => (platform === 'win32' || platform === 'darwin' ? path.toLowerCase() : path);
  return async <T>(path: string, task: () => Promise<T>): Promise<T> => {
    const key = keyOf(path);
    let entry = queues.get(key);
    if (!entry) {
      entry = { queue: serialQueue(), pending: 0 };
      queues.set(key, entry);
    }
    entry.pending++;
    try {
      return await entry.queue(task);
    } finally {
      entry.pending--;
      if (entry.pending === 0) queues.delete(key);
    }
  };
}
