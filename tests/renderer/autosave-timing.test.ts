import { describe, expect, it } from 'vitest';
import { AUTOSAVE_MAX_WAIT_MS, autosaveDelay } from '../../renderer/app/autosave-timing';

describe('autosave timing', () => {
  it('runs shortly after typing pauses', () => {
    expect(autosaveDelay({ firstAt: 1000, lastAt: 1000 }, 1000)).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    expect(autosaveDelay({ firstAt: 1000, lastAt: 1000 }, 1000)).toBeGreaterThan(0);
  });

  it('is never put off beyond 2 s after the first unsaved change, however the typing goes on', () => {
    // A key every 300 ms: the idle timer alone would never fire.
    const firstAt = 10_000;
    let due = Number.POSITIVE_INFINITY;
    for (let lastAt = firstAt; lastAt < firstAt + 30_000; lastAt += 300) {
      const at = lastAt + autosaveDelay({ firstAt, lastAt }, lastAt);
      due = Math.min(due, at);
    }
    expect(AUTOSAVE_MAX_WAIT_MS).toBe(2000);
    expect(due - firstAt).toBeLessThanOrEqual(2000);
    expect(autosaveDelay({ firstAt, lastAt: firstAt + 1990 }, firstAt + 1990)).toBeLessThanOrEqual(10);
    expect(autosaveDelay({ firstAt, lastAt: firstAt + 2500 }, firstAt + 2500)).toBe(0);
  });
});
