/**
 * Opens the print preview: Ctrl+F2 (Word's key) in both modes, the status bar's button, and
 * Electron's Tệp › Xem trước khi in menu item.
 */
import { useCallback, useEffect, useState } from 'react';
import { onHostEvent } from '../host/host';

export function usePrintPreview(): { open: boolean; show(): void; close(): void } {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F2' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => onHostEvent('command', ({ command }) => command === 'printPreview' && setOpen(true)), []);

  return { open, show, close };
}
