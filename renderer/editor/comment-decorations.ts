/**
 * Comments (góp ý) drawn on the body: the passages comments are anchored to, as Slate decorations.
 *
 * A comment's anchor is a block id and offsets in the block's plain text (the concatenated text
 * of its leaves, NFC UTF-16 units). Here those offsets become Slate ranges over the block's text
 * nodes, whatever formatted runs split the text. Every comment gets its own decoration key
 * (`comment:<id>`), so a leaf inside two overlapping passages carries both ids; the active one
 * (chosen in the comments pane, or clicked) also carries `commentActive`.
 *
 * Tables are voids with no text in Slate: a comment on a table marks the cells its offsets cover
 * (offsets over "cells joined by ' | ', rows by line breaks", as core/review/diff.ts blockText).
 */
import { Editor, Range, type BaseRange, type Operation, type Point } from 'slate';
import type { TableModel } from '../../core/model/types';
import { BlockEdit } from '../../core/review/carry-anchors';
import type { BodyElement, BodyText } from './slate-types';

/** One comment's passage in a block, as the editor draws it. */
export interface CommentMark {
  id: string;
  start: number;
  end: number;
  /** The thread chosen in the pane (or clicked): drawn stronger. */
  active?: boolean;
}

/** The passages to draw, by block id. */
export type CommentMarks = ReadonlyMap<string, readonly CommentMark[]>;

/** A passage the user picked to comment on: a block and offsets in its plain text. */
export interface CommentAnchorTarget {
  blockId: string;
  start: number;
  end: number;
}

/** What a selection gives to comment on. `clamped`: it ran over several blocks and was cut to the first. */
export type CommentTarget =
  | { ok: true; anchor: CommentAnchorTarget; clamped: boolean }
  | { ok: false; reason: 'no-selection' | 'collapsed' };

export const COMMENT_KEY_PREFIX = 'comment:';

/** A decoration: the range and its flags (copied onto the leaves it covers). */
export type CommentDecoration = BaseRange & { commented: true; commentActive?: true } & Record<string, unknown>;

const textLength = (texts: readonly BodyText[]): number => texts.reduce((sum, leaf) => sum + leaf.text.length, 0);

/**
 * The Slate point at plain-text `offset` of the block at top-level `index`. At a boundary between
 * two leaves a start (`leaning: 'forward'`) goes to the next leaf, an end to the previous one, so
 * no leaf gets an empty piece of a passage. Offsets past the text are clamped.
 */
export function pointAt(element: BodyElement, index: number, offset: number, leaning: 'forward' | 'backward' = 'backward'): Point {
  const texts = element.children;
  let left = Math.max(0, offset);
  for (let j = 0; j < texts.length; j++) {
    const length = texts[j].text.length;
    const inside = leaning === 'forward' ? left < length : left <= length;
    if (inside) return { path: [index, j], offset: left };
    left -= length;
  }
  const last = texts.length - 1;
  return { path: [index, last], offset: texts[last]?.text.length ?? 0 };
}

/** The plain-text offset of a point inside its top-level block. */
export function offsetOf(element: BodyElement, point: Point): number {
  const leaf = point.path[1] ?? 0;
  let offset = 0;
  for (let j = 0; j < leaf && j < element.children.length; j++) offset += element.children[j].text.length;
  return offset + point.offset;
}

/** The Slate range of plain-text [start, end) in the text block at `index`; null when empty or a table. */
export function rangeOf(element: BodyElement, index: number, start: number, end: number): Range | null {
  if (element.type !== 'block') return null;
  const total = textLength(element.children);
  const from = Math.min(Math.max(0, start), total);
  const to = Math.min(Math.max(from, end), total);
  if (from === to) return null;
  return { anchor: pointAt(element, index, from, 'forward'), focus: pointAt(element, index, to, 'backward') };
}

/** Finds a block's index by id, remembering where ids were last seen (typing moves no block). */
export class BlockIndex {
  private last = new Map<string, number>();

  find(children: readonly unknown[], id: string): number {
    const guess = this.last.get(id);
    if (guess !== undefined && (children[guess] as BodyElement | undefined)?.id === id) return guess;
    this.last.clear();
    children.forEach((node, i) => this.last.set((node as BodyElement).id, i));
    return this.last.get(id) ?? -1;
  }
}

/**
 * The decorations for every text passage in `marks`, in document order (ties: the comment list
 * order), over the editor's current children.
 */
export function commentDecorations(children: readonly unknown[], marks: CommentMarks, index: BlockIndex = new BlockIndex()): CommentDecoration[] {
  const out: Array<{ at: number; start: number; decoration: CommentDecoration }> = [];
  for (const [blockId, list] of marks) {
    const at = index.find(children, blockId);
    if (at < 0) continue;
    const element = children[at] as BodyElement;
    if (element.type !== 'block') continue;
    for (const mark of list) {
      const range = rangeOf(element, at, mark.start, mark.end);
      if (!range) continue;
      const decoration = { ...range, commented: true, [COMMENT_KEY_PREFIX + mark.id]: true } as CommentDecoration;
      if (mark.active) decoration.commentActive = true;
      out.push({ at, start: mark.start, decoration });
    }
  }
  out.sort((a, b) => a.at - b.at || a.start - b.start);
  return out.map((entry) => entry.decoration);
}

/** The comment ids a decorated leaf carries (in the order its decorations were applied). */
export function commentIdsOf(leaf: object): string[] {
  const ids: string[] = [];
  for (const key of Object.keys(leaf)) if (key.startsWith(COMMENT_KEY_PREFIX)) ids.push(key.slice(COMMENT_KEY_PREFIX.length));
  return ids;
}

/**
 * What the editor's selection gives to comment on: a non-collapsed range inside one text block.
 * A selection over several blocks is cut to the end of its first block (`clamped`); one that
 * starts in a table gives nothing here (table cells are text areas: see tableCellTarget).
 */
export function selectionTarget(editor: Editor): CommentTarget {
  const { selection } = editor;
  if (!selection) return { ok: false, reason: 'no-selection' };
  if (Range.isCollapsed(selection)) return { ok: false, reason: 'collapsed' };
  const [start, end] = Range.edges(selection);
  const index = start.path[0];
  const element = editor.children[index] as BodyElement | undefined;
  if (!element || element.type !== 'block') return { ok: false, reason: 'no-selection' };
  const from = offsetOf(element, start);
  const clamped = end.path[0] !== index;
  const to = clamped ? textLength(element.children) : offsetOf(element, end);
  if (to <= from) return { ok: false, reason: 'collapsed' };
  return { ok: true, anchor: { blockId: element.id, start: from, end: to }, clamped };
}

/** Where each cell's text lies in the table's plain text: key "row:cell" (header rows first). */
export function tableCellSpans(table: TableModel): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  let offset = 0;
  [...table.headerRows, ...table.rows].forEach((row, r) => {
    if (r > 0) offset += 1; // "\n" between rows
    row.forEach((cell, c) => {
      if (c > 0) offset += 3; // " | " between cells
      const length = cell.paragraphs.map((runs) => runs.map((run) => run.text).join('').normalize('NFC')).join('\n').length;
      spans.set(`${r}:${c}`, { start: offset, end: offset + length });
      offset += length;
    });
  });
  return spans;
}

/** The cells of a table a comment's offsets cover: "row:cell" → whether the active comment is among them. */
export function tableCellMarks(table: TableModel, marks: readonly CommentMark[]): Map<string, { ids: string[]; active: boolean }> {
  const out = new Map<string, { ids: string[]; active: boolean }>();
  for (const [key, span] of tableCellSpans(table)) {
    for (const mark of marks) {
      // A passage covers a cell when they share a character (an empty cell: when the passage spans it).
      const covers = span.start === span.end ? mark.start <= span.start && mark.end >= span.end && mark.end > mark.start : mark.start < span.end && mark.end > span.start;
      if (!covers) continue;
      const entry = out.get(key) ?? { ids: [], active: false };
      entry.ids.push(mark.id);
      entry.active ||= Boolean(mark.active);
      out.set(key, entry);
    }
  }
  return out;
}

/**
 * A passage inside one table cell: the cell's text area and its selection, as offsets in the
 * table's plain text. Null when the selection in the cell is empty.
 */
export function tableCellTarget(table: TableModel, blockId: string, row: number, cell: number, selectionStart: number, selectionEnd: number): CommentAnchorTarget | null {
  const span = tableCellSpans(table).get(`${row}:${cell}`);
  if (!span) return null;
  const from = Math.min(selectionStart, selectionEnd);
  const to = Math.max(selectionStart, selectionEnd);
  if (to <= from) return null;
  return { blockId, start: span.start + Math.min(from, span.end - span.start), end: span.start + Math.min(to, span.end - span.start) };
}

const sameList = (a: readonly CommentMark[], b: readonly CommentMark[]): boolean =>
  a.length === b.length && a.every((mark, i) => mark.id === b[i].id && mark.start === b[i].start && mark.end === b[i].end && Boolean(mark.active) === Boolean(b[i].active));

/** Whether two sets of passages draw the same (by value). */
export function sameCommentMarks(a: CommentMarks, b: CommentMarks): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [blockId, list] of a) {
    const other = b.get(blockId);
    if (!other || (other !== list && !sameList(list, other))) return false;
  }
  return true;
}

/** The passages of one block carried through an edit of its text (the rule the comments follow). */
function carriedThrough(list: readonly CommentMark[], edit: BlockEdit): readonly CommentMark[] {
  return list.flatMap((mark) => {
    const mapped = edit.carry(mark);
    if (mapped.orphaned || mapped.end <= mapped.start) return [];
    return mapped.start === mark.start && mapped.end === mark.end ? [mark] : [{ ...mark, start: mapped.start, end: mapped.end }];
  });
}

/**
 * The passages carried through the text typed or deleted in this change, as the document's
 * comments will be, by the same rule (core/review/carry-anchors.ts BlockEdit: typing before or after
 * a passage stays outside it, inside or continuing its last word joins it, a wholly deleted passage
 * is no longer drawn). Drawing them at once saves
 * a second render of the editable when the carried comments arrive; where this guess and the
 * comments differ, the comments win. A change of more than one text operation (structure, a
 * deletion over several runs) leaves the passages to the comments. `editor` holds the tree after
 * the operations.
 */
export function carryMarks(marks: CommentMarks, editor: Editor, operations: readonly Operation[]): CommentMarks {
  if (marks.size === 0) return marks;
  // One text operation (a key typed, a letter or a selection within a run deleted): its place is
  // known from the tree after it. Anything more is left to the comments.
  const changes = operations.filter((op) => op.type !== 'set_selection');
  if (changes.length !== 1) return marks;
  let out: Map<string, readonly CommentMark[]> | null = null;
  for (const op of changes) {
    if (op.type !== 'insert_text' && op.type !== 'remove_text') continue;
    const [index, leaf] = op.path;
    const element = editor.children[index] as BodyElement | undefined;
    if (!element || element.type !== 'block') continue;
    const list = (out ?? marks).get(element.id);
    if (!list) continue;
    // Leaves before the changed one are as they were: the change's place in the block's text.
    let at = op.offset;
    for (let j = 0; j < leaf && j < element.children.length; j++) at += element.children[j].text.length;
    // The block's text after the operation, and before it (the operation undone).
    const after = element.children.map((child) => child.text).join('');
    const before = op.type === 'insert_text' ? after.slice(0, at) + after.slice(at + op.text.length) : after.slice(0, at) + op.text + after.slice(at);
    const next = carriedThrough(list, new BlockEdit(before, after));
    out ??= new Map(marks);
    if (next.length > 0) out.set(element.id, next);
    else out.delete(element.id);
  }
  return out ?? marks;
}
