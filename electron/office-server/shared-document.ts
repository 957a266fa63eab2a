/**
 * One open shared document on the server: every write to it passes here, one at a time.
 *
 *   a client's update   checked by the document's UpdateGuard as the authenticated account, then
 *                       written to the update log (awaited), and only then applied to the document,
 *                       which sends it to the other clients; the caller acknowledges it after that.
 *                       So an acknowledged update is on disk, and an update that is not on disk was
 *                       never applied, sent on, or acknowledged.
 *   a server write      (review moves) made on the guard's shadow first, written to the log, then
 *                       applied to the document with SERVER_ORIGIN: the same order.
 *   anything else       updates the document receives another way (from another server process
 *                       through Redis, already stored there) are written to this process's log
 *                       after they are applied; idle() waits for those writes.
 */
import * as Y from 'yjs';
import { SERVER_ORIGIN, UpdateGuard, type GuardRefusal, type SyncActor } from '../../core/sync';
import { documentAccess } from './access-policy';
import type { DocumentInfo } from './document-info-store';
import type { UpdateLog } from './update-log';

export type ReceiveResult = { ok: true } | { ok: false; reason: GuardRefusal | 'storage-failed' | 'document-closed'; detail: string };

export class SharedDocument {
  readonly guard: UpdateGuard;
  private tail: Promise<unknown> = Promise.resolve();
  private applyingStored = false;
  private readonly foreignWrites = new Set<Promise<void>>();
  private closed = false;

  constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    private readonly log: UpdateLog,
    public info: DocumentInfo,
    private readonly onError: (message: string) => void = () => undefined,
  ) {
    this.guard = new UpdateGuard(doc);
    doc.on('update', this.storeForeign);
  }

  private readonly storeForeign = (update: Uint8Array): void => {
    if (this.applyingStored) return;
    const write = this.log.store(this.name, update).catch((error: unknown) => {
      this.onError(`document ${this.name}: an update received from another server was not stored: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.foreignWrites.add(write);
    void write.finally(() => this.foreignWrites.delete(write));
  };

  /** Runs `task` after every task queued before it (writes to the document never interleave). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Applies an update that is already in the log (not stored a second time). */
  private applyStored(update: Uint8Array, origin: unknown): void {
    this.applyingStored = true;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.applyingStored = false;
    }
  }

  /** A client's update, written as `actor`; `origin` is what the document's observers see (the connection). */
  receive(update: Uint8Array, actor: SyncActor, origin: unknown): Promise<ReceiveResult> {
    return this.exclusive(async (): Promise<ReceiveResult> => {
      if (this.closed) return { ok: false, reason: 'document-closed', detail: 'the document was closed on the server' };
      const decision = this.guard.check(update, actor, documentAccess(this.info));
      if (!decision.allowed) return { ok: false, reason: decision.reason, detail: decision.detail };
      if (this.guard.lastCheckChangedNothing) return { ok: true };
      try {
        await this.log.store(this.name, update);
      } catch (error) {
        this.guard.discard();
        return { ok: false, reason: 'storage-failed', detail: error instanceof Error ? error.message : String(error) };
      }
      this.applyStored(update, origin);
      return { ok: true };
    });
  }

  /**
   * A server write (call it inside exclusive()): `write` runs on the guard's shadow, what it wrote
   * is stored, then applied to the document. Rejects (the document unchanged) when it cannot be stored.
   */
  async serverWrite<T>(write: (shadow: Y.Doc) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('the document was closed on the server');
    const { result, update } = await this.guard.writeOnShadow(write);
    if (update !== null) {
      try {
        await this.log.store(this.name, update);
      } catch (error) {
        this.guard.discard();
        throw error;
      }
      this.applyStored(update, SERVER_ORIGIN);
    }
    return result;
  }

  /** Resolves when queued writes and the writes of updates from elsewhere are done. */
  async idle(): Promise<void> {
    await this.tail;
    while (this.foreignWrites.size > 0) await Promise.all([...this.foreignWrites]);
  }

  async close(): Promise<void> {
    await this.idle();
    this.closed = true;
    this.doc.off('update', this.storeForeign);
    this.guard.destroy();
  }
}
