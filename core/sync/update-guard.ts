/**
 * The update guard of one shared document, kept for as long as the document is open: a shadow
 * Y.Doc that follows the document (every update the document emits is applied to it) and on which
 * each incoming update is tried first. What the update changed is read from the shadow's
 * transaction (changed-parts.ts) and only those parts are validated (part-checks.ts), so a keystroke
 * costs the same on a 300-page document as on a one-page one; the rules are those of guard.ts.
 *
 * After an allowed check the shadow already holds the update: the caller applies the same update
 * to the document (or calls discard()). A refused, malformed or incomplete update leaves the shadow
 * spoiled; it is rebuilt from the document (one full copy) before the next check. So is a shadow
 * whose allowed update the document never received: each check first makes sure the document
 * holds what earlier allowed checks (and server writes) put in the shadow.
 *
 * The decisions equal those of the whole-document guard as long as the document was valid before
 * the update (the server only ever holds valid documents: it validates them on creation and every
 * write after). The shadow costs about the document's size in memory.
 */
import * as Y from 'yjs';
import type { ReviewStatus } from '../model/types';
import { isLocked } from '../review/steps';
import { changedParts, type ChangedParts } from './changed-parts';
import type { StoredComment } from './document-ydoc';
import { contentEditors, type DocumentAccess, type GuardDecision, type GuardRefusal, type SyncActor } from './guard-types';
import { appendixEntryProblem, bodyEntryProblem, checkCommentChanges, headProblem, storedCommentOf } from './part-checks';
import { CONTENT_ROOTS, docRoots, ROOTS, SERVER_HEADER_KEYS, SERVER_ORIGIN } from './shape';

const CHECK = Symbol('guard-check');
const FOLLOW = Symbol('guard-follow');
const KNOWN_ROOTS = new Set<string>(Object.values(ROOTS));
const HEAD_ROOTS = CONTENT_ROOTS.filter((name) => name !== ROOTS.body && name !== ROOTS.appendices);

const refuse = (reason: GuardRefusal, detail: string): GuardDecision => ({ allowed: false, reason, detail });

/** What a shadow transaction added and deleted: the document must hold it too before the next check. */
interface Written {
  states: Array<[client: number, clock: number]>;
  deletes: Y.Transaction['deleteSet'];
}

function written(transaction: Y.Transaction): Written {
  const states: Written['states'] = [];
  for (const [client, clock] of transaction.afterState) if (clock > (transaction.beforeState.get(client) ?? 0)) states.push([client, clock]);
  return { states, deletes: transaction.deleteSet };
}

/** Whether every struct in the id range is deleted (or collected) in the doc. */
function deletedIn(doc: Y.Doc, client: number, clock: number, length: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || structs.length === 0) return false;
  const last = structs[structs.length - 1]!;
  if (clock + length > last.id.clock + last.length) return false;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length && structs[index]!.id.clock < clock + length; index++) {
    if (!structs[index]!.deleted) return false;
  }
  return true;
}

function holds(doc: Y.Doc, write: Written): boolean {
  for (const [client, clock] of write.states) if (Y.getState(doc.store, client) < clock) return false;
  for (const [client, ranges] of write.deletes.clients) {
    for (const range of ranges) if (!deletedIn(doc, client, range.clock, range.len)) return false;
  }
  return true;
}

function commentsOf(shadow: Y.Doc): Map<string, StoredComment> {
  const out = new Map<string, StoredComment>();
  for (const [key, value] of docRoots(shadow).comments) out.set(key, storedCommentOf(value));
  return out;
}

export class UpdateGuard {
  private shadow: Y.Doc | null = null;
  /** The shadow's comments as JSON (the "before" of the comment rules). */
  private comments = new Map<string, StoredComment>();
  /** Shadow writes the document has not been seen to hold yet. */
  private unconfirmed: Written[] = [];
  private captured: ChangedParts | null = null;
  private capturedWrite: Written | null = null;
  private destroyed = false;
  private lastChangedNothing = false;

  private readonly follow = (update: Uint8Array): void => {
    if (this.shadow === null) return;
    try {
      Y.applyUpdate(this.shadow, update, FOLLOW);
    } catch {
      this.spoil();
    }
  };

  private readonly onShadowTransaction = (transaction: Y.Transaction): void => {
    if (transaction.origin === CHECK) {
      this.captured = changedParts(transaction);
      this.capturedWrite = written(transaction);
      return;
    }
    if (transaction.origin === SERVER_ORIGIN) this.unconfirmed.push(written(transaction));
    // The document's own updates (and server writes on the shadow): keep the comment JSON current.
    const roots = docRoots(transaction.doc);
    for (const [type, keys] of transaction.changed) {
      let current = type as Y.AbstractType<unknown>;
      let entry: Y.Item | null = null;
      while (current._item !== null) {
        entry = current._item;
        current = current._item.parent as Y.AbstractType<unknown>;
      }
      if (current !== roots.comments) continue;
      const ids = entry === null ? [...keys].filter((key): key is string => key !== null) : entry.parentSub !== null ? [entry.parentSub] : [];
      for (const id of ids) {
        const value = roots.comments.get(id);
        if (value === undefined) this.comments.delete(id);
        else this.comments.set(id, storedCommentOf(value));
      }
    }
  };

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.follow);
    doc.on('destroy', () => this.destroy());
  }

  /** The shadow, rebuilt when spoiled or when the document lacks something the shadow was given. */
  private ready(): Y.Doc {
    if (this.destroyed) throw new Error('The update guard was destroyed with its document');
    if (this.shadow !== null && this.unconfirmed.length > 0) {
      this.unconfirmed = this.unconfirmed.filter((write) => !holds(this.doc, write));
      if (this.unconfirmed.length > 0) this.spoil();
    }
    if (this.shadow === null) {
      const shadow = new Y.Doc({ gc: this.doc.gc, gcFilter: this.doc.gcFilter });
      docRoots(shadow);
      Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc), FOLLOW);
      this.comments = commentsOf(shadow);
      shadow.on('afterTransaction', this.onShadowTransaction);
      this.shadow = shadow;
      this.unconfirmed = [];
    }
    return this.shadow;
  }

  private spoil(): void {
    this.shadow?.destroy();
    this.shadow = null;
    this.unconfirmed = [];
  }

  /**
   * Whether `update` from `actor` may be applied to the document (which this leaves unchanged).
   * When allowed, the caller applies it to the document, or calls discard().
   */
  check(update: Uint8Array, actor: SyncActor, access: DocumentAccess): GuardDecision {
    const shadow = this.ready();
    const roots = docRoots(shadow);
    const status = (roots.review.get('status') as ReviewStatus | undefined) ?? 'draft';
    const editors = contentEditors(shadow, access);
    this.captured = null;
    this.capturedWrite = null;
    try {
      Y.applyUpdate(shadow, update, CHECK);
    } catch (error) {
      this.spoil();
      return refuse('malformed-update', error instanceof Error ? error.message : String(error));
    }
    if (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null) {
      this.spoil();
      return refuse('update-incomplete', 'the update depends on changes the server does not have');
    }
    const parts = this.captured as ChangedParts | null;
    const write = this.capturedWrite as Written | null;
    this.lastChangedNothing = write === null || (write.states.length === 0 && write.deletes.clients.size === 0);
    if (parts === null || write === null) return { allowed: true };
    const decision = this.decide(parts, roots, status, editors, actor);
    if (!decision.allowed) {
      this.spoil();
      return decision;
    }
    for (const id of parts.commentKeys) {
      const value = roots.comments.get(id);
      if (value === undefined) this.comments.delete(id);
      else this.comments.set(id, storedCommentOf(value));
    }
    this.unconfirmed.push(write);
    return decision;
  }

  private decide(parts: ChangedParts, roots: ReturnType<typeof docRoots>, status: ReviewStatus, editors: Set<string>, actor: SyncActor): GuardDecision {
    for (const name of parts.roots) if (!KNOWN_ROOTS.has(name)) return refuse('unknown-root', `root ${name} is not part of a VanBan document`);
    if (parts.roots.has(ROOTS.review)) return refuse('review-record', 'the review record is written only by the server');
    for (const key of SERVER_HEADER_KEYS) if (parts.headerKeys.has(key)) return refuse('review-record', `header ${key} is given only when issuing`);
    for (const id of parts.commentKeys) {
      const value = roots.comments.get(id);
      if (value !== undefined && !(value instanceof Y.Map)) return refuse('comment-invalid', 'a comment must be a Y.Map');
    }
    const content = CONTENT_ROOTS.filter((name) => parts.roots.has(name));
    if (content.length > 0) {
      if (isLocked({ status, log: [] })) return refuse('document-locked', `the document is ${status}; ${content.join(', ')} may not change`);
      if (!editors.has(actor.accountId)) return refuse('not-an-editor', `account ${actor.accountId} is neither the drafter nor an assigned reviewer`);
      const invalid = this.contentProblem(parts, roots);
      if (invalid !== null) return refuse('content-invalid', invalid);
    }
    if (parts.roots.has(ROOTS.comments)) {
      return checkCommentChanges(this.comments, parts.commentKeys, (id) => {
        const value = roots.comments.get(id);
        return value === undefined ? undefined : storedCommentOf(value);
      }, actor, editors.has(actor.accountId));
    }
    return { allowed: true };
  }

  private contentProblem(parts: ChangedParts, roots: ReturnType<typeof docRoots>): string | null {
    if (HEAD_ROOTS.some((name) => parts.roots.has(name))) {
      const problem = headProblem(roots);
      if (problem !== null) return problem;
    }
    for (const item of parts.bodyItems) {
      if (item.deleted) continue;
      const problem = bodyEntryProblem(item);
      if (problem !== null) return problem;
    }
    for (const item of parts.appendixItems) {
      if (item.deleted) continue;
      const problem = appendixEntryProblem(item);
      if (problem !== null) return problem;
    }
    return null;
  }

  /**
   * Runs a server write (a review move) on the shadow first and returns what it wrote, as one
   * update, for the caller to store and then apply to the document; null when it wrote nothing.
   * Only transactions with origin SERVER_ORIGIN are collected.
   */
  async writeOnShadow<T>(write: (shadow: Y.Doc) => Promise<T>): Promise<{ result: T; update: Uint8Array | null }> {
    const shadow = this.ready();
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array, origin: unknown): void => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    };
    shadow.on('update', collect);
    try {
      const result = await write(shadow);
      return { result, update: updates.length === 0 ? null : Y.mergeUpdates(updates) };
    } catch (error) {
      this.spoil();
      throw error;
    } finally {
      shadow.off('update', collect);
    }
  }

  /** Whether the last allowed update held nothing the document did not have (nothing to store). */
  get lastCheckChangedNothing(): boolean {
    return this.lastChangedNothing;
  }

  /** Forget an allowed update (or server write) that will not reach the document. */
  discard(): void {
    this.spoil();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.follow);
    this.spoil();
  }
}

const guards = new WeakMap<Y.Doc, UpdateGuard>();

/** The guard of a document (made on first use; it lives as long as the document). */
export function updateGuardFor(doc: Y.Doc): UpdateGuard {
  let guard = guards.get(doc);
  if (!guard) {
    guard = new UpdateGuard(doc);
    guards.set(doc, guard);
  }
  return guard;
}
