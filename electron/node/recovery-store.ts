/**
 * Autosave: the unsaved state of each editing session in <userData>/recovery/<sessionId>.json,
 * written atomically and never over the user's own file. After a crash the next start lists
 * these and offers to recover them. A damaged recovery file is skipped, never fatal.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { VanBanDocument } from '../../core/model/types';
import { HostCallError } from '../../core/host/contract';
import { documentFileParts, envelopeText, readDocumentValue } from '../../core/file/document-file';
import { CURRENT_FORMAT_VERSION } from '../../core/file/migrations';
import { hostVersionStore } from '../../core/file/version-store';
import { writeFileAtomic } from './atomic-write';
import { MAX_CALL_BYTES } from '../../core/file/limits';
import { checkDocumentSize } from './document-store';
import { megabytes, readFileLimited } from './read-limited';

/** Session ids become file names: letters, digits, "-" and "_" only. */
const SESSION_ID = /^[A-Za-z0-9_-]{1,100}$/;

const recordSchema = z.object({
  format: z.literal('vanban-recovery'),
  version: z.number().int().min(1),
  /** Absolute path of the file being edited, null for a document never saved. */
  originalPath: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  /** The original's content stamp when the session last opened or saved it. */
  stamp: z.string().nullable().optional(),
  document: z.record(z.string(), z.unknown()),
  /** Format 4 on: the version snapshots' blocks, as in a .vanban file. */
  blocks: z.record(z.string(), z.unknown()).optional(),
});

export interface RecoveryRecord {
  id: string;
  originalPath: string | null;
  title: string;
  savedAt: string;
  stamp: string | null;
  document: VanBanDocument;
}

export interface RecoveryStore {
  write(sessionId: string, record: { originalPath: string | null; title: string; document: VanBanDocument; stamp?: string | null }): Promise<string>;
  /** Readable records, newest first (damaged files skipped). */
  list(): Promise<RecoveryRecord[]>;
  read(id: string): Promise<RecoveryRecord>;
  discard(id: string): Promise<void>;
}

function checkId(id: string): void {
  if (!SESSION_ID.test(id)) {
    throw new HostCallError('bad-request', 'Invalid recovery id: expected letters, digits, "-" or "_"', { id });
  }
}

/**
 * A recovery file holds one document and a few fields around it: one larger than the document
 * limit plus that room was not written by us, and is refused before it is read into memory.
 */
const MAX_RECOVERY_BYTES = MAX_CALL_BYTES;

class RecoveryTooLarge extends HostCallError {}

/** The record's JSON value; undefined when the file does not exist; SyntaxError when it is not JSON. */
async function readRecordValue(path: string, id: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileLimited(path, MAX_RECOVERY_BYTES, (size) =>
      new RecoveryTooLarge('too-large', `The recovery file ${id} is too large to open (${megabytes(size)}; the limit is ${megabytes(MAX_RECOVERY_BYTES)})`, {
        id,
        reason: 'TOO_LARGE',
      }),
    );
  } catch (error) {
    if (error instanceof RecoveryTooLarge) throw error;
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

function parseRecord(id: string, value: unknown): RecoveryRecord {
  const record = recordSchema.parse(value);
  if (record.version > CURRENT_FORMAT_VERSION) throw new Error('written by a newer version');
  const document = readDocumentValue(record.document, record.blocks, record.version, hostVersionStore);
  return { id, originalPath: record.originalPath, title: record.title, savedAt: record.savedAt, stamp: record.stamp ?? null, document };
}

export function createRecoveryStore(userDataDir: string): RecoveryStore {
  const dir = join(userDataDir, 'recovery');
  const fileOf = (id: string) => join(dir, `${id}.json`);

  async function load(id: string): Promise<RecoveryRecord | undefined> {
    const value = await readRecordValue(fileOf(id), id);
    return value === undefined ? undefined : parseRecord(id, value);
  }

  return {
    async write(sessionId, { originalPath, title, document, stamp }) {
      checkId(sessionId);
      const savedAt = new Date().toISOString();
      // Written like a .vanban file (compact): the versions the document shares with what was read
      // or saved before are not checked or encoded again, so an autosave costs about the document.
      const parts = documentFileParts(document);
      const text = envelopeText({ format: 'vanban-recovery', version: CURRENT_FORMAT_VERSION, originalPath, title, savedAt, stamp: stamp ?? null }, parts, false);
      // Refused before anything is written, like a save; then written like a save (temporary
      // file flushed and renamed), so a crash mid-write leaves the previous copy whole.
      const bytes = checkDocumentSize(text);
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(fileOf(sessionId), bytes);
      return savedAt;
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return [];
        throw error;
      }
      const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5)).filter((id) => SESSION_ID.test(id));
      const records = await Promise.all(ids.map((id) => load(id).catch(() => undefined)));
      return records
        .filter((record): record is RecoveryRecord => record !== undefined)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async read(id) {
      checkId(id);
      const damaged = () => new HostCallError('invalid-document', `The recovery file ${id} is damaged and cannot be read`, { id });
      let value: unknown;
      try {
        value = await readRecordValue(fileOf(id), id);
      } catch (error) {
        if (error instanceof SyntaxError) throw damaged();
        throw error;
      }
      if (value === undefined) throw new HostCallError('not-found', `No recovery file ${id}`, { id });
      try {
        return parseRecord(id, value);
      } catch {
        throw damaged();
      }
    },
    async discard(id) {
      checkId(id);
      await rm(fileOf(id), { force: true });
    },
  };
}
