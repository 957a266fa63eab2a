/**
 * A value per block id that block elements subscribe to by id (numbering markers, checker marks):
 * replacing all values re-renders only the blocks whose value changed.
 */
import { useCallback, useSyncExternalStore } from 'react';

type Listener = () => void;

export class BlockStore<V> {
  private values: ReadonlyMap<string, V> = new Map();
  private listeners = new Map<string, Set<Listener>>();

  get(id: string): V | undefined {
    return this.values.get(id);
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

  /** Replaces all values and notifies only the blocks whose value changed. */
  update(next: ReadonlyMap<string, V>): void {
    const previous = this.values;
    if (previous === next) return;
    this.values = next;
    const changed: string[] = [];
    for (const [id, value] of next) if (previous.get(id) !== value) changed.push(id);
    for (const id of previous.keys()) if (!next.has(id)) changed.push(id);
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }
}

/** The block's value in `store`, re-rendering the caller when that value changes. */
export function useBlockValue<V>(store: BlockStore<V>, id: string): V | undefined {
  const subscribe = useCallback((listener: Listener) => store.subscribe(id, listener), [store, id]);
  const read = useCallback(() => store.get(id), [store, id]);
  return useSyncExternalStore(subscribe, read, read);
}
