/**
 * A lock on one file shared by every process using the same data folder (the server, a second
 * server process, `vanban server user …` run beside it): `<file>.lock`, created with O_EXCL, holds
 * who took it ({pid, host, token, at}); it is removed when the task ends.
 *
 * A lock whose holder died (same host, its pid no longer runs, or it is this process's pid but
 * not a lock this process holds now) is broken at once; one held longer
 * than `staleMs` (a holder that hangs, or one on another host) is broken too. Breaking goes through
 * a second O_EXCL file (`<file>.lock.breaking`), so two waiters never both break a lock and remove
 * the one a third process has just taken. The one race left: a holder stuck for longer than
 * `staleMs` that wakes up and finishes its write after its lock was broken (tasks take
 * milliseconds; staleMs is a minute by default).
 *
 * Within one process, calls for the same file wait in a queue first, so they never spin on the file.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { serialQueue } from '../../node/json-file';
import { OfficeStoreError } from './store-error';

export interface FileLockOptions {
  /** How long to wait for another process's lock before giving up ('lock-timeout'). */
  timeoutMs?: number;
  /** A lock older than this is taken to be left by a hung or vanished process and broken. */
  staleMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_STALE_MS = 60_000;
/** A breaker crashed between creating and removing its file (that takes microseconds). */
const BREAKER_STALE_MS = 5_000;
/** A lock file still empty or half written this long after its creation was left by a crash. */
const UNREADABLE_STALE_MS = 2_000;

interface LockHolder {
  pid: number;
  host: string;
  token: string;
  at: string;
}

/** Tokens of the locks this process holds now (a lock file naming this pid with another token is left over). */
const heldTokens = new Set<string>();

const queues = new Map<string, { queue: ReturnType<typeof serialQueue>; pending: number }>();

/** Runs `task` while holding the lock on `target` (see the module comment). */
export async function withFileLock<T>(target: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const key = resolve(target);
  let entry = queues.get(key);
  if (!entry) {
    entry = { queue: serialQueue(), pending: 0 };
    queues.set(key, entry);
  }
  entry.pending++;
  try {
    return await entry.queue(async () => {
      const lockPath = `${key}.lock`;
      const token = await acquire(lockPath, options);
      try {
        return await task();
      } finally {
        await release(lockPath, token);
      }
    });
  } finally {
    entry.pending--;
    if (entry.pending === 0) queues.delete(key);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

async function createExclusive(path: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
}

async function removeIfPresent(path: string): Promise<void> {
  await unlink(path).catch((error) => {
    if (errorCode(error) !== 'ENOENT') throw error;
  });
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' && typeof value.at === 'string') {
      return value as LockHolder;
    }
  } catch {
    /* empty or half written */
  }
  return null;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return errorCode(error) !== 'ESRCH';
  }
}

/** What is in the lock file now, or null when there is none. */
async function inspect(lockPath: string): Promise<{ text: string; ageMs: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function isStale(seen: { text: string; ageMs: number }, staleMs: number): boolean {
  const holder = parseHolder(seen.text);
  if (!holder) return seen.ageMs > UNREADABLE_STALE_MS;
  if (holder.host === hostname()) {
    if (holder.pid === process.pid ? !heldTokens.has(holder.token) : !processRuns(holder.pid)) return true;
  }
  return seen.ageMs > staleMs;
}

/** Removes the lock file if it still holds exactly what was judged stale. */
async function breakStaleLock(lockPath: string, staleText: string): Promise<void> {
  const breaker = `${lockPath}.breaking`;
  if (!(await createExclusive(breaker, String(process.pid)))) {
    const other = await stat(breaker).catch(() => null);
    if (other && Date.now() - other.mtimeMs > BREAKER_STALE_MS) await removeIfPresent(breaker);
    return;
  }
  try {
    const now = await readFile(lockPath, 'utf8').catch(() => null);
    if (now === staleText) await removeIfPresent(lockPath);
  } finally {
    await removeIfPresent(breaker);
  }
}

function describeHolder(text: string | undefined): string {
  const holder = text === undefined ? null : parseHolder(text);
  return holder ? `process ${holder.pid} on ${holder.host} since ${holder.at}` : 'another process';
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const token = randomBytes(12).toString('hex');
  const content = JSON.stringify({ pid: process.pid, host: hostname(), token, at: new Date().toISOString() } satisfies LockHolder);
  const deadline = Date.now() + timeoutMs;
  let lastSeen: string | undefined;
  for (;;) {
    if (await createExclusive(lockPath, content)) {
      heldTokens.add(token);
      return token;
    }
    const seen = await inspect(lockPath);
    if (seen) {
      lastSeen = seen.text;
      if (isStale(seen, staleMs)) {
        await breakStaleLock(lockPath, seen.text);
        continue;
      }
    }
    if (Date.now() >= deadline) {
      throw new OfficeStoreError('lock-timeout', `Timed out waiting for ${lockPath}, held by ${describeHolder(lastSeen)}; if no VanBan process runs, remove that file.`, {
        path: lockPath,
      });
    }
    await new Promise((done) => setTimeout(done, 5 + Math.floor(Math.random() * 20)));
  }
}

/** Removes the lock if it is still ours (a lock broken as stale may have been taken by another). */
async function release(lockPath: string, token: string): Promise<void> {
  heldTokens.delete(token);
  const text = await readFile(lockPath, 'utf8').catch(() => null);
  if (text !== null && parseHolder(text)?.token === token) await removeIfPresent(lockPath);
}
