/** The imperative API the toolbar, menus and app use to drive the body editor. */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { FlatBlock, FlatTextKind } from '../../core/model/flat-body';
import * as commands from './commands';
import { flatToSlate } from './convert';
import { computeMarkers, type MarkerStore } from './markers';
import type { MarkName } from './slate-types';

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
  };
}
