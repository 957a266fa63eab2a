/**
 * Tracked changes (Word's "Track Changes"): text that came in since an earlier version is written
 * inside w:ins, text that went away inside w:del (as w:delText), each with the author, the date and
 * an id unique in the document. A paragraph that was added or removed as a whole also has its
 * paragraph mark inserted or deleted (w:pPr/w:rPr/w:ins|w:del), so accepting or rejecting all
 * changes in Word gives back exactly the newer or the older text.
 *
 * The text of a paragraph is described as pieces: unchanged ('same'), inserted ('ins') or deleted
 * ('del'), each with its formatted runs taken from the version the text comes from.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { InlineText } from '../model/types';
import { sliceInlines } from '../model/inline-text';
import { diffWords } from '../review/diff';
import type { Anchor } from './comments';
import { inlineSegments, run, runProperties, type RunStyle } from './runs';

/** The attributes of one tracked change (w:ins / w:del). */
export interface ChangeMark {
  id: number;
  author: string;
  date: string;
}

/** Hands out change marks with ids unique in the document, all by one author at one time. */
export class Tracker {
  private next: number;
  readonly date: string;

  /** `firstId` must be above every other annotation id in the document (the comments use 0 … n-1). */
  constructor(
    readonly author: string,
    date: string,
    firstId: number,
  ) {
    this.date = wordDate(date);
    this.next = firstId;
  }

  mark(): ChangeMark {
    return { id: this.next++, author: this.author, date: this.date };
  }
}

/** An ISO date-time as Word writes it in w:date: UTC, whole seconds ("2026-01-05T08:30:00Z"). */
export function wordDate(date: string): string {
  const time = Date.parse(date);
  if (Number.isNaN(time)) throw new Error(`Tracked changes need a date-time; got "${date}"`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export type PieceKind = 'same' | 'ins' | 'del';

export interface Piece {
  kind: PieceKind;
  inlines: InlineText[];
}

const plainText = (inlines: readonly InlineText[]): string => inlines.map((inline) => inline.text).join('');

/** Unchanged content as pieces. */
export const samePieces = (inlines: readonly InlineText[]): Piece[] => [{ kind: 'same', inlines: [...inlines] }];

/** Content as one inserted or deleted piece. */
export const wholePieces = (kind: 'ins' | 'del', inlines: readonly InlineText[]): Piece[] =>
  plainText(inlines) ? [{ kind, inlines: [...inlines] }] : [];

/**
 * The word diff of two contents (core/review/diffWords, Vietnamese syllables as words) as pieces:
 * unchanged and inserted text keep the newer version's formatting, deleted text the older one's.
 * Both contents are NFC (the writer cleans every text first).
 */
export function wordPieces(before: readonly InlineText[], after: readonly InlineText[]): Piece[] {
  const out: Piece[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const { op, text } of diffWords(plainText(before), plainText(after))) {
    if (op === 'delete') {
      out.push({ kind: 'del', inlines: sliceInlines(before, oldAt, oldAt + text.length) });
      oldAt += text.length;
    } else {
      out.push({ kind: op === 'insert' ? 'ins' : 'same', inlines: sliceInlines(after, newAt, newAt + text.length) });
      newAt += text.length;
      if (op === 'equal') oldAt += text.length;
    }
  }
  return out;
}

/** The word diff of two plain strings as pieces. */
export function textPieces(before: string, after: string): Piece[] {
  return before === after ? (after ? samePieces([{ text: after }]) : []) : wordPieces([{ text: before }], [{ text: after }]);
}

function commentEnd(id: number, style: RunStyle): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ ...runProperties(style), children: [new CommentReference(id)] })];
}

function pieceRuns(kind: PieceKind, inlines: readonly InlineText[], style: RunStyle, tracker: Tracker | null, upper: boolean, styleSize?: number): ParagraphChild[] {
  return inlineSegments(inlines, style, upper).map((segment) => {
    if (kind === 'same') return run(segment.text, segment.style, styleSize);
    if (!tracker) throw new Error('Inserted or deleted text needs a change tracker');
    const options = { ...runProperties(segment.style, styleSize), text: segment.text, ...tracker.mark() };
    return kind === 'ins' ? new InsertedTextRun(options) : new DeletedTextRun(options);
  });
}

/**
 * The runs of a paragraph's pieces, with comment ranges opened and closed at their offsets.
 * Offsets count the text the newer version prints (unchanged and inserted pieces; deleted text
 * takes no room), as comment anchors do.
 */
export function revisedRuns(
  pieces: readonly Piece[],
  style: RunStyle,
  anchors: readonly Anchor[],
  tracker: Tracker | null,
  upper = false,
  styleSize?: number,
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const started = new Set<Anchor>();
  const ended = new Set<Anchor>();
  const open = (anchor: Anchor): void => {
    started.add(anchor);
    out.push(new CommentRangeStart(anchor.id));
  };
  const close = (anchor: Anchor): void => {
    ended.add(anchor);
    out.push(...commentEnd(anchor.id, style));
  };
  const markersAt = (position: number): void => {
    for (const anchor of anchors) if (anchor.start === position && !started.has(anchor)) open(anchor);
    for (const anchor of anchors) if (anchor.end === position && started.has(anchor) && !ended.has(anchor)) close(anchor);
  };
  const cuts = [...new Set(anchors.flatMap((anchor) => [anchor.start, anchor.end]))].sort((a, b) => a - b);
  let position = 0;
  for (const piece of pieces) {
    markersAt(position);
    if (piece.kind === 'del') {
      out.push(...pieceRuns('del', piece.inlines, style, tracker, upper, styleSize));
      continue;
    }
    const length = plainText(piece.inlines).length;
    let from = 0;
    for (const cut of cuts) {
      if (cut <= position || cut >= position + length) continue;
      out.push(...pieceRuns(piece.kind, sliceInlines(piece.inlines, from, cut - position), style, tracker, upper, styleSize));
      from = cut - position;
      markersAt(cut);
    }
    out.push(...pieceRuns(piece.kind, sliceInlines(piece.inlines, from), style, tracker, upper, styleSize));
    position += length;
  }
  markersAt(position);
  // Anchors past the end of the text (the plan clamps them, so only as a safety net) still close.
  for (const anchor of anchors) {
    if (!started.has(anchor)) open(anchor);
    if (!ended.has(anchor)) close(anchor);
  }
  return out;
}
