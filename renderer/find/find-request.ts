/**
 * Asking for the find panel: Ctrl+F / Ctrl+H in the page, or the Edit menu's Tìm… / Thay thế…
 * (Electron sends them as commands). The editor screen's find panel listens.
 */
import type { KeyLike } from '../app/commands';

export type FindMode = 'find' | 'replace';

const listeners = new Set<(mode: FindMode) => void>();

export function requestFind(mode: FindMode): void {
  for (const listener of listeners) listener(mode);
}

export function onFindRequest(listener: (mode: FindMode) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ctrl+F (find) and Ctrl+H (replace), Cmd on macOS. */
export function findShortcut(event: KeyLike): FindMode | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  return key === 'f' ? 'find' : key === 'h' ? 'replace' : null;
}
