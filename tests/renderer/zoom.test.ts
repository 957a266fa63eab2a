import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../core/host/contract';
import { clampPercent, effectivePercent, fitPagePercent, fitWidthPercent, stepZoom, unscale, zoomInFrom, zoomOutFrom, zoomShortcut } from '../../renderer/page/zoom';

// The page view at 100 %: an A4 sheet (793.7 px) with the desk's 32 px padding each side.
const PORTRAIT = { width: 858, height: 1179 };
const SHEET = { width: 858, height: 1179 };

const key = (key: string, extra: Partial<{ code: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: true, metaKey: false, altKey: false, ...extra });

describe('zoom steps', () => {
  it('step through the usual stops, from any fitted zoom', () => {
    expect(zoomInFrom(100)).toBe(110);
    expect(zoomOutFrom(100)).toBe(90);
    expect(zoomInFrom(87)).toBe(90);
    expect(zoomOutFrom(87)).toBe(80);
    expect(zoomInFrom(400)).toBe(400);
    expect(zoomOutFrom(25)).toBe(25);
    expect(stepZoom(88, 1)).toEqual({ mode: 'percent', percent: 90 });
  });

  it('keep a zoom inside 25–400 %', () => {
    expect(clampPercent(10)).toBe(25);
    expect(clampPercent(999)).toBe(400);
    expect(clampPercent(Number.NaN)).toBe(100);
    expect(clampPercent(66.6)).toBe(67);
  });
});

describe('fitting the desk', () => {
  it('fits the width and the whole page', () => {
    expect(fitWidthPercent({ width: 429, height: 600 }, PORTRAIT)).toBe(50);
    expect(fitWidthPercent({ width: 1716, height: 600 }, PORTRAIT)).toBe(200);
    expect(fitPagePercent({ width: 1716, height: 589 }, SHEET)).toBe(49);
    expect(fitPagePercent({ width: 0, height: 0 }, SHEET)).toBe(100);
  });

  it('shows 100 % by default, and fits the width when the page would not fit beside the panels', () => {
    const auto = { mode: 'auto', percent: 100 } as const;
    expect(effectivePercent(auto, { width: 1300, height: 700 }, PORTRAIT, SHEET)).toBe(100);
    // 1366 px window, properties and check panels open: 756 px of desk.
    expect(effectivePercent(auto, { width: 756, height: 600 }, PORTRAIT, SHEET)).toBe(88);
    expect(effectivePercent({ mode: 'percent', percent: 150 }, { width: 756, height: 600 }, PORTRAIT, SHEET)).toBe(150);
    expect(effectivePercent({ mode: 'width', percent: 100 }, { width: 1716, height: 600 }, PORTRAIT, SHEET)).toBe(200);
    expect(effectivePercent({ mode: 'page', percent: 100 }, { width: 1716, height: 589 }, PORTRAIT, SHEET)).toBe(49);
  });

  it('brings measured distances back to the 100 % layout', () => {
    expect(unscale(150, 1.5)).toBe(100);
    expect(unscale(40, 0)).toBe(40);
  });
});

describe('zoom keys', () => {
  it('are Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0 and the keypad, not plain keys or Alt chords', () => {
    expect(zoomShortcut(key('='))).toBe('zoomIn');
    expect(zoomShortcut(key('+'))).toBe('zoomIn');
    expect(zoomShortcut(key('-'))).toBe('zoomOut');
    expect(zoomShortcut(key('0'))).toBe('zoomReset');
    expect(zoomShortcut(key('x', { code: 'NumpadAdd' }))).toBe('zoomIn');
    expect(zoomShortcut(key('=', { ctrlKey: false }))).toBeNull();
    expect(zoomShortcut(key('=', { altKey: true }))).toBeNull();
    expect(zoomShortcut(key('s'))).toBeNull();
  });
});

describe('zoom setting schema', () => {
  const base = { language: 'vi', profile: null, user: null };
  it('accepts the four modes and a percentage in range, nothing else', () => {
    expect(settingsSchema.safeParse({ ...base, zoom: { mode: 'width', percent: 100 } }).success).toBe(true);
    expect(settingsSchema.safeParse(base).success).toBe(true);
    expect(settingsSchema.safeParse({ ...base, zoom: { mode: 'percent', percent: 20 } }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...base, zoom: { mode: 'percent', percent: 101.5 } }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...base, zoom: { mode: 'fit', percent: 100 } }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...base, zoom: { mode: 'auto', percent: 100, extra: 1 } }).success).toBe(false);
  });
});
