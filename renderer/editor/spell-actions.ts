/**
 * What the editor does for spell check: where the word being typed is, which misspelt word a
 * right-click landed on, and replacing it with a suggestion (one undo step, the caret after it).
 */
import { Editor, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { BlockIndex, offsetOf, rangeOf } from './comment-decorations';
import { parseSpellingAt, type SpellingTarget, type TypingAt } from './spell-decorations';
import type { BodyElement } from './slate-types';

/** The caret's block and offset after an edit (collapsed, in a text block); null otherwise. */
export function typingAt(editor: Editor): TypingAt | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const element = editor.children[selection.anchor.path[0]] as BodyElement | undefined;
  if (!element || element.type !== 'block') return null;
  return { blockId: element.id, offset: offsetOf(element, selection.anchor) };
}

const textOf = (element: BodyElement): string => element.children.map((leaf) => leaf.text).join('');

/** The misspelt word under a right-click (a squiggled leaf), with its text as it is now. */
export function spellingTargetAt(editor: Editor, target: EventTarget | null): (SpellingTarget & { word: string }) | null {
  const leaf = target instanceof Element ? target.closest('[data-spelling]') : null;
  const found = parseSpellingAt(leaf?.getAttribute('data-spelling'));
  if (!found) return null;
  const index = new BlockIndex().find(editor.children, found.blockId);
  const element = editor.children[index] as BodyElement | undefined;
  if (!element || element.type !== 'block') return null;
  const word = textOf(element).slice(found.start, found.end);
  return word ? { ...found, word } : null;
}

/** Replaces the misspelt word with `suggestion` when it is still there; false when it changed. */
export function replaceMisspelt(editor: Editor & ReactEditor, target: SpellingTarget & { word: string }, suggestion: string): boolean {
  const index = new BlockIndex().find(editor.children, target.blockId);
  const element = editor.children[index] as BodyElement | undefined;
  if (!element || element.type !== 'block' || textOf(element).slice(target.start, target.end) !== target.word) return false;
  const range = rangeOf(element, index, target.start, target.end);
  if (!range) return false;
  Editor.withoutNormalizing(editor, () => {
    Transforms.select(editor, range);
    Editor.insertText(editor, suggestion.normalize('NFC'));
  });
  try {
    ReactEditor.focus(editor);
  } catch {
    // Not mounted (tests): the text is replaced all the same.
  }
  return true;
}
