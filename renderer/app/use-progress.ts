/** Runs a task and shows a progress indicator if it takes longer than a moment. */
import { useCallback, useState } from 'react';

export const PROGRESS_DELAY_MS = 300;

export function useProgress() {
  const [label, setLabel] = useState<string | null>(null);
  const run = useCallback(async <T,>(text: string, task: () => Promise<T>): Promise<T> => {
    const timer = window.setTimeout(() => setLabel(text), PROGRESS_DELAY_MS);
    try {
      return await task();
    } finally {
      window.clearTimeout(timer);
      setLabel(null);
    }
  }, []);
  return { label, run };
}
