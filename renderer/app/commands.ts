/** App commands and their keyboard shortcuts (browser mode; Electron's menus send the same commands). */
export type AppCommand =
  | 'new'
  | 'open'
  | 'import'
  | 'save'
  | 'saveAs'
  | 'exportDocx'
  | 'exportPdf'
  | 'print'
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'underline'
  // Find and replace (Ctrl+F, Ctrl+H): the editor screen's find panel.
  | 'find'
  | 'replace'
  | 'language-vi'
  | 'language-en'
  // Review (góp ý, phiên bản): Electron's menus send these too.
  | 'addComment'
  | 'importComments'
  | 'exportDocxComments'
  | 'exportDocxChanges'
  | 'saveVersion'
  | 'compareVersions'
  | 'userProfile'
  // Page view zoom (renderer/page/use-zoom.ts handles these) and print preview.
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'zoomFitWidth'
  | 'zoomFitPage'
  | 'printPreview';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The file command a key press asks for: Ctrl+N/O/S/Shift+S/E/P (Cmd on macOS). Editing keys
 * (Ctrl+Z/Y/B/I/U) are the body editor's own and are not handled here.
 */
export function fileShortcut(event: KeyLike): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (event.shiftKey) return key === 's' ? 'saveAs' : null;
  switch (key) {
    case 'n':
      return 'new';
    case 'o':
      return 'open';
    case 's':
      return 'save';
    case 'e':
      return 'exportDocx';
    case 'p':
      return 'print';
    default:
      return null;
  }
}
