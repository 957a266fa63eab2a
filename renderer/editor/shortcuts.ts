/**
 * Typing a marker and a space at the start of a text block — "I. ", "1. ", "a) ", "- ", "+ " —
 * makes the block a section, clause, point, dash or plus item and removes the typed marker; the
 * number then follows from position. This holds in items too: after Enter at the end of a dash
 * item, typing "a) " makes the new item a point instead of printing "- a)". The change is its
 * own undo step: one undo brings the typed "1. " back as text.
 */
import { Editor, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { BodyElement } from './slate-types';
import { kindOfMarker } from './marker-syntax';
import { setBlockKind } from './commands';

export function withMarkerShortcuts<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    insertText(text, options);
    if (text !== ' ' || options?.at) return;
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return;
    const index = selection.anchor.path[0];
    const node = editor.children[index] as BodyElement | undefined;
    if (!node || node.type !== 'block') return;
    const before = Editor.string(editor, { anchor: Editor.start(editor, [index]), focus: selection.anchor });
    if (!before.endsWith(' ')) return;
    const kind = kindOfMarker(before.slice(0, -1));
    if (!kind) return;
    HistoryEditor.withNewBatch(editor, () => {
      Transforms.delete(editor, { at: { anchor: Editor.start(editor, [index]), focus: editor.selection!.anchor } });
      const current = editor.children[index] as BodyElement;
      if (current.type === 'block') setBlockKind(editor, [index], current, kind);
    });
  };
  return editor;
}

