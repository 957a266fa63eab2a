/**
 * The page view's zoom: the remembered setting (host settings, both modes), the zoom shown (the
 * zoom frame reports it once it has measured the desk), the keys (Ctrl+= / Ctrl+- / Ctrl+0,
 * handled before the browser's own page zoom) and Electron's View menu commands.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getHost, onHostEvent } from '../host/host';
import { clampPercent, DEFAULT_ZOOM, stepZoom, zoomShortcut, type ZoomSetting } from './zoom';

const SAVE_DELAY_MS = 500;

export type ZoomCommand = 'zoomIn' | 'zoomOut' | 'zoomReset' | 'zoomFitWidth' | 'zoomFitPage';

export interface Zoom {
  setting: ZoomSetting;
  /** The zoom shown, in percent (what 'auto' and the fits come to). */
  shown: number;
  setShown(percent: number): void;
  set(setting: ZoomSetting): void;
  run(command: ZoomCommand): void;
  /** One Ctrl+wheel notch: in (1) or out (-1). */
  step(direction: 1 | -1): void;
}

export function useZoom(initial: ZoomSetting | undefined): Zoom {
  const [setting, setSetting] = useState<ZoomSetting>(initial ?? DEFAULT_ZOOM);
  const [shown, setShownState] = useState(100);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const saveTimer = useRef<number | undefined>(undefined);
  const pending = useRef<ZoomSetting | null>(null);
  const save = useCallback(() => {
    window.clearTimeout(saveTimer.current);
    const value = pending.current;
    pending.current = null;
    // Remembered for the next start; a failed write only loses the remembered zoom.
    if (value) void getHost().updateSettings({ zoom: value }).catch(() => undefined);
  }, []);

  const set = useCallback((next: ZoomSetting) => {
    const value = { mode: next.mode, percent: clampPercent(next.percent) };
    setSetting(value);
    pending.current = value;
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(save, SAVE_DELAY_MS);
  }, [save]);

  const step = useCallback((direction: 1 | -1) => set(stepZoom(shownRef.current, direction)), [set]);

  const run = useCallback(
    (command: ZoomCommand) => {
      const percent = shownRef.current;
      switch (command) {
        case 'zoomIn':
          return step(1);
        case 'zoomOut':
          return step(-1);
        case 'zoomReset':
          return set({ mode: 'percent', percent: 100 });
        case 'zoomFitWidth':
          return set({ mode: 'width', percent });
        case 'zoomFitPage':
          return set({ mode: 'page', percent });
        default:
          return undefined;
      }
    },
    [set, step],
  );

  const setShown = useCallback((percent: number) => setShownState((old) => (old === percent ? old : percent)), []);

  // The keys in both modes (Electron's menu shows them without registering them).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = zoomShortcut(event);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run]);

  useEffect(
    () =>
      onHostEvent('command', ({ command }) => {
        if (command === 'zoomIn' || command === 'zoomOut' || command === 'zoomReset' || command === 'zoomFitWidth' || command === 'zoomFitPage') run(command);
      }),
    [run],
  );

  // Closing the document soon after a change still remembers it.
  useEffect(() => save, [save]);

  return useMemo(() => ({ setting, shown, setShown, set, run, step }), [setting, shown, setShown, set, run, step]);
}
