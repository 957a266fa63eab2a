/** The imperative API the toolbar, menus and app use to drive the body editor. */
import { Editor, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { FlatBlock, FlatTextKind } from '../../core/model/flat-body';
import * as commands from './commands';
import { rangeOf, selectionTarget, tableCellSpans, tableCellTarget, type CommentTarget } from './comment-decorations';
import { flatToSlate } from './convert';
import { computeMarkers, type MarkerStore } from './markers';
import type { TableModel } from '../../core/model/types';
import type { BodyElement, MarkName, TableElement } from './slate-types';

export interface BodyEditorHandle {
  setKind(kind: FlatTextKind, titled?: boolean): void;
  indent(): void;
  outdent(): void;
  toggleMark(mark: MarkName): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  insertTable(rows: number, cols: number): void;
  /** The amount of money at the caret written in words after it; false when there is none there. */
  writeAmountInWords(): boolean;
  moveSection(direction: -1 | 1): void;
  focus(): void;
  activeKind(): FlatTextKind | 'table' | null;
  /** Loads another body: history cleared, cursor dropped, no onChange. */
  reset(body: FlatBlock[]): void;
  /**
   * Replaces the body with `body` as ONE undoable step (a checker's quick fix): only blocks that
   * differ are replaced, the rest keep their nodes. Reported through onChange like any edit.
   */
  replaceBody(body: FlatBlock[]): void;
  /** Selects the whole block with this id and scrolls it into view; false when there is none. */
  selectBlock(id: string): boolean;
  /**
   * The passage to comment on: the selection inside one block (cut to its first block when it runs
   * over several), or the selected text of the table cell being edited.
   */
  commentTarget(): CommentTarget;
  /**
   * Selects plain-text [start, end) of the block with this id (a table: the covered text of its
   * first cell) and scrolls it into view; false when there is no such block.
   */
  selectPassage(blockId: string, start: number, end: number): boolean;
  /** Scrolls plain-text [start, end) of a text block to the middle of the view, selecting nothing (find). */
  revealPassage(blockId: string, start: number, end: number): boolean;
  /**
   * Replaces text as ONE undoable step (replace all): the ranges of each text block (plain-text
   * offsets; the new text takes the formatting where each range starts) and whole tables.
   * Null when nothing changed or the body is read-only.
   */
  replaceText(edits: readonly TextReplacement[], tables: readonly TableReplacement[], replacement: string): BodyHistoryStep | null;
}

export interface TextReplacement {
  blockId: string;
  ranges: ReadonlyArray<{ start: number; end: number }>;
}

export interface TableReplacement {
  blockId: string;
  table: TableModel;
}

/** One step of the body's history, to tell whether it is the next to undo or to redo. */
export interface BodyHistoryStep {
  isNextUndo(): boolean;
  isNextRedo(): boolean;
  undo(): void;
  redo(): void;
}

const sameNode = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Replaces the top-level nodes that differ from `next` (all of them when the ids do not line up). */
function replaceNodes(editor: Editor, next: BodyElement[]): void {
  const current = editor.children as BodyElement[];
  const aligned = current.length === next.length && current.every((node, i) => node.id === next[i].id);
  Editor.withoutNormalizing(editor, () => {
    if (aligned) {
      next.forEach((node, i) => {
        if (sameNode(current[i], node)) return;
        Transforms.removeNodes(editor, { at: [i] });
        Transforms.insertNodes(editor, node, { at: [i], select: false });
      });
      return;
    }
    for (let i = current.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
    Transforms.insertNodes(editor, next, { at: [0], select: false });
  });
}

export function createHandle(editor: Editor & ReactEditor, markers: MarkerStore): BodyEditorHandle {
  const focus = () => {
    try {
      ReactEditor.focus(editor);
    } catch {
      // Not mounted (e.g. hidden): nothing to focus.
    }
  };
  // A read-only (approved) body is never changed from outside either.
  const editable = () => !ReactEditor.isReadOnly(editor);
  const run = (command: () => unknown) => {
    if (!editable()) return;
    if (!editor.selection && editor.children.length > 0) Transforms.select(editor, Editor.start(editor, []));
    command();
    focus();
  };
  return {
    setKind: (kind, titled) => run(() => commands.setKind(editor, kind, titled)),
    indent: () => run(() => commands.indent(editor)),
    outdent: () => run(() => commands.outdent(editor)),
    toggleMark: (mark) => run(() => commands.toggleMark(editor, mark)),
    undo: () => run(() => commands.undo(editor)),
    redo: () => run(() => commands.redo(editor)),
    canUndo: () => commands.canUndo(editor),
    canRedo: () => commands.canRedo(editor),
    insertTable: (rows, cols) => run(() => commands.insertTable(editor, rows, cols)),
    writeAmountInWords: () => {
      if (!editable()) return false;
      const done = commands.writeAmountInWords(editor);
      focus();
      return done;
    },
    moveSection: (direction) => run(() => commands.moveSection(editor, direction)),
    activeKind: () => commands.activeKind(editor),
    focus: () => {
      focus();
      if (!editor.selection && editor.children.length > 0) Transforms.select(editor, Editor.start(editor, []));
    },
    reset: (body) => {
      try {
        ReactEditor.deselect(editor);
      } catch {
        editor.selection = null;
      }
      editor.children = flatToSlate(body);
      editor.selection = null;
      HistoryEditor.withoutSaving(editor, () => Editor.normalize(editor, { force: true }));
      editor.history = { undos: [], redos: [] };
      editor.operations = [];
      markers.update(computeMarkers(editor.children));
      editor.onChange();
    },
    replaceBody: (body) => {
      if (!editable()) return;
      const next = flatToSlate(body);
      if (sameNode(editor.children, next)) return;
      HistoryEditor.withNewBatch(editor, () => replaceNodes(editor, next));
    },
    selectBlock: (id) => {
      const index = editor.children.findIndex((node) => 'id' in node && node.id === id);
      if (index < 0) return false;
      const node = editor.children[index];
      try {
        ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
      } catch {
        // Not rendered yet: selecting is still useful.
      }
      Transforms.select(editor, 'type' in node && node.type === 'table' ? Editor.start(editor, [index]) : Editor.range(editor, [index]));
      focus();
      return true;
    },
    commentTarget: () => cellTarget(editor) ?? selectionTarget(editor),
    revealPassage: (blockId, start, end) => {
      const index = editor.children.findIndex((node) => 'id' in node && node.id === blockId);
      if (index < 0) return false;
      const node = editor.children[index] as BodyElement;
      const range = rangeOf(node, index, start, end) ?? Editor.range(editor, [index]);
      scrollToRange(editor, range, node);
      return true;
    },
    replaceText: (edits, tables, replacement) => {
      if (!editable()) return null;
      const indexOf = (id: string) => editor.children.findIndex((node) => 'id' in node && node.id === id);
      let changed = false;
      HistoryEditor.withNewBatch(editor, () =>
        Editor.withoutNormalizing(editor, () => {
          for (const edit of edits) {
            const index = indexOf(edit.blockId);
            if (index < 0) continue;
            // Later ranges first: the earlier offsets stay true.
            for (const { start, end } of [...edit.ranges].sort((a, b) => b.start - a.start)) {
              const range = rangeOf(editor.children[index] as BodyElement, index, start, end);
              if (!range) continue;
              Transforms.insertText(editor, replacement, { at: range });
              changed = true;
            }
          }
          for (const { blockId, table } of tables) {
            const index = indexOf(blockId);
            if (index < 0 || (editor.children[index] as BodyElement).type !== 'table') continue;
            Transforms.setNodes(editor, { table } as Partial<TableElement>, { at: [index] });
            changed = true;
          }
        }),
      );
      if (!changed) return null;
      const batch = editor.history.undos[editor.history.undos.length - 1];
      return {
        isNextUndo: () => batch !== undefined && editor.history.undos[editor.history.undos.length - 1] === batch,
        isNextRedo: () => batch !== undefined && editor.history.redos[editor.history.redos.length - 1] === batch,
        undo: () => HistoryEditor.undo(editor),
        redo: () => HistoryEditor.redo(editor),
      };
    },
    selectPassage: (blockId, start, end) => {
      const index = editor.children.findIndex((node) => 'id' in node && node.id === blockId);
      if (index < 0) return false;
      const node = editor.children[index] as BodyElement;
      if (node.type === 'table') return selectInTable(editor, node, start, end);
      const range = rangeOf(node, index, start, end) ?? Editor.range(editor, Editor.start(editor, [index]));
      Transforms.select(editor, range);
      focus();
      scrollToRange(editor, range, node);
      return true;
    },
  };
}

/** The selected text of the table cell that has the focus, when it is in this editor. */
function cellTarget(editor: Editor & ReactEditor): CommentTarget | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLTextAreaElement) || !active.classList.contains('vb-cell-input')) return null;
  const cell = active.closest<HTMLElement>('[data-row][data-cell]');
  const block = active.closest<HTMLElement>('[data-block-id]');
  let root: HTMLElement | null = null;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return null;
  }
  if (!cell || !block || !root.contains(block)) return null;
  const node = (editor.children as BodyElement[]).find((child) => child.id === block.dataset.blockId);
  if (!node || node.type !== 'table') return null;
  const anchor = tableCellTarget(node.table, node.id, Number(cell.dataset.row), Number(cell.dataset.cell), active.selectionStart, active.selectionEnd);
  return anchor ? { ok: true, anchor, clamped: false } : { ok: false, reason: 'collapsed' };
}

/** Scrolls the passage (not just its block: a long paragraph may span a page) to the middle of the view. */
function scrollToRange(editor: Editor & ReactEditor, range: Range, node: BodyElement): void {
  try {
    const dom = ReactEditor.toDOMRange(editor, range);
    const target = dom.startContainer instanceof Element ? dom.startContainer : dom.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center' });
  } catch {
    try {
      ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered: nothing to scroll to.
    }
  }
}

/** Focuses the first cell a table passage covers and selects the covered text in it. */
function selectInTable(editor: Editor & ReactEditor, node: TableElement, start: number, end: number): boolean {
  let element: HTMLElement;
  try {
    element = ReactEditor.toDOMNode(editor, node);
  } catch {
    return true;
  }
  element.scrollIntoView({ block: 'center' });
  for (const [key, span] of tableCellSpans(node.table)) {
    if (!(start < span.end && end > span.start) && !(start === end && start >= span.start && start <= span.end)) continue;
    const [row, cell] = key.split(':');
    const input = element.querySelector<HTMLTextAreaElement>(`[data-row="${row}"][data-cell="${cell}"] textarea.vb-cell-input`);
    if (!input) continue;
    input.focus();
    input.setSelectionRange(Math.max(0, start - span.start), Math.min(span.end, end) - span.start);
    break;
  }
  return true;
}
