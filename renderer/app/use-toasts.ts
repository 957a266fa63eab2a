/** Error and information messages shown at the bottom of the window, dismissed by the clerk or by time. */
import { useCallback, useRef, useState } from 'react';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

const INFO_MS = 5000;

export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);
  const show = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = next.current++;
      // The same message twice in a row is shown once.
      setToasts((list) => [...list.filter((toast) => toast.text !== text), { id, kind, text }].slice(-4));
      if (kind === 'info') window.setTimeout(() => dismiss(id), INFO_MS);
    },
    [dismiss],
  );
  return { toasts, show, dismiss };
}

export type Toasts = ReturnType<typeof useToasts>;
