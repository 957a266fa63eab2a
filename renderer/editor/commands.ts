/**
 * Body editing commands, pure over a Slate editor (no DOM): change a block's kind, move blocks a
 * level down or up, marks, tables, moving a section, an amount of money in words, undo and redo. Each command is one history
 * step and returns whether it changed anything.
 */
import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { STRUCTURE_LEVELS, type FlatTextKind } from '../../core/model/flat-body';
import { newId } from '../../core/model/ids';
import type { BlockElement, BodyElement, MarkName, TableElement } from './slate-types';
import { createTable } from './table-ops';
import { amountAt, amountWordsEdit } from '../../core/format/amount-words';
import { offsetOf, pointAt } from './comment-decorations';

export type ActiveKind = FlatTextKind | 'table';

/** Top-level index range the selection covers, or null without a selection. */
function selectedIndexes(editor: Editor): [number, number] | null {
  const { selection } = editor;
  if (!selection || editor.children.length === 0) return null;
  const a = selection.anchor.path[0];
  const b = selection.focus.path[0];
  return [Math.min(a, b), Math.max(a, b)];
}

/** The text blocks the selection touches, with their paths. */
export function selectedBlocks(editor: Editor): Array<[BlockElement, Path]> {
  const range = selectedIndexes(editor);
  if (!range) return [];
  const out: Array<[BlockElement, Path]> = [];
  for (let i = range[0]; i <= range[1]; i++) {
    const node = editor.children[i];
    if (Element.isElement(node) && node.type === 'block') out.push([node, [i]]);
  }
  return out;
}

/** The kind of the block holding the cursor ('table' on a table), or null without a selection. */
export function activeKind(editor: Editor): ActiveKind | null {
  const range = selectedIndexes(editor);
  if (!range) return null;
  const node = editor.children[editor.selection!.anchor.path[0]] as BodyElement | undefined;
  if (!node) return null;
  return node.type === 'table' ? 'table' : node.kind;
}

/** Sets a block's kind; `titled` applies to clauses (default: keep, or titled for a new clause). */
export function setBlockKind(editor: Editor, path: Path, block: BlockElement, kind: FlatTextKind, titled?: boolean): boolean {
  if (kind === 'clause') {
    const nextTitled = titled ?? (block.kind === 'clause' ? block.titled ?? true : true);
    if (block.kind === 'clause' && block.titled === nextTitled) return false;
    Transforms.setNodes(editor, { kind, titled: nextTitled }, { at: path });
    return true;
  }
  if (block.kind === kind && !('titled' in block)) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.setNodes(editor, { kind }, { at: path });
    if ('titled' in block) Transforms.unsetNodes(editor, 'titled', { at: path });
  });
  return true;
}

/** Makes every selected block `kind` (toolbar: section, clause, point, dash, plus, paragraph). */
export function setKind(editor: Editor, kind: FlatTextKind, titled?: boolean): boolean {
  let changed = false;
  Editor.withoutNormalizing(editor, () => {
    for (const [block, path] of selectedBlocks(editor)) changed = setBlockKind(editor, path, block, kind, titled) || changed;
  });
  return changed;
}

/** One level down (Tab): section → clause → point → dash → plus; a paragraph becomes a dash item. */
export function levelDown(kind: FlatTextKind): FlatTextKind {
  if (kind === 'paragraph') return 'dash';
  const i = STRUCTURE_LEVELS.indexOf(kind);
  return STRUCTURE_LEVELS[Math.min(i + 1, STRUCTURE_LEVELS.length - 1)];
}

/** One level up (Shift+Tab): plus → dash → point → clause → section; sections and paragraphs stay. */
export function levelUp(kind: FlatTextKind): FlatTextKind {
  if (kind === 'paragraph') return 'paragraph';
  const i = STRUCTURE_LEVELS.indexOf(kind);
  return STRUCTURE_LEVELS[Math.max(i - 1, 0)];
}

function shiftLevel(editor: Editor, step: (kind: FlatTextKind) => FlatTextKind): boolean {
  let changed = false;
  Editor.withoutNormalizing(editor, () => {
    for (const [block, path] of selectedBlocks(editor)) {
      const next = step(block.kind);
      if (next !== block.kind) changed = setBlockKind(editor, path, block, next) || changed;
    }
  });
  return changed;
}

export const indent = (editor: Editor): boolean => shiftLevel(editor, levelDown);
export const outdent = (editor: Editor): boolean => shiftLevel(editor, levelUp);

/** Text leaves the selection actually covers (at least one character, or the cursor's leaf). */
function coveredLeaves(editor: Editor): Text[] {
  const { selection } = editor;
  if (!selection) return [];
  const [start, end] = Range.edges(selection);
  const leaves: Text[] = [];
  for (const [node, path] of Editor.nodes(editor, { at: selection, match: Text.isText })) {
    const text = node as Text;
    const from = Path.equals(path, start.path) ? start.offset : 0;
    const to = Path.equals(path, end.path) ? end.offset : text.text.length;
    if (to > from) leaves.push(text);
  }
  return leaves;
}

/** Bold / italic / underline is on when the cursor's marks have it or all selected text has it. */
export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  const { selection } = editor;
  if (!selection) return false;
  if (Range.isCollapsed(selection)) return Editor.marks(editor)?.[mark] === true;
  const leaves = coveredLeaves(editor);
  if (leaves.length === 0) return Editor.marks(editor)?.[mark] === true;
  return leaves.every((leaf) => leaf[mark] === true);
}

export function toggleMark(editor: Editor, mark: MarkName): boolean {
  if (!editor.selection) return false;
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
  return true;
}

/**
 * Inserts a table after the block holding the cursor (in place of it when that block is an empty
 * paragraph) with an empty paragraph after it when nothing follows; the cursor goes below it.
 */
export function insertTable(editor: Editor, rows: number, cols: number): boolean {
  const range = selectedIndexes(editor);
  const index = range ? range[1] : editor.children.length - 1;
  const current = editor.children[index] as BodyElement | undefined;
  const table: TableElement = { type: 'table', id: newId(), table: createTable(rows, cols), children: [{ text: '' }] };
  const replacesEmpty = current?.type === 'block' && current.kind === 'paragraph' && Node.string(current) === '';
  const at = replacesEmpty ? index : index + 1;
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, table, { at: [at], select: false });
    const after = editor.children[at + 1] as BodyElement | undefined;
    if (!after || after.type !== 'block') {
      Transforms.insertNodes(editor, { type: 'block', kind: 'paragraph', id: newId(), children: [{ text: '' }] }, { at: [at + 1], select: false });
    }
    Transforms.select(editor, Editor.start(editor, [at + 1]));
  });
  return true;
}

const isSection = (node: Node | undefined): boolean => Element.isElement(node) && node.type === 'block' && node.kind === 'section';

/**
 * Moves the section holding the cursor — its heading and every block up to the next section —
 * above the previous section (-1) or below the next one (+1). Numbering follows from position.
 */
export function moveSection(editor: Editor, direction: -1 | 1): boolean {
  const range = selectedIndexes(editor);
  if (!range) return false;
  const children = editor.children;
  const starts: number[] = [];
  children.forEach((node, i) => {
    if (isSection(node)) starts.push(i);
  });
  const k = starts.filter((s) => s <= range[0]).length - 1;
  if (k < 0) return false;
  const startOf = (j: number): number => starts[j];
  const endOf = (j: number): number => (j + 1 < starts.length ? starts[j + 1] : children.length);
  // Either way, one section's blocks move in front of the other's: a move down is the next
  // section moving up.
  const upper = direction === -1 ? k - 1 : k;
  const lower = upper + 1;
  if (upper < 0 || lower >= starts.length) return false;
  const target = startOf(upper);
  const from = startOf(lower);
  const count = endOf(lower) - from;
  Editor.withoutNormalizing(editor, () => {
    for (let i = 0; i < count; i++) Transforms.moveNodes(editor, { at: [from + i], to: [target + i] });
  });
  return true;
}

export function undo(editor: Editor): boolean {
  if (editor.history.undos.length === 0) return false;
  HistoryEditor.undo(editor);
  return true;
}

export function redo(editor: Editor): boolean {
  if (editor.history.redos.length === 0) return false;
  HistoryEditor.redo(editor);
  return true;
}

export const canUndo = (editor: Editor): boolean => editor.history.undos.length > 0;
export const canRedo = (editor: Editor): boolean => editor.history.redos.length > 0;

/**
 * Replaces a body table's model. Consecutive text edits of the same table are one undo step,
 * as typing in a paragraph is; structural edits (rows, columns) are steps of their own.
 */
export function setTable(editor: Editor, index: number, table: TableElement['table'], textEdit = false): void {
  const last = editor.history.undos[editor.history.undos.length - 1]?.operations.at(-1);
  const sameTable =
    textEdit && last?.type === 'set_node' && last.path.length === 1 && last.path[0] === index && 'table' in last.newProperties && TABLE_TEXT_EDIT.has(last);
  const apply = () => Transforms.setNodes(editor, { table }, { at: [index] });
  if (sameTable) HistoryEditor.withMerging(editor, apply);
  else HistoryEditor.withNewBatch(editor, apply);
  if (textEdit) {
    const op = editor.history.undos[editor.history.undos.length - 1]?.operations.at(-1);
    if (op) TABLE_TEXT_EDIT.add(op);
  }
}

const TABLE_TEXT_EDIT = new WeakSet<object>();

/**
 * Writes the amount of money at the caret in words after it ("150.000.000 đồng (Một trăm năm mươi
 * triệu đồng)"), or rewrites the words already there; false when the caret's paragraph has no amount
 * there (or several and the caret is in none of them).
 */
export function writeAmountInWords(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const index = selection.focus.path[0];
  const element = editor.children[index] as BodyElement | undefined;
  if (!element || element.type !== 'block') return false;
  const text = element.children.map((child) => child.text).join('');
  const amount = amountAt(text, offsetOf(element, selection.focus));
  if (!amount) return false;
  const edit = amountWordsEdit(amount);
  Editor.withoutNormalizing(editor, () => {
    const at = { anchor: pointAt(element, index, edit.start, 'forward'), focus: pointAt(element, index, edit.end, 'backward') };
    Transforms.select(editor, edit.start === edit.end ? at.anchor : at);
    Transforms.insertText(editor, edit.text);
  });
  return true;
}
