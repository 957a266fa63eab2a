/** Error and information messages shown at the bottom of the window, dismissed by the clerk or by time. */
import { useCallback, useRef, useState } from 'react';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

/** How long a message stays: long enough to read an error twice, never for good over the page. */
export const TOAST_MS: Record<'error' | 'info', number> = { info: 5000, error: 12000 };

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = next.current++;
      // The same message twice in a row is shown once.
      setToasts((list) => [...list.filter((toast) => toast.text !== text), { id, kind, text }].slice(-4));
      window.setTimeout(() => dismiss(id), TOAST_MS[kind]);
    },
    [dismiss],
  );
  return { toasts, show, dismiss };
}

export type Toasts = ReturnType<typeof useToasts>;
