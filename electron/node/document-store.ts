/**
 * Reading and saving .vanban files on disk. Shared by the CLI, the Electron main process and
 * the browser-mode server: no UI or CLI concerns here, errors carry codes for translation
 * (DocumentFileError for the content, FileAccessError for the disk).
 */
import { createHash } from 'node:crypto';
import type { VanBanDocument } from '../../core/model/types';
import { useSha256 } from '../../core/file/blocks';
import { DocumentFileError } from '../../core/file/errors';
import { parseDocumentFile, serializeDocument } from '../../core/file/document-file';
import { hostVersionStore } from '../../core/file/version-store';
import { FileAccessError, writeFileAtomic } from './atomic-write';
import { megabytes, readFileLimited } from './read-limited';

// Block keys of version snapshots: Node's native SHA-256 (the same digest, several times faster).
useSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));

/** Real documents are well under 1 MB; anything this big is not a document. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface ReadDocumentOptions {
  maxBytes?: number;
}

function tooLarge(path: string, limit: number) {
  return (size: number) =>
    new FileAccessError('TOO_LARGE', `Cannot open "${path}": the file is too large (${megabytes(size)}; the limit is ${megabytes(limit)})`, path);
}

/** Loads, migrates and validates a .vanban file; its versions are remembered (hostVersionStore), so saving it again does not redo them. */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<VanBanDocument> {
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const bytes = await readFileLimited(path, limit, tooLarge(path, limit));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError('not-json', 'Not a VanBan document: the file is not UTF-8 text', { reason: 'not UTF-8 text' });
  }
  return parseDocumentFile(text, hostVersionStore);
}

export interface SaveDocumentOptions {
  /** Keep the previous version as `<name>.bak` (default true). */
  keepBackup?: boolean;
}

/**
 * Validates (NFC, XML-legal text) and writes a document atomically, keeping a .bak of the previous
 * version. A document the host contract or readDocumentFile already validated is not checked again,
 * and only the versions not saved or read before are encoded.
 */
export async function saveDocumentFile(path: string, doc: VanBanDocument, options: SaveDocumentOptions = {}): Promise<void> {
  const text = serializeDocument(doc);
  await writeFileAtomic(path, text, { keepBackup: options.keepBackup ?? true });
}
