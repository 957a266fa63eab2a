/**
 * What the server knows about each shared document besides its content: who drafted it, who may
 * review it, its title, and (kept current after every review move) its status, the reviewer it
 * was submitted to and the last step, so the inbox is answered without opening any document.
 *
 * One JSON file per document in <data>/document-info/<id>.json, written atomically
 * (electron/node/atomic-write.ts), next to <id>.seed: the document's first state as one Yjs update,
 * from which a server process that never held the document starts it (several processes on one data
 * folder keep separate update logs). Files, not LevelDB, so that every process on the folder reads
 * the same records.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../node/atomic-write';
import { readJsonFile, serialQueue, writeJsonFile } from '../node/json-file';

/** Document ids are made by the server; anything else is refused before it reaches a path. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const statusSchema = z.enum(['draft', 'submitted', 'returned', 'approved', 'issued']);

export const documentInfoSchema = z.object({
  id: z.string().regex(DOCUMENT_ID),
  title: z.string(),
  drafterId: z.string().min(1),
  reviewerIds: z.array(z.string()),
  created: z.string(),
  status: statusSchema,
  assignedReviewer: z.object({ accountId: z.string(), name: z.string() }).nullable(),
  /** Every account the document was ever submitted to (they keep reading it). */
  submittedTo: z.array(z.string()),
  lastStep: z
    .object({ accountId: z.string(), name: z.string(), when: z.string(), from: statusSchema, to: statusSchema })
    .nullable(),
  /** The register number once issued. */
  number: z.number().int().nullable(),
});

export type DocumentInfo = z.infer<typeof documentInfoSchema>;

export class DocumentInfoError extends Error {
  constructor(
    readonly code: 'document-not-found' | 'document-info-invalid' | 'document-exists',
    message: string,
  ) {
    super(message);
    this.name = 'DocumentInfoError';
  }
}

export interface DocumentInfoStore {
  /** Writes the first state, then the record (a record never exists without its seed). */
  create(info: DocumentInfo, seed: Uint8Array): Promise<void>;
  get(id: string): Promise<DocumentInfo | null>;
  seed(id: string): Promise<Uint8Array | null>;
  /** Read-modify-write of one record (one at a time in this process). */
  update(id: string, change: (info: DocumentInfo) => DocumentInfo): Promise<DocumentInfo>;
  list(): Promise<DocumentInfo[]>;
}

export function createDocumentInfoStore(dataDir: string): DocumentInfoStore {
  const folder = join(dataDir, 'document-info');
  const queue = serialQueue();
  const infoPath = (id: string) => join(folder, `${id}.json`);
  const seedPath = (id: string) => join(folder, `${id}.seed`);
  const checkId = (id: string): boolean => DOCUMENT_ID.test(id);

  async function read(id: string): Promise<DocumentInfo | null> {
    if (!checkId(id)) return null;
    const value = await readJsonFile(infoPath(id)).catch((error: unknown) => {
      if (error instanceof SyntaxError) throw new DocumentInfoError('document-info-invalid', `The record of document ${id} is not JSON`);
      throw error;
    });
    if (value === undefined) return null;
    const parsed = documentInfoSchema.safeParse(value);
    if (!parsed.success) throw new DocumentInfoError('document-info-invalid', `The record of document ${id} is damaged`);
    return parsed.data;
  }

  return {
    create(info, seed) {
      return queue(async () => {
        const valid = documentInfoSchema.parse(info);
        if (await read(valid.id)) throw new DocumentInfoError('document-exists', `Document ${valid.id} exists already`);
        await mkdir(folder, { recursive: true });
        await writeFileAtomic(seedPath(valid.id), seed);
        await writeJsonFile(infoPath(valid.id), valid);
      });
    },
    get: read,
    async seed(id) {
      if (!checkId(id)) return null;
      try {
        return new Uint8Array(await readFile(seedPath(id)));
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return null;
        throw error;
      }
    },
    update(id, change) {
      return queue(async () => {
        const current = await read(id);
        if (!current) throw new DocumentInfoError('document-not-found', `There is no document ${id}`);
        const next = documentInfoSchema.parse(change(current));
        await writeJsonFile(infoPath(id), next);
        return next;
      });
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') return [];
        throw error;
      }
      const ids = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).map((name) => name.slice(0, -5));
      const infos = await Promise.all(ids.map((id) => read(id).catch(() => null)));
      return infos.filter((info): info is DocumentInfo => info !== null).sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
    },
  };
}
