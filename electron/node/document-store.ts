/**
 * Reading and saving .vanban files on disk. Shared by the CLI, the Electron main process and
 * the browser-mode server: no UI or CLI concerns here, errors carry codes for translation
 * (DocumentFileError for the content, FileAccessError for the disk).
 */
import { open } from 'node:fs/promises';
import type { VanBanDocument } from '../../core/model/types';
import { DocumentFileError } from '../../core/file/errors';
import { parseDocumentFile, serializeDocument } from '../../core/file/document-file';
import { FileAccessError, fileAccessError, writeFileAtomic } from './atomic-write';

/** Real documents are well under 1 MB; anything this big is not a document. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export interface ReadDocumentOptions {
  maxBytes?: number;
}

function tooLarge(path: string, size: number, limit: number): FileAccessError {
  const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return new FileAccessError('TOO_LARGE', `Cannot open "${path}": the file is too large (${mb(size)}; the limit is ${mb(limit)})`, path);
}

async function readLimited(path: string, limit: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileAccessError(error, path, 'open');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (!info.isFile()) throw new FileAccessError('NOT_A_FILE', `Cannot open "${path}": not a regular file`, path);
    if (info.size > limit) throw tooLarge(path, info.size, limit);
    const bytes = await handle.readFile();
    if (bytes.length > limit) throw tooLarge(path, bytes.length, limit);
    return bytes;
  } catch (error) {
    throw fileAccessError(error, path, 'open');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Loads, migrates and validates a .vanban file. */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<VanBanDocument> {
  const bytes = await readLimited(path, options.maxBytes ?? MAX_DOCUMENT_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError('not-json', 'Not a VanBan document: the file is not UTF-8 text', { reason: 'not UTF-8 text' });
  }
  return parseDocumentFile(text);
}

export interface SaveDocumentOptions {
  /** Keep the previous version as `<name>.bak` (default true). */
  keepBackup?: boolean;
}

/** Validates (NFC, XML-legal text) and writes a document atomically, keeping a .bak of the previous version. */
export async function saveDocumentFile(path: string, doc: VanBanDocument, options: SaveDocumentOptions = {}): Promise<void> {
  const text = serializeDocument(doc);
  await writeFileAtomic(path, text, { keepBackup: options.keepBackup ?? true });
}
