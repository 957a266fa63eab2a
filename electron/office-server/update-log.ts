/**
 * The documents' update log on disk: y-leveldb (one LevelDB folder) holding, per document, every
 * Yjs update in the order the server accepted it (y-leveldb merges them into one from time to time).
 *
 * Durability: store() resolves only once LevelDB has written the update to its log; with
 * `syncWrites` (the default) each write is also flushed to the disk (fsync), so an update the server
 * acknowledged survives a crash of the process (kill -9) and a power cut; without it, a crash of the
 * process only. y-leveldb swallows storage errors (it logs them and resolves null); they are turned
 * back into rejections here so a caller never acknowledges an update that was not written.
 *
 * LevelDB is opened by one process at a time: several server processes on one data folder each
 * use their own log folder (see start-server.ts).
 */
import { mkdir } from 'node:fs/promises';
import { Level } from 'level';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';

export class UpdateLogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpdateLogError';
  }
}

type PutCallback = (error?: Error | null) => void;

/** LevelDB whose every put is flushed to the disk before it completes. */
class SyncedLevel extends Level<unknown, unknown> {
  _put(key: unknown, value: unknown, options: Record<string, unknown>, callback: PutCallback): void {
    const put = (Level.prototype as unknown as { _put: (this: Level<unknown, unknown>, ...args: unknown[]) => void })._put;
    put.call(this, key, value, { ...options, sync: true }, callback);
  }
}

export interface UpdateLog {
  /** The document as stored, or null when nothing is stored under that name. */
  load(name: string): Promise<Y.Doc | null>;
  /** Appends an update; rejects when it could not be written. */
  store(name: string, update: Uint8Array): Promise<void>;
  /** Waits for pending writes and closes the database. */
  close(): Promise<void>;
}

export async function openUpdateLog(folder: string, options: { syncWrites?: boolean } = {}): Promise<UpdateLog> {
  await mkdir(folder, { recursive: true });
  const persistence = new LeveldbPersistence(folder, options.syncWrites === false ? {} : { Level: SyncedLevel });
  // Opening is deferred by LevelDB; make a locked or broken folder fail here, not at the first write.
  const opened = await persistence._transact(async (db: { open(): Promise<void>; status: string }): Promise<string> => {
    await db.open();
    return db.status;
  });
  if (opened !== 'open') {
    throw new UpdateLogError(`Cannot open the document store in ${folder} (is another server using this folder?)`);
  }
  let closed = false;
  return {
    async load(name) {
      const doc = (await persistence.getYDoc(name)) as Y.Doc | null;
      if (doc === null) throw new UpdateLogError(`Cannot read document ${name} from the document store`);
      return doc.store.clients.size === 0 ? null : doc;
    },
    async store(name, update) {
      if (closed) throw new UpdateLogError('The document store is closed');
      const clock = await persistence.storeUpdate(name, update);
      if (typeof clock !== 'number') throw new UpdateLogError(`Cannot write an update of document ${name} to the document store`);
    },
    async close() {
      if (closed) return;
      closed = true;
      await persistence.destroy();
    },
  };
}
