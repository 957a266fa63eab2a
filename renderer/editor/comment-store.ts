/**
 * Comment passages by block, for the blocks that draw them themselves (tables: their cells are
 * text areas, outside Slate's decorations). Handed to block elements through a store each
 * element subscribes to by id, like the checker's marks: new comments re-render only the
 * blocks whose passages changed.
 */
import { createContext, useContext } from 'react';
import { BlockStore, useBlockValue } from './block-store';
import type { CommentMark, CommentMarks } from './comment-decorations';

/**
 * Comments for the body editor from the screen around it, past the page view: a new value
 * re-renders the editor (a context consumer) and not the memoised page around it. The editor's
 * own props, when given, come first.
 */
export interface BodyComments {
  marks: CommentMarks;
  onCommentClick?(ids: string[]): void;
  onAddComment?(): void;
}

export const BodyCommentsContext = createContext<BodyComments>({ marks: new Map() });

export class CommentStore extends BlockStore<readonly CommentMark[]> {}

export const CommentContext = createContext<CommentStore>(new CommentStore());

export function useBlockComments(id: string): readonly CommentMark[] | undefined {
  return useBlockValue(useContext(CommentContext), id);
}
