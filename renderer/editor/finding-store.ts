/**
 * Checker marks on body blocks (kiểm tra thể thức): the worst severity of the findings about
 * each block, handed to block elements through a store each element subscribes to by id (as
 * the numbering markers are), so new findings re-render only the blocks whose mark changed.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/** What a block is marked with: a wavy underline, red for errors, amber for warnings. */
export type FindingMark = 'error' | 'warning';

type Listener = () => void;

export class FindingStore {
  private marks: ReadonlyMap<string, FindingMark> = new Map();
  private listeners = new Map<string, Set<Listener>>();

  get(id: string): FindingMark | undefined {
    return this.marks.get(id);
  }

  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      set = new Set();
      this.listeners.set(id, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** Replaces all marks and notifies only the blocks whose mark changed. */
  update(next: ReadonlyMap<string, FindingMark>): void {
    const previous = this.marks;
    if (previous === next) return;
    this.marks = next;
    const changed: string[] = [];
    for (const [id, mark] of next) if (previous.get(id) !== mark) changed.push(id);
    for (const id of previous.keys()) if (!next.has(id)) changed.push(id);
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }
}

export const FindingContext = createContext<FindingStore>(new FindingStore());

export function useFinding(id: string): FindingMark | undefined {
  const store = useContext(FindingContext);
  const subscribe = useCallback((listener: () => void) => store.subscribe(id, listener), [store, id]);
  const read = useCallback(() => store.get(id), [store, id]);
  return useSyncExternalStore(subscribe, read, read);
}
