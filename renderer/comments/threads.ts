/** The pane's lists: which threads each filter shows, and the text each thread is about. */
import { flattenBody, type FlatBlock } from '../../core/model/flat-body';
import type { CommentThread } from '../../core/review/comment-ops';
import { blockText } from '../../core/review/diff';
import type { Appendix, DocumentComment, ReviewActor } from '../../core/model/types';

export type CommentFilter = 'open' | 'resolved' | 'mine';
export const FILTERS: readonly CommentFilter[] = ['open', 'resolved', 'mine'];

/** Written by this user (names compared as NFC). */
export const isOwn = (comment: DocumentComment, user: ReviewActor | null): boolean =>
  user !== null && comment.author.normalize('NFC') === user.name.normalize('NFC');

/** Open: not resolved; resolved; mine: the user started the thread or replied in it. */
export function inFilter(thread: CommentThread, filter: CommentFilter, user: ReviewActor | null): boolean {
  switch (filter) {
    case 'open':
      return !thread.root.resolved;
    case 'resolved':
      return thread.root.resolved;
    case 'mine':
      return isOwn(thread.root, user) || thread.replies.some((reply) => isOwn(reply, user));
  }
}

export function filterCounts(threads: readonly CommentThread[], user: ReviewActor | null): Record<CommentFilter, number> {
  const counts = { open: 0, resolved: 0, mine: 0 };
  for (const thread of threads) for (const filter of FILTERS) if (inFilter(thread, filter, user)) counts[filter] += 1;
  return counts;
}

/** Block ids in reading order: the body, then each appendix body. */
export function readingOrder(flat: readonly FlatBlock[], appendices: readonly Appendix[]): string[] {
  const ids = flat.map((block) => block.id);
  for (const appendix of appendices) for (const block of flattenBody(appendix.body)) ids.push(block.id);
  return ids;
}

/**
 * The text each thread is about: the passage as it reads now, or for an orphaned comment (or one
 * whose block is gone) the quote kept when it was written.
 */
export function threadPassages(threads: readonly CommentThread[], flat: readonly FlatBlock[], appendices: readonly Appendix[]): Map<string, string> {
  const wanted = new Set(threads.map((thread) => thread.root.anchor.blockId));
  const blocks = new Map<string, FlatBlock>();
  for (const block of flat) if (wanted.has(block.id)) blocks.set(block.id, block);
  for (const appendix of appendices) for (const block of flattenBody(appendix.body)) if (wanted.has(block.id)) blocks.set(block.id, block);
  const out = new Map<string, string>();
  for (const { root } of threads) {
    const block = blocks.get(root.anchor.blockId);
    const text = !root.orphaned && block ? blockText(block).slice(root.anchor.start, root.anchor.end) : (root.quote ?? '');
    out.set(root.id, text);
  }
  return out;
}
