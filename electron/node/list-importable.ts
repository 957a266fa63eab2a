/** The files File → Import can read (.docx, .txt) in a folder and its subfolders, newest first. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FoundDocument } from './list-documents';
import { IMPORT_EXTENSIONS } from './import-file';

const MAX_DEPTH = 2;
const MAX_ENTRIES = 5000;

function importable(name: string): boolean {
  const lower = name.toLowerCase();
  // "~$plan.docx" is Word's lock file beside an open document, not a document.
  return !name.startsWith('~$') && IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

/** Like findDocuments: no hidden entries, no symbolic links, at most two folders deep. */
export async function findImportable(root: string): Promise<FoundDocument[]> {
  const found: FoundDocument[] = [];
  let seen = 0;
  async function visit(dir: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return;
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await visit(path, depth + 1);
      else if (entry.isFile() && importable(entry.name)) {
        try {
          found.push({ path, modified: (await stat(path)).mtime.toISOString() });
        } catch {
          /* removed while listing */
        }
      }
    }
  }
  await visit(root, 0);
  return found.sort((a, b) => b.modified.localeCompare(a.modified) || a.path.localeCompare(b.path));
}
