/**
 * Find (Tìm) matches drawn in the body: Slate decorations over the blocks' plain-text offsets,
 * every match marked (findMatch) and the current one stronger (findCurrent). The find panel
 * sets them through FindMarksContext; the body editor re-renders when they change.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { BaseRange } from 'slate';
import { BlockIndex, rangeOf } from './comment-decorations';
import type { BodyElement } from './slate-types';

export interface FindMark {
  start: number;
  end: number;
  current?: boolean;
}

/** Matches by body block id. */
export type FindMarks = ReadonlyMap<string, readonly FindMark[]>;

const NONE: FindMarks = new Map();

export class FindMarksSource {
  private marks: FindMarks = NONE;
  private listeners = new Set<() => void>();

  set(marks: FindMarks): void {
    if (marks === this.marks || (marks.size === 0 && this.marks.size === 0)) return;
    this.marks = marks;
    for (const listener of this.listeners) listener();
  }

  get = (): FindMarks => this.marks;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const FindMarksContext = createContext<FindMarksSource | null>(null);

/** The matches to draw (none without a find panel above). */
export function useFindMarks(): FindMarks {
  const source = useContext(FindMarksContext);
  return useSyncExternalStore(source?.subscribe ?? noSubscribe, source?.get ?? noMarks);
}

const noSubscribe = () => () => undefined;
const noMarks = () => NONE;

export type FindDecoration = BaseRange & { findMatch: true; findCurrent?: true };

/** The decorations for the matches in text blocks (tables draw their own). */
export function findDecorations(children: readonly unknown[], marks: FindMarks, index: BlockIndex): FindDecoration[] {
  const out: FindDecoration[] = [];
  for (const [blockId, list] of marks) {
    const at = index.find(children, blockId);
    if (at < 0) continue;
    const element = children[at] as BodyElement;
    for (const mark of list) {
      const range = rangeOf(element, at, mark.start, mark.end);
      if (!range) continue;
      out.push(mark.current ? { ...range, findMatch: true, findCurrent: true } : { ...range, findMatch: true });
    }
  }
  return out;
}
