/**
 * When autosave runs: shortly after typing pauses, and never later than AUTOSAVE_MAX_WAIT_MS
 * after the first change not yet autosaved, however the user keeps typing (a restarted idle
 * timer alone could be put off forever). Pure, so the timing is tested without a clock.
 */
export const AUTOSAVE_IDLE_MS = 800;
export const AUTOSAVE_MAX_WAIT_MS = 2000;

export interface PendingChanges {
  /** When the first change not yet autosaved was made (ms). */
  firstAt: number;
  /** When the latest change was made (ms). */
  lastAt: number;
}

/** Milliseconds from `now` until autosave should run (0: now). */
export function autosaveDelay(pending: PendingChanges, now: number): number {
  const due = Math.min(pending.lastAt + AUTOSAVE_IDLE_MS, pending.firstAt + AUTOSAVE_MAX_WAIT_MS);
  return Math.max(0, due - now);
}
