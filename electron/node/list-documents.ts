/** Files in a folder and its subfolders (not hidden ones, no symbolic links), newest first. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FoundDocument {
  path: string;
  modified: string;
}

const MAX_DEPTH = 2;
const MAX_ENTRIES = 5000;

/** The files whose name `accept` takes, at most two folders deep and 5000 entries in all. */
export async function findFiles(root: string, accept: (name: string) => boolean): Promise<FoundDocument[]> {
  const found: FoundDocument[] = [];
  let seen = 0;
  async function visit(dir: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable subfolder is not an error for the list
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return;
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH) await visit(path, depth + 1);
      else if (entry.isFile() && accept(entry.name)) {
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

/** The .vanban documents in a folder and its subfolders. */
export function findDocuments(root: string): Promise<FoundDocument[]> {
  return findFiles(root, (name) => name.toLowerCase().endsWith('.vanban'));
}
