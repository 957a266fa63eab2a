/**
 * Reading and saving .vanban files on disk. Shared by the CLI, the Electron main process and
 * the browser-mode server: no UI or CLI concerns here, errors carry codes for translation
 * (DocumentFileError for the content, FileAccessError for the disk, HostCallError 'file-changed').
 *
 * Every read and save answers the file's stamp (a hash of its bytes). A save given the stamp
 * the caller last saw refuses ('file-changed') when the file on disk is no longer that one:
 * another window, tab or program changed it, and saving would silently overwrite their work.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { VanBanDocument } from '../../core/model/types';
import { useSha256 } from '../../core/file/blocks';
import { DocumentFileError } from '../../core/file/errors';
import { parseDocumentFile, serializeDocument } from '../../core/file/document-file';
import { MAX_DOCUMENT_BYTES, wholeMegabytes } from '../../core/file/limits';
import { hostVersionStore } from '../../core/file/version-store';
import { HostCallError } from '../../core/host/contract';
import { FileAccessError, fileAccessError, writeFileAtomic } from './atomic-write';
import { megabytes, readFileLimited } from './read-limited';

export { MAX_DOCUMENT_BYTES };

// Block keys of version snapshots: Node's native SHA-256 (the same digest, several times faster).
useSha256((text) => createHash('sha256').update(text, 'utf8').digest('hex'));

export interface ReadDocumentOptions {
  maxBytes?: number;
}

function tooLarge(path: string, limit: number) {
  return (size: number) =>
    new FileAccessError('TOO_LARGE', `Cannot open "${path}": the file is too large (${megabytes(size)}; the limit is ${megabytes(limit)})`, path);
}

/** The stamp of a file's content: what a later save compares with. */
export function contentStamp(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

function parseBytes(bytes: Uint8Array): VanBanDocument {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError('not-json', 'Not a VanBan document: the file is not UTF-8 text', { reason: 'not UTF-8 text' });
  }
  return parseDocumentFile(text, hostVersionStore);
}

/** Loads, migrates and validates a .vanban file, with its stamp. */
export async function readDocumentWithStamp(path: string, options: ReadDocumentOptions = {}): Promise<{ document: VanBanDocument; stamp: string }> {
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const bytes = await readFileLimited(path, limit, tooLarge(path, limit));
  return { document: parseBytes(bytes), stamp: contentStamp(bytes) };
}

/** Loads, migrates and validates a .vanban file; its versions are remembered (hostVersionStore), so saving it again does not redo them. */
export async function readDocumentFile(path: string, options: ReadDocumentOptions = {}): Promise<VanBanDocument> {
  return (await readDocumentWithStamp(path, options)).document;
}

/** Refuses ('document-too-large') file text over the document limit, before anything is written. */
export function checkDocumentSize(text: string, limit = MAX_DOCUMENT_BYTES): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > limit) {
    throw new DocumentFileError(
      'document-too-large',
      `The document is too large to save (${megabytes(bytes.length)}; the limit is ${megabytes(limit)}): nothing was written`,
      { sizeMb: wholeMegabytes(bytes.length), limitMb: wholeMegabytes(limit) },
    );
  }
  return bytes;
}

/** Whether bytes are a document this app opens (what may become the .bak). */
function isLoadable(bytes: Uint8Array): boolean {
  if (bytes.length > MAX_DOCUMENT_BYTES) return false;
  try {
    parseBytes(bytes);
    return true;
  } catch {
    return false;
  }
}

async function readExisting(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return null;
    throw fileAccessError(error, path, 'save');
  }
}

export interface SaveDocumentOptions {
  /** Keep the previous version as `<name>.bak` (default true); only a previous file the app can open becomes the .bak. */
  keepBackup?: boolean;
  /** The stamp of the file as the caller last opened or saved it: refused ('file-changed') when the file on disk differs. */
  expectedStamp?: string;
  /** Tests: a smaller size limit. */
  maxBytes?: number;
}

/**
 * Validates (NFC, XML-legal text, size) and writes a document atomically, keeping a .bak of the
 * previous version; answers the new stamp. A document the host contract or readDocumentFile
 * already validated is not checked again, and only the versions not saved or read before are encoded.
 */
export async function saveDocumentFile(path: string, doc: VanBanDocument, options: SaveDocumentOptions = {}): Promise<{ stamp: string }> {
  const bytes = checkDocumentSize(serializeDocument(doc), options.maxBytes);
  const keepBackup = options.keepBackup ?? true;
  const previous = keepBackup || options.expectedStamp !== undefined ? await readExisting(path) : null;
  if (options.expectedStamp !== undefined && previous !== null && contentStamp(previous) !== options.expectedStamp) {
    throw new HostCallError('file-changed', `"${path}" was changed by another window or program since it was opened or last saved`, { path });
  }
  // The file as last opened or saved here (its stamp is the one expected) is known to open: only
  // an unknown previous file is read through to see whether it may become the .bak.
  const known = previous !== null && options.expectedStamp !== undefined && contentStamp(previous) === options.expectedStamp;
  const backupContent = keepBackup && previous !== null && (known || isLoadable(previous)) ? previous : undefined;
  await writeFileAtomic(path, bytes, { keepBackup: backupContent !== undefined, backupContent });
  return { stamp: contentStamp(bytes) };
}
