/**
 * Comment passages by block, for the blocks that draw them themselves (tables: their cells are
 * text areas, outside Slate's decorations). Handed to block elements through a store each
 * element subscribes to by id, like the checker's marks: new comments re-render only the
 * blocks whose passages changed.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { BlockStore, useBlockValue } from './block-store';
import type { CommentMark, CommentMarks } from './comment-decorations';

/** What the screen around the body editor gives it about comments (the editor's own props come first). */
export interface BodyComments {
  marks: CommentMarks;
  onCommentClick?(ids: string[]): void;
  onAddComment?(): void;
}

const NONE: BodyComments = { marks: new Map() };

/**
 * A channel from the screen to the body editor, past the memoised page view. The context holds
 * this object, which never changes: a new context value would make React walk the whole Slate
 * tree below the provider for consumers on every keystroke that moves a comment. New values
 * re-render only the editor, which subscribes.
 */
export class BodyCommentsSource {
  private value: BodyComments = NONE;
  private listeners = new Set<() => void>();

  readonly get = (): BodyComments => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: BodyComments): void {
    if (value === this.value) return;
    this.value = value;
    this.listeners.forEach((listener) => listener());
  }
}

export const BodyCommentsContext = createContext<BodyCommentsSource>(new BodyCommentsSource());

/** The comments the screen gives the body editor, re-rendering it when they change. */
export function useBodyComments(): BodyComments {
  const source = useContext(BodyCommentsContext);
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}

export class CommentStore extends BlockStore<readonly CommentMark[]> {}

export const CommentContext = createContext<CommentStore>(new CommentStore());

export function useBlockComments(id: string): readonly CommentMark[] | undefined {
  return useBlockValue(useContext(CommentContext), id);
}
