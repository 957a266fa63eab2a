/**
 * Zoom math for the page view (pure). The page view is laid out at 100 % and scaled as a
 * picture (CSS transform), so line and page breaks never depend on the zoom; these functions
 * turn the setting and the desk's size into the scale shown.
 */
import type { z } from 'zod';
import { ZOOM_MAX_PERCENT, ZOOM_MIN_PERCENT, type zoomSettingSchema } from '../../core/host/contract';

export type ZoomSetting = z.infer<typeof zoomSettingSchema>;
export type ZoomMode = ZoomSetting['mode'];

export const DEFAULT_ZOOM: ZoomSetting = { mode: 'auto', percent: 100 };

/** The stops Ctrl+= / Ctrl+- and the status bar's − / + step through (as Word and Chromium). */
export const ZOOM_STEPS = [25, 33, 50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400] as const;

/** Space kept free around the page when fitting (the desk's padding), in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

export function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 100;
  return Math.min(ZOOM_MAX_PERCENT, Math.max(ZOOM_MIN_PERCENT, Math.round(percent)));
}

/** The next stop above the zoom shown (a fitted 87 % goes to 90 %). */
export function zoomInFrom(percent: number): number {
  return ZOOM_STEPS.find((step) => step > percent + 0.5) ?? ZOOM_MAX_PERCENT;
}

/** The next stop below the zoom shown (a fitted 87 % goes to 80 %). */
export function zoomOutFrom(percent: number): number {
  return [...ZOOM_STEPS].reverse().find((step) => step < percent - 0.5) ?? ZOOM_MIN_PERCENT;
}

/** The zoom at which `content` (the page view at 100 %) is exactly as wide as `available`. */
export function fitWidthPercent(available: Size, content: Size): number {
  if (content.width <= 0 || available.width <= 0) return 100;
  return clampPercent(Math.floor((available.width / content.width) * 100));
}

/** The zoom at which one whole sheet (`sheet`, with its margins on the desk) is seen at once. */
export function fitPagePercent(available: Size, sheet: Size): number {
  if (sheet.width <= 0 || sheet.height <= 0 || available.width <= 0 || available.height <= 0) return 100;
  return clampPercent(Math.floor(Math.min(available.width / sheet.width, available.height / sheet.height) * 100));
}

/**
 * The zoom shown for a setting: 'auto' is 100 % unless the widest sheet would not fit the desk
 * beside the open panels, then it fits the width (never larger than 100 %).
 */
export function effectivePercent(setting: ZoomSetting, available: Size, content: Size, sheet: Size): number {
  switch (setting.mode) {
    case 'percent':
      return clampPercent(setting.percent);
    case 'width':
      return fitWidthPercent(available, content);
    case 'page':
      return fitPagePercent(available, sheet);
    case 'auto':
    default:
      return Math.min(100, fitWidthPercent(available, content));
  }
}

/** The setting after one Ctrl+wheel notch or key: always a fixed percentage from the zoom shown. */
export function stepZoom(shown: number, direction: 1 | -1): ZoomSetting {
  return { mode: 'percent', percent: direction > 0 ? zoomInFrom(shown) : zoomOutFrom(shown) };
}

/** The zoom command a key press asks for: Ctrl+= / Ctrl++ in, Ctrl+- out, Ctrl+0 back to 100 %. */
export function zoomShortcut(event: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): 'zoomIn' | 'zoomOut' | 'zoomReset' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key) {
    case '=':
    case '+':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'zoomReset';
    default:
      break;
  }
  // Keyboard layouts where the keys give other characters (numeric keypad, Vietnamese Telex off).
  switch (event.code) {
    case 'NumpadAdd':
      return 'zoomIn';
    case 'NumpadSubtract':
      return 'zoomOut';
    case 'Numpad0':
      return 'zoomReset';
    default:
      return null;
  }
}

/** Layout distances measured inside a scaled element, brought back to 100 % (its own CSS pixels). */
export function unscale(measured: number, scale: number): number {
  return scale > 0 ? measured / scale : measured;
}
