/**
 * Word comments: the comments part and the range markers around the commented text.
 * Replies share their thread's anchor; a comment whose block is gone is anchored, empty, at the
 * closing paragraph so that it is never dropped.
 *
 * Threads and resolved state live in word/commentsExtended.xml (w15:commentEx: w15:paraId = the
 * w14:paraId of the comment's last paragraph, w15:paraIdParent for a reply, w15:done="1" when
 * resolved). The docx library writes that part, with the paraIds, its content type and its
 * relationship, only when some comment has a `parentId` that is not undefined. So every root comment
 * is given `parentId: null` (THREADED_ROOT): that switches threading on for any comment copy, even
 * one with no replies, and as null matches no comment id the root gets no w15:paraIdParent.
 * tests/docx/comments.test.ts checks a lone resolved comment is written done.
 */
import { Paragraph, type ICommentOptions, type ParagraphChild } from 'docx';
import type { DocumentComment, InlineText } from '../model/types';
import { revisedRuns, samePieces } from './revisions';
import { run, type RunStyle } from './runs';

export interface Anchor {
  id: number;
  start: number;
  end: number;
}

/** Where each comment goes, by block id; `ORPHANS` collects those whose block no longer exists. */
export interface CommentPlan {
  byBlock: Map<string, Anchor[]>;
  orphans: Anchor[];
  options: ICommentOptions[];
}

/** See the header: a parentId that turns commentsExtended.xml on without naming a parent. */
const THREADED_ROOT = null as unknown as number;

export const NO_COMMENTS: CommentPlan = { byBlock: new Map(), orphans: [], options: [] };

function rootOf(comment: DocumentComment, byId: Map<string, DocumentComment>): DocumentComment {
  let current = comment;
  const seen = new Set<string>();
  while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId)!;
  }
  return current;
}

export function planComments(comments: readonly DocumentComment[], blockLengths: Map<string, number>): CommentPlan {
  if (comments.length === 0) return NO_COMMENTS;
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const numeric = new Map(comments.map((comment, index) => [comment.id, index]));
  const byBlock = new Map<string, Anchor[]>();
  const orphans: Anchor[] = [];
  const options: ICommentOptions[] = [];
  for (const comment of comments) {
    const id = numeric.get(comment.id)!;
    const root = rootOf(comment, byId);
    const length = blockLengths.get(root.anchor.blockId);
    if (length === undefined) {
      orphans.push({ id, start: 0, end: 0 });
    } else {
      const start = Math.min(root.anchor.start, length);
      const end = Math.max(start, Math.min(root.anchor.end, length));
      const list = byBlock.get(root.anchor.blockId) ?? [];
      list.push({ id, start, end });
      byBlock.set(root.anchor.blockId, list);
    }
    // Word threads a reply under the thread's root, as the model does.
    const parent = root.id !== comment.id ? numeric.get(root.id) : undefined;
    options.push({
      id,
      author: comment.author,
      initials: comment.initials,
      date: new Date(comment.date),
      resolved: comment.resolved,
      parentId: parent ?? THREADED_ROOT,
      children: comment.text.split('\n').map((line) => new Paragraph({ children: [run(line, { size: 11 })] })),
    });
  }
  return { byBlock, orphans, options };
}

/** Runs for inline content with comment ranges opened and closed at their offsets. */
export function anchoredRuns(inlines: readonly InlineText[], style: RunStyle, anchors: readonly Anchor[], upper = false): ParagraphChild[] {
  return revisedRuns(samePieces(inlines), style, anchors, null, upper);
}
