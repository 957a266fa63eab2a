/**
 * Comments survive edits around them: a comment's anchor (offsets in its block's plain text) is
 * carried from the old text to the new one through the word diff of the two.
 *
 *   - text typed right before the start or right after the end stays outside the range;
 *   - text that replaces part of the range joins it;
 *   - when every character of the range was deleted the anchor is orphaned: it is flagged and kept,
 *     collapsed where the text used to be (or over the text that replaced it), never dropped.
 *
 * Offsets count UTF-16 code units of NFC text, as DocumentComment anchors do.
 */
import { diffWords, type WordOp } from './diff';

export interface TextAnchor {
  start: number;
  end: number;
}

export interface MappedAnchor extends TextAnchor {
  /** True when all of the anchored text was deleted. */
  orphaned: boolean;
}

/** One op with its place in the old text and in the new text. */
interface PlacedOp {
  op: WordOp['op'];
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

function place(ops: readonly WordOp[]): PlacedOp[] {
  let oldPos = 0;
  let newPos = 0;
  return ops.map(({ op, text }) => {
    const oldLength = op === 'insert' ? 0 : text.length;
    const newLength = op === 'delete' ? 0 : text.length;
    const placed = { op, oldStart: oldPos, oldEnd: oldPos + oldLength, newStart: newPos, newEnd: newPos + newLength };
    oldPos += oldLength;
    newPos += newLength;
    return placed;
  });
}

/** Where old character `index` begins in the new text (a deleted character: where its replacement begins). */
function mapStart(placed: readonly PlacedOp[], index: number, newLength: number): number {
  for (const op of placed) {
    if (op.op === 'insert' || index < op.oldStart || index >= op.oldEnd) continue;
    return op.op === 'equal' ? op.newStart + (index - op.oldStart) : op.newStart;
  }
  return newLength;
}

/** Where old character `index - 1` ends in the new text (a deleted character: after its replacement). */
function mapEnd(placed: readonly PlacedOp[], index: number): number {
  if (index <= 0) return 0;
  for (let i = 0; i < placed.length; i += 1) {
    const op = placed[i];
    if (op.op === 'insert' || index - 1 < op.oldStart || index - 1 >= op.oldEnd) continue;
    if (op.op === 'equal') return op.newStart + (index - op.oldStart);
    const next = placed[i + 1];
    return next?.op === 'insert' ? next.newEnd : op.newStart;
  }
  return placed.length ? placed[placed.length - 1].newEnd : 0;
}

/** Whether any character in old [start, end) is still there. */
function survives(placed: readonly PlacedOp[], start: number, end: number): boolean {
  return placed.some((op) => op.op === 'equal' && op.oldStart < end && op.oldEnd > start);
}

/** The anchor carried from `before` to `after` (the block's plain texts), given their word ops or not. */
export function mapAnchor(anchor: TextAnchor, before: string, after: string, ops: readonly WordOp[] = diffWords(before, after)): MappedAnchor {
  const placed = place(ops);
  const newLength = after.normalize('NFC').length;
  const oldLength = before.normalize('NFC').length;
  const start = Math.max(0, Math.min(anchor.start, oldLength));
  const end = Math.max(start, Math.min(anchor.end, oldLength));
  if (start === end) {
    const point = mapStart(placed, start, newLength);
    return { start: point, end: point, orphaned: false };
  }
  const newStart = mapStart(placed, start, newLength);
  const newEnd = Math.max(newStart, mapEnd(placed, end));
  return { start: newStart, end: newEnd, orphaned: !survives(placed, start, end) };
}
