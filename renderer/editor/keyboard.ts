/**
 * The body editor's own keys: Tab / Shift+Tab (level down / up), Ctrl+B / I / U, Ctrl+Z,
 * Ctrl+Y and Ctrl+Shift+Z, Alt+Shift+↑/↓ (move the section), Ctrl+Alt+M (add a comment, as in
 * Word). Cmd stands in for Ctrl on macOS.
 * Enter and Backspace go through the editor itself (structure-keys.ts) so that the browser's
 * input events and the keyboard take the same path.
 */
import type { Editor } from 'slate';
import { indent, moveSection, outdent, redo, toggleMark, undo } from './commands';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type KeyAction = 'indent' | 'outdent' | 'bold' | 'italic' | 'underline' | 'undo' | 'redo' | 'section-up' | 'section-down' | 'add-comment';

/** Ctrl+Alt+M (Cmd+Alt+M): a comment on the selected passage. Not an editing key: it works read-only too. */
export function isAddCommentKey(event: KeyLike): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && letter(event) === 'm';
}

/** The letter of a key press, whatever the keyboard layout (code "KeyB" → "b"). */
function letter(event: KeyLike): string {
  if (event.code && /^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  return event.key.length === 1 ? event.key.toLowerCase() : '';
}

export function keyAction(event: KeyLike): KeyAction | null {
  if (isAddCommentKey(event)) return 'add-comment';
  const mod = event.ctrlKey || event.metaKey;
  if (event.key === 'Tab' && !mod && !event.altKey) return event.shiftKey ? 'outdent' : 'indent';
  if (event.altKey && event.shiftKey && !mod) {
    if (event.key === 'ArrowUp') return 'section-up';
    if (event.key === 'ArrowDown') return 'section-down';
    return null;
  }
  if (!mod || event.altKey) return null;
  switch (letter(event)) {
    case 'b':
      return event.shiftKey ? null : 'bold';
    case 'i':
      return event.shiftKey ? null : 'italic';
    case 'u':
      return event.shiftKey ? null : 'underline';
    case 'z':
      return event.shiftKey ? 'redo' : 'undo';
    case 'y':
      return event.shiftKey ? null : 'redo';
    default:
      return null;
  }
}

/**
 * Runs a key's action; true when the key belongs to the editor (the browser's default is then
 * prevented). 'add-comment' is the host page's (BodyEditor's onAddComment): false here.
 */
export function runKeyAction(editor: Editor, action: KeyAction): boolean {
  switch (action) {
    case 'add-comment':
      return false;
    case 'indent':
      indent(editor);
      return true;
    case 'outdent':
      outdent(editor);
      return true;
    case 'bold':
    case 'italic':
    case 'underline':
      toggleMark(editor, action);
      return true;
    case 'undo':
      undo(editor);
      return true;
    case 'redo':
      redo(editor);
      return true;
    case 'section-up':
      moveSection(editor, -1);
      return true;
    case 'section-down':
      moveSection(editor, 1);
      return true;
  }
}
