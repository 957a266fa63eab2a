/**
 * Comments after a body edit. The editor calls this on every change of the flat body, so it looks
 * only at the blocks that carry comments and returns the very same array when no anchor moved.
 *
 *   block text changed          → anchors carried through the word diff (mapAnchor);
 *   whole passage deleted       → orphaned: kept, collapsed where the text was, quote kept;
 *   block gone from `after`     → orphaned, anchor left as it was;
 *   block not in `before`       → untouched (e.g. an appendix block when the body list is passed).
 *
 * An orphaned comment stays orphaned; a reply follows its root because it shares the root's anchor.
 */
import type { FlatBlock } from '../model/flat-body';
import type { DocumentComment } from '../model/types';
import { mapAnchor } from './anchors';
import { blockText, diffWords, type WordOp } from './diff';

/** The blocks of `blocks` whose ids are in `ids`. */
function pick(blocks: readonly FlatBlock[], ids: ReadonlySet<string>): Map<string, FlatBlock> {
  const out = new Map<string, FlatBlock>();
  for (const block of blocks) if (ids.has(block.id)) out.set(block.id, block);
  return out;
}

interface BlockEdit {
  before: string;
  after: string;
  ops: WordOp[];
}

/**
 * Comments after a body edit: anchors in blocks whose text changed are carried (mapAnchor); a comment
 * whose passage was wholly deleted or whose block disappeared becomes orphaned (kept, quote kept).
 * Returns the SAME array when nothing changed (cheap: only commented blocks are looked at).
 */
export function carryCommentAnchors(comments: DocumentComment[], before: readonly FlatBlock[], after: readonly FlatBlock[]): DocumentComment[] {
  if (comments.length === 0 || before === after) return comments;
  const ids = new Set(comments.map((comment) => comment.anchor.blockId));
  const oldBlocks = pick(before, ids);
  if (oldBlocks.size === 0) return comments;
  const newBlocks = pick(after, ids);

  // Per commented block: null = unchanged, 'gone' = removed, else its two texts and word ops.
  const edits = new Map<string, BlockEdit | 'gone' | null>();
  const editOf = (blockId: string): BlockEdit | 'gone' | null => {
    if (edits.has(blockId)) return edits.get(blockId)!;
    const oldBlock = oldBlocks.get(blockId);
    const newBlock = newBlocks.get(blockId);
    let edit: BlockEdit | 'gone' | null = null;
    if (oldBlock && !newBlock) edit = 'gone';
    else if (oldBlock && newBlock && oldBlock !== newBlock) {
      const oldText = blockText(oldBlock);
      const newText = blockText(newBlock);
      if (oldText !== newText) edit = { before: oldText, after: newText, ops: diffWords(oldText, newText) };
    }
    edits.set(blockId, edit);
    return edit;
  };

  let changed = false;
  const out = comments.map((comment) => {
    const edit = editOf(comment.anchor.blockId);
    if (edit === null) return comment;
    if (edit === 'gone') {
      if (comment.orphaned) return comment;
      changed = true;
      const next: DocumentComment = { ...comment, orphaned: true };
      if (next.quote === undefined) next.quote = blockText(oldBlocks.get(comment.anchor.blockId)!).slice(comment.anchor.start, comment.anchor.end);
      return next;
    }
    const mapped = mapAnchor(comment.anchor, edit.before, edit.after, edit.ops);
    const orphaned = comment.orphaned || mapped.orphaned;
    const { anchor } = comment;
    if (mapped.start === anchor.start && mapped.end === anchor.end && orphaned === comment.orphaned) return comment;
    changed = true;
    const next: DocumentComment = { ...comment, anchor: { blockId: anchor.blockId, start: mapped.start, end: mapped.end }, orphaned };
    if (orphaned && !comment.orphaned && next.quote === undefined) next.quote = edit.before.slice(anchor.start, anchor.end);
    return next;
  });
  return changed ? out : comments;
}
