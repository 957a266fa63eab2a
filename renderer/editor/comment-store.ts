/**
 * Comment passages by block, for the blocks that draw them themselves (tables: their cells are
 * text areas, outside Slate's decorations). Handed to block elements through a store each
 * element subscribes to by id, like the checker's marks: new comments re-render only the
 * blocks whose passages changed.
 */
import { createContext, useContext } from 'react';
import { BlockStore, useBlockValue } from './block-store';
import type { CommentMark } from './comment-decorations';

export class CommentStore extends BlockStore<readonly CommentMark[]> {}

export const CommentContext = createContext<CommentStore>(new CommentStore());

export function useBlockComments(id: string): readonly CommentMark[] | undefined {
  return useBlockValue(useContext(CommentContext), id);
}
