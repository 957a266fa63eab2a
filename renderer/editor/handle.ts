/** The imperative API the toolbar, menus and app use to drive the body editor. */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { FlatBlock, FlatTextKind } from '../../core/model/flat-body';
import * as commands from './commands';
import { flatToSlate } from './convert';
import { computeMarkers, type MarkerStore } from './markers';
import type { BodyElement, MarkName } from './slate-types';

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
  const run = (command: () => unknown) => {
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
  };
}
