/**
 * Comments after a body edit. The editor calls this on every change of the flat body, so it looks
 * only at the blocks that carry comments and returns the very same array when no anchor moved.
 *
 *   block text changed          → anchors carried through the word diff (mapAnchor);
 *   whole passage deleted       → orphaned: kept, collapsed where the text was, quote kept;
 *   block split (Enter)         → a passage after the split point moves to the new block right
 *                                 after it (the editor gives the second half a fresh id); one
 *                                 across the split point keeps the part left in the first block;
 *   block merged into the one before it (Backspace at its start; the first block keeps its id)
 *                               → moved there, offsets shifted by that block's old length;
 *   block gone from `after`     → orphaned, anchor left as it was;
 *   block not in `before`       → untouched (e.g. an appendix block when the body list is passed),
 *                                 but an orphan on it may re-attach (its removal undone).
 *
 * An orphan stays orphaned, unless its quote reads again exactly where it was collapsed, in its
 * block or the block it was carried to (the deletion undone): then it is attached to it again.
 * A reply follows its root because it shares the root's anchor.
 *
 * Typing changes one stretch of text at a time, so the edit is first found character by character
 * (common prefix and suffix). A pure insertion or deletion, and any edit that does not touch the
 * passage, is mapped exactly: letters typed right at either edge stay outside, letters typed inside
 * join it. A replacement within the passage, up to the whole of it (the commented words selected and
 * the correction typed over them, a Telex vowel "ee" → "ê"), keeps the comment on the new text, as
 * Word does. A replacement reaching past the passage (a paste over several words, an undo of several
 * edits) is mapped through the word diff, where surviving words keep it.
 * When a deletion is ambiguous (one of two equal neighbours went), the passage keeps its text.
 */
import type { FlatBlock } from '../model/flat-body';
import type { DocumentComment } from '../model/types';
import { mapAnchor, type MappedAnchor, type TextAnchor } from './anchors';
import { blockText, diffWords, type WordOp } from './diff';
import { isWordChar } from './tokens';

const isBlank = (text: string): boolean => text.trim() === '';

/**
 * A block's text change: old [from, oldEnd) became new [from, newEnd); the word ops when needed.
 * The editor uses it too, to draw the passages of a keystroke before the carried comments arrive.
 */
export class BlockEdit {
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
      // Letters typed right against the passage's last letter continue its word and join it (a
      // commented "2025" selected and retyped "2026": "2" replaces it, then "026" follows).
      const continuesWord = from === end && end > start && isWordChar(this.before[end - 1]) && isWordChar(this.after[from]);
      return { start, end: from > end || (from === end && !continuesWord) ? end : end + inserted, orphaned: false };
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
    if (inserted > 0 && start < end && from >= start && oldEnd <= end) {
      // A replacement within the passage, up to all of it (its words selected and the correction
      // typed over them, a Telex tone changing a vowel): the new text takes the comment, as in Word.
      return { start, end: end + delta, orphaned: false };
    }
    if (inserted === 0 || oldEnd <= start || from >= end) {
      // A pure deletion, or an edit away from the passage: each edge shifted, or moved to where the deletion was.
      const at = (index: number): number => (index <= from ? index : index >= oldEnd ? index + delta : from);
      const orphaned = start < end && from <= start && oldEnd >= end;
      return { start: at(start), end: at(end), orphaned };
    }
    return mapAnchor({ start, end }, this.before, this.after, this.ops);
  }

  /** The anchor carried through this edit, where a passage left with nothing but spaces is gone too. */
  carry(anchor: TextAnchor): MappedAnchor {
    const mapped = this.map(anchor);
    // Its letters deleted one by one: nothing of the passage is left.
    if (!mapped.orphaned && isBlank(this.after.slice(mapped.start, mapped.end)) && !isBlank(this.before.slice(anchor.start, anchor.end))) {
      return { start: mapped.start, end: mapped.start, orphaned: true };
    }
    return mapped;
  }
}

/** A block and its place in a list. */
interface Placed {
  block: FlatBlock;
  index: number;
}

/** What became of one commented block. */
type Carry =
  /** Its text changed in place. */
  | { kind: 'edit'; edit: BlockEdit }
  /** Split (Enter): it kept old [0, at); old [at, …) starts the new block `nextId` right after it. */
  | { kind: 'split'; at: number; text: string; nextId: string; nextText: string }
  /** Merged into the block before it (Backspace at its start): its text now starts at `offset` there. */
  | { kind: 'merged'; into: string; offset: number; text: string }
  /** Gone from the list. */
  | { kind: 'gone' }
  /** Not in `before` but in `after` (a removed block brought back by undo): only orphans look at it. */
  | { kind: 'back'; text: string };

/** Where a comment ends up: its block, offsets, the flag, and its block's new text. */
interface Landing {
  blockId: string;
  start: number;
  end: number;
  orphaned: boolean;
  text: string;
}

/** The blocks of `blocks` whose ids are in `ids`, with their indexes. */
function locate(blocks: readonly FlatBlock[], ids: ReadonlySet<string>): Map<string, Placed> {
  const out = new Map<string, Placed>();
  blocks.forEach((block, index) => {
    if (ids.has(block.id)) out.set(block.id, { block, index });
  });
  return out;
}

/**
 * A block still there whose text is now a prefix of the old one, followed by a block that is not in
 * `before` and starts with the rest: the block was split (Enter), or a merge was undone.
 */
function splitOf(oldText: string, newText: string, index: number, before: readonly FlatBlock[], after: readonly FlatBlock[]): Carry | null {
  if (newText.length >= oldText.length || !oldText.startsWith(newText)) return null;
  const next = after[index + 1];
  if (!next) return null;
  const nextText = blockText(next);
  if (!nextText.startsWith(oldText.slice(newText.length))) return null;
  if (before.some((block) => block.id === next.id)) return null;
  return { kind: 'split', at: newText.length, text: newText, nextId: next.id, nextText };
}

/**
 * A block gone whose text now ends the block before it (that block's old text + this one's): it
 * was merged into it (Backspace at its start, Delete at the end of the one before), or a split
 * was undone.
 */
function mergeOf(oldText: string, index: number, before: readonly FlatBlock[], after: readonly FlatBlock[]): Carry | null {
  const previous = before[index - 1];
  if (!previous) return null;
  // Usually at the same place in `after`; anywhere else when blocks above changed too.
  const candidate = after[index - 1]?.id === previous.id ? after[index - 1] : after.find((block) => block.id === previous.id);
  if (!candidate) return null;
  const previousText = blockText(previous);
  const text = blockText(candidate);
  if (text.length !== previousText.length + oldText.length || !text.startsWith(previousText) || !text.endsWith(oldText)) return null;
  return { kind: 'merged', into: previous.id, offset: previousText.length, text };
}

/** The anchor of a comment carried through what became of its block. */
function land(comment: DocumentComment, carry: Exclude<Carry, { kind: 'back' }>): Landing {
  const { blockId, start, end } = comment.anchor;
  switch (carry.kind) {
    case 'gone':
      return { blockId, start, end, orphaned: true, text: '' };
    case 'merged':
      return { blockId: carry.into, start: start + carry.offset, end: end + carry.offset, orphaned: comment.orphaned, text: carry.text };
    case 'split': {
      const { at } = carry;
      // Wholly after the split point → the new block; across it → the part left in the first block.
      if (start >= at && end > at) return { blockId: carry.nextId, start: start - at, end: end - at, orphaned: comment.orphaned, text: carry.nextText };
      return { blockId, start: Math.min(start, at), end: Math.min(end, at), orphaned: comment.orphaned, text: carry.text };
    }
    case 'edit': {
      const mapped = carry.edit.carry(comment.anchor);
      return { blockId, start: mapped.start, end: mapped.end, orphaned: comment.orphaned || mapped.orphaned, text: carry.edit.after };
    }
  }
}

/**
 * An orphan whose passage (its quote) reads again where it was collapsed — the deletion undone —
 * is attached to it again. `places`: where to look in the block's new text.
 */
function reattach(comment: DocumentComment, landing: Landing, places: readonly number[]): Landing {
  const { quote } = comment;
  if (!comment.orphaned || !landing.orphaned || quote === undefined || isBlank(quote)) return landing;
  for (const at of places) {
    if (at >= 0 && landing.text.startsWith(quote, at)) return { ...landing, start: at, end: at + quote.length, orphaned: false };
  }
  return landing;
}

/**
 * Comments after a body edit: anchors in blocks whose text changed are carried (mapAnchor); a comment
 * whose passage was wholly deleted or whose block disappeared becomes orphaned (kept, quote kept).
 * Returns the SAME array when nothing changed (cheap: only commented blocks and, when one of them
 * was split or is gone, its neighbour are looked at).
 */
export function carryCommentAnchors(comments: DocumentComment[], before: readonly FlatBlock[], after: readonly FlatBlock[]): DocumentComment[] {
  if (comments.length === 0 || before === after) return comments;
  const ids = new Set(comments.map((comment) => comment.anchor.blockId));
  const oldBlocks = locate(before, ids);
  const newBlocks = locate(after, ids);
  if (oldBlocks.size === 0 && newBlocks.size === 0) return comments;

  // Per commented block: null = unchanged (or neither here nor there).
  const carries = new Map<string, Carry | null>();
  const carryOf = (blockId: string): Carry | null => {
    if (carries.has(blockId)) return carries.get(blockId)!;
    const oldPlaced = oldBlocks.get(blockId);
    const newPlaced = newBlocks.get(blockId);
    let carry: Carry | null = null;
    if (!oldPlaced) {
      if (newPlaced) carry = { kind: 'back', text: blockText(newPlaced.block) };
    } else if (!newPlaced) {
      carry = mergeOf(blockText(oldPlaced.block), oldPlaced.index, before, after) ?? { kind: 'gone' };
    } else if (oldPlaced.block !== newPlaced.block) {
      const oldText = blockText(oldPlaced.block);
      const newText = blockText(newPlaced.block);
      if (oldText !== newText) carry = splitOf(oldText, newText, newPlaced.index, before, after) ?? { kind: 'edit', edit: new BlockEdit(oldText, newText) };
    }
    carries.set(blockId, carry);
    return carry;
  };

  let changed = false;
  const carried = (comment: DocumentComment, landing: Landing, quote?: string): DocumentComment => {
    changed = true;
    const next: DocumentComment = { ...comment, anchor: { blockId: landing.blockId, start: landing.start, end: landing.end }, orphaned: landing.orphaned };
    if (quote !== undefined) next.quote = quote;
    return next;
  };
  const out = comments.map((comment) => {
    const carry = carryOf(comment.anchor.blockId);
    if (carry === null) return comment;
    const { anchor } = comment;
    let landing: Landing;
    if (carry.kind === 'back') {
      landing = reattach(comment, { ...anchor, orphaned: comment.orphaned, text: carry.text }, [anchor.start]);
    } else {
      const oldText = carry.kind === 'edit' ? carry.edit.before : blockText(oldBlocks.get(anchor.blockId)!.block);
      landing = land(comment, carry);
      // Where it was collapsed (when the text before it is as it was), and where that place went.
      const places = carry.kind === 'edit' && anchor.start <= carry.edit.from ? [anchor.start, landing.start] : [landing.start];
      landing = reattach(comment, landing, places);
      // The passage as it read, for a comment without a quote (an older file) that is orphaned now.
      if (landing.orphaned && !comment.orphaned && comment.quote === undefined) return carried(comment, landing, oldText.slice(anchor.start, anchor.end));
    }
    if (landing.blockId === anchor.blockId && landing.start === anchor.start && landing.end === anchor.end && landing.orphaned === comment.orphaned) return comment;
    return carried(comment, landing);
  });
  return changed ? out : comments;
}
