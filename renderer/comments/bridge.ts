/**
 * Comments from outside the editor screen: the toolbar, the menus (host command 'addComment') and
 * the app call these; the editor screen on display carries them out. Nothing happens (false)
 * while no document is open.
 *
 *   addCommentFromSelection()  a comment on the selected passage (the pane opens with a comment box)
 *   openCommentsPane()         shows the comments pane
 *   toggleCommentsPane()       shows or hides it
 *   useCommentsPaneOpen()      whether it is shown (for a pressed toolbar button)
 */
import { useSyncExternalStore } from 'react';

export interface CommentsCommands {
  addFromSelection(): void;
  setOpen(open: boolean): void;
  isOpen(): boolean;
}

let current: CommentsCommands | null = null;
let open = false;
const listeners = new Set<() => void>();

/** The editor screen registers itself while shown; the returned function unregisters it. */
export function registerComments(commands: CommentsCommands): () => void {
  current = commands;
  return () => {
    if (current === commands) current = null;
    reportCommentsPaneOpen(false);
  };
}

/** The editor screen reports the pane's state here. */
export function reportCommentsPaneOpen(value: boolean): void {
  if (open === value) return;
  open = value;
  listeners.forEach((listener) => listener());
}

export function addCommentFromSelection(): boolean {
  current?.addFromSelection();
  return current !== null;
}

export function openCommentsPane(): boolean {
  current?.setOpen(true);
  return current !== null;
}

export function toggleCommentsPane(): boolean {
  current?.setOpen(!current.isOpen());
  return current !== null;
}

export function useCommentsPaneOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
    () => open,
  );
}
