/**
 * Numbering markers ("I.", "1.", "a)", "-", "+") for every block, derived from position exactly
 * as the DOCX writer derives them: numberBody(nestBody(flat)). Computed once per structural
 * change and handed to block elements through a store each element subscribes to by id, so a
 * renumbering re-renders only the blocks whose marker changed.
 */
import type { Descendant } from 'slate';
import { nestBody, type FlatBlock } from '../../core/model/flat-body';
import { numberBody } from '../../core/numbering/numbering';
import { TABLE_PLACEHOLDER } from './table-ops';

/** Markers by block id; content is irrelevant to numbering, so it is left out of the walk. */
export function computeMarkers(nodes: readonly Descendant[]): Map<string, string> {
  const skeleton: FlatBlock[] = [];
  for (const node of nodes) {
    if (!('type' in node)) continue;
    if (node.type === 'table') skeleton.push({ id: node.id, kind: 'table', table: TABLE_PLACEHOLDER });
    else skeleton.push({ id: node.id, kind: node.kind, content: [] });
  }
  return numberBody(nestBody(skeleton));
}

type Listener = () => void;

export class MarkerStore {
  private markers = new Map<string, string>();
  private listeners = new Map<string, Set<Listener>>();

  get(id: string): string {
    return this.markers.get(id) ?? '';
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

  /** Replaces all markers and notifies only the blocks whose marker changed. */
  update(next: Map<string, string>): void {
    const previous = this.markers;
    this.markers = next;
    const changed: string[] = [];
    for (const [id, marker] of next) if (previous.get(id) !== marker) changed.push(id);
    for (const id of previous.keys()) if (!next.has(id)) changed.push(id);
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }
}
