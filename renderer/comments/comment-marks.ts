/**
 * What the body highlights: the passages of open comment threads (a resolved one only while it is
 * the active thread), the active thread stronger, and the passage of a comment being written.
 * Replies share their root's anchor, so only roots are drawn; orphaned comments have no passage.
 */
import type { DocumentComment } from '../../core/model/types';
import type { CommentAnchorTarget, CommentMark, CommentMarks } from '../editor';

/** The id the passage of a comment being written is drawn with. */
export const DRAFT_ID = 'draft';

export function commentMarks(comments: readonly DocumentComment[], activeId: string | null, draft: CommentAnchorTarget | null): Map<string, CommentMark[]> {
  const marks = new Map<string, CommentMark[]>();
  const add = (blockId: string, mark: CommentMark) => {
    const list = marks.get(blockId);
    if (list) list.push(mark);
    else marks.set(blockId, [mark]);
  };
  const ids = new Set(comments.map((comment) => comment.id));
  for (const comment of comments) {
    const isRoot = comment.parentId === null || !ids.has(comment.parentId);
    if (!isRoot || comment.orphaned) continue;
    const active = comment.id === activeId;
    if (comment.resolved && !active) continue;
    const { blockId, start, end } = comment.anchor;
    if (end <= start) continue;
    add(blockId, active ? { id: comment.id, start, end, active: true } : { id: comment.id, start, end });
  }
  if (draft) add(draft.blockId, { id: DRAFT_ID, start: draft.start, end: draft.end, active: true });
  return marks;
}

const sameMarks = (a: readonly CommentMark[], b: readonly CommentMark[]): boolean =>
  a.length === b.length && a.every((mark, i) => mark.id === b[i].id && mark.start === b[i].start && mark.end === b[i].end && Boolean(mark.active) === Boolean(b[i].active));

/**
 * `next`, reusing the lists of `previous` that did not change (and `previous` itself when nothing
 * did): blocks re-render only when their own passages changed.
 */
export function keepSameMarks(previous: CommentMarks, next: Map<string, CommentMark[]>): CommentMarks {
  let changed = previous.size !== next.size;
  const out = new Map<string, readonly CommentMark[]>();
  for (const [blockId, list] of next) {
    const old = previous.get(blockId);
    if (old && sameMarks(old, list)) out.set(blockId, old);
    else {
      out.set(blockId, list);
      changed = true;
    }
  }
  return changed ? out : previous;
}
