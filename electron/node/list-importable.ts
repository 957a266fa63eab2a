/** The files File → Import can read (.docx, .txt) in a folder and its subfolders, newest first. */
import { findFiles, type FoundDocument } from './list-documents';
import { IMPORT_EXTENSIONS } from './import-file';

function importable(name: string): boolean {
  const lower = name.toLowerCase();
  // "~$plan.docx" is Word's lock file beside an open document, not a document.
  return !name.startsWith('~$') && IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

/** Like findDocuments: no hidden entries, no symbolic links, at most two folders deep. */
export function findImportable(root: string): Promise<FoundDocument[]> {
  return findFiles(root, importable);
}
