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
 *
 * Typing changes one stretch of text at a time, so the edit is first found character by character
 * (common prefix and suffix). A pure insertion or deletion, and any edit that does not touch the
 * passage, is mapped exactly: letters typed right at either edge stay outside, letters typed inside
 * join it. A replacement that overlaps the passage (a Telex vowel "ee" → "ê", a paste over several
 * words, an undo of several edits) is mapped through the word diff, where surviving words keep it.
 * When a deletion is ambiguous (one of two equal neighbours went), the passage keeps its text.
 */
import type { FlatBlock } from '../model/flat-body';
import type { DocumentComment } from '../model/types';
import { mapAnchor, type MappedAnchor, type TextAnchor } from './anchors';
import { blockText, diffWords, type WordOp } from './diff';

const isBlank = (text: string): boolean => text.trim() === '';

/** The blocks of `blocks` whose ids are in `ids`. */
function pick(blocks: readonly FlatBlock[], ids: ReadonlySet<string>): Map<string, FlatBlock> {
  const out = new Map<string, FlatBlock>();
  for (const block of blocks) if (ids.has(block.id)) out.set(block.id, block);
  return out;
}

/** A block's text change: old [from, oldEnd) became new [from, newEnd); the word ops when needed. */
class BlockEdit {
  readonly from: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  private wordOps: WordOp[] | null = null;

  constructor(
    readonly before: string,
    readonly after: string,
  ) {
    let prefix = 0;
    const shorter = Math.min(before.length, after.length);
    while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
    let suffix = 0;
    while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
    this.from = prefix;
    this.oldEnd = before.length - suffix;
    this.newEnd = after.length - suffix;
  }

  get ops(): WordOp[] {
    return (this.wordOps ??= diffWords(this.before, this.after));
  }

  /** The anchor carried through this edit. */
  map(anchor: TextAnchor): MappedAnchor {
    const { from, oldEnd, newEnd } = this;
    const start = Math.max(0, Math.min(anchor.start, this.before.length));
    const end = Math.max(start, Math.min(anchor.end, this.before.length));
    const deleted = oldEnd - from;
    const inserted = newEnd - from;
    const delta = inserted - deleted;
    // Text typed inside the passage that could equally have been typed at its start stays outside.
    if (deleted === 0 && from > start && this.after.slice(start + inserted) === this.before.slice(start)) {
      return { start: start + inserted, end: end + inserted, orphaned: false };
    }
    if (deleted === 0) {
      // A pure insertion: at or before the start → shifted; at or after the end → unchanged; inside → joins.
      if (from <= start) return { start: start + inserted, end: end + inserted, orphaned: false };
      return { start, end: from >= end ? end : end + inserted, orphaned: false };
    }
    if (inserted === 0 && deleted > 1 && start < end && deleted >= end - start) {
      // The same deletion can often be placed elsewhere ("đầy đủ các nhiệm vụ " before "được": the
      // common prefix swallows the "đ"). When some placement covers the whole passage, it was deleted.
      let lo = from;
      while (lo > 0 && this.before.charCodeAt(lo - 1) === this.before.charCodeAt(lo - 1 + deleted)) lo -= 1;
      let hi = from;
      while (hi + deleted < this.before.length && this.before.charCodeAt(hi) === this.before.charCodeAt(hi + deleted)) hi += 1;
      const placement = Math.min(hi, start);
      if (placement >= Math.max(lo, end - deleted)) return { start: placement, end: placement, orphaned: true };
    }
    if (inserted === 0 || oldEnd <= start || from >= end) {
      // A pure deletion, or an edit away from the passage: each edge shifted, or moved to where the deletion was.
      const at = (index: number): number => (index <= from ? index : index >= oldEnd ? index + delta : from);
      const orphaned = start < end && from <= start && oldEnd >= end;
      return { start: at(start), end: at(end), orphaned };
    }
    return mapAnchor({ start, end }, this.before, this.after, this.ops);
  }
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
      if (oldText !== newText) edit = new BlockEdit(oldText, newText);
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
    const mapped = edit.map(comment.anchor);
    // A passage left with nothing but spaces (its letters deleted one by one) is gone too.
    if (!mapped.orphaned && isBlank(edit.after.slice(mapped.start, mapped.end)) && !isBlank(edit.before.slice(comment.anchor.start, comment.anchor.end))) {
      mapped.orphaned = true;
      mapped.end = mapped.start;
    }
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
