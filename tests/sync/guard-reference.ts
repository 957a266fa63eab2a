/**
 * The update guard as it was before it kept a shadow document (issue 12): it applies each update
 * to a full clone of the current state and validates the whole document. Kept only as the
 * reference the fast guard (core/sync/update-guard.ts) is compared with in guard-equivalence.test.ts.
 *
 *   review root, header 'number'   never written by a client ('review-record'): only by review-moves.ts
 *   content roots (shape.ts)       only by the drafter or an assigned reviewer ('not-an-editor'), and
 *                                  not while the document is approved or issued ('document-locked')
 *   comments                       a new comment must carry the writer's own account as authorId
 *                                  ('comment-not-own'); its text only by its writer, and it may be
 *                                  deleted only by its writer and not while others' replies point at
 *                                  it ('comment-others-replied'), as core/review/comment-ops.ts; who
 *                                  wrote it and when never changes ('comment-identity'); resolving or
 *                                  reopening is open to anyone who may comment (setCommentResolved
 *                                  takes no actor); anchor, quote and orphan flag move with the text,
 *                                  so the writer or a content editor may change them.
 *   any other root                 'unknown-root'
 * Content after the update must still be a valid document ('content-invalid').
 * An update that cannot be decoded is 'malformed-update'; one that depends on changes the server does
 * not have is 'update-incomplete' (it would otherwise wait in the doc and apply later unchecked).
 */
import * as Y from 'yjs';
import { commentSchema, documentContentSchema } from '../../core/model/schema';
import { isLocked } from '../../core/review/steps';
import type { ReviewStatus } from '../../core/model/types';
import { assignedReviewer, commentFromStored, yDocToDocument, type StoredComment } from '../../core/sync/document-ydoc';
import { CONTENT_ROOTS, docRoots, ROOTS, SERVER_HEADER_KEYS, type RootName } from '../../core/sync/shape';

import type { DocumentAccess, GuardDecision, GuardRefusal, SyncActor } from '../../core/sync/guard-types';

const IDENTITY_KEYS = ['id', 'author', 'initials', 'date', 'authorId', 'parentId', 'order'] as const;
const MOVING_KEYS = ['anchor', 'quote', 'orphaned'] as const;
const KNOWN_ROOTS = new Set<string>(Object.values(ROOTS));

const refuse = (reason: GuardRefusal, detail: string): GuardDecision => ({ allowed: false, reason, detail });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The account ids that may edit the content of the document. */
function contentEditors(ydoc: Y.Doc, access: DocumentAccess): Set<string> {
  const ids = new Set<string>([access.drafterId, ...(access.reviewerIds ?? [])]);
  const assigned = assignedReviewer(ydoc);
  if (assigned) ids.add(assigned.accountId);
  return ids;
}

/** The name of the root a (possibly nested) type belongs to. */
function rootNameOf(ydoc: Y.Doc, type: Y.AbstractType<unknown>): string | undefined {
  let current: Y.AbstractType<unknown> = type;
  while (current._item !== null) current = current._item.parent as Y.AbstractType<unknown>;
  for (const [name, root] of ydoc.share) if (root === current) return name;
  return undefined;
}

function commentsJson(ydoc: Y.Doc): Map<string, StoredComment> {
  const out = new Map<string, StoredComment>();
  for (const [key, map] of docRoots(ydoc).comments) out.set(key, (map instanceof Y.Map ? map.toJSON() : map) as StoredComment);
  return out;
}

/** A Y.Doc with the same state as `ydoc` (its roots defined), for trying an update on. */
function cloneYDoc(ydoc: Y.Doc): Y.Doc {
  const clone = new Y.Doc({ gc: false });
  docRoots(clone);
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(ydoc));
  return clone;
}

function checkComments(before: Map<string, StoredComment>, after: Map<string, StoredComment>, actor: SyncActor, editor: boolean): GuardDecision {
  for (const [id, previous] of before) {
    const next = after.get(id);
    if (next === undefined) {
      if (previous.authorId !== actor.accountId) return refuse('comment-not-own', `comment ${id} was written by someone else`);
      continue;
    }
    if (same(previous, next)) continue;
    for (const key of IDENTITY_KEYS) if (!same(previous[key], next[key])) return refuse('comment-identity', `comment ${id}: ${key} may not change`);
    const own = previous.authorId === actor.accountId;
    if (!same(previous.text, next.text) && !own) return refuse('comment-not-own', `comment ${id} was written by someone else`);
    for (const key of MOVING_KEYS) if (!same(previous[key], next[key]) && !own && !editor) return refuse('comment-not-own', `comment ${id}: ${key} only moves with the text`);
    if (!commentSchema.safeParse(commentFromStored(next)).success) return refuse('comment-invalid', `comment ${id} is not a valid comment`);
  }
  for (const [id, next] of after) {
    if (before.has(id)) continue;
    if (next.authorId !== actor.accountId) return refuse('comment-not-own', `new comment ${id} must be authored by the account that writes it`);
    if (next.id !== id || typeof next.order !== 'number' || !commentSchema.safeParse(commentFromStored(next)).success) {
      return refuse('comment-invalid', `new comment ${id} is not a valid comment`);
    }
    if (next.parentId !== null && !after.has(next.parentId)) return refuse('comment-invalid', `new comment ${id} replies to a missing comment`);
  }
  for (const [id, next] of after) {
    if (next.parentId !== null && before.has(next.parentId) && !after.has(next.parentId)) {
      return refuse('comment-others-replied', `comment ${next.parentId} has replies by others (${id})`);
    }
  }
  return { allowed: true };
}

/** Why the content in the doc is not a valid document, or null. */
function contentProblem(ydoc: Y.Doc): string | null {
  try {
    const { review: _review, comments: _comments, ...rest } = yDocToDocument(ydoc);
    const parsed = documentContentSchema.safeParse({ ...rest, comments: [] });
    return parsed.success ? null : `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Whether `update` from `actor` may be applied to `before` (which is left unchanged). The caller
 * applies it to the real document only when allowed.
 */
export function referenceGuardUpdate(before: Y.Doc, update: Uint8Array, actor: SyncActor, access: DocumentAccess): GuardDecision {
  const clone = cloneYDoc(before);
  const status = (docRoots(clone).review.get('status') as ReviewStatus | undefined) ?? 'draft';
  const editors = contentEditors(clone, access);
  const commentsBefore = commentsJson(clone);
  const touched = new Set<string>();
  const headerKeys = new Set<string>();
  const header = docRoots(clone).header;
  clone.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const name = rootNameOf(clone, type as Y.AbstractType<unknown>) ?? '?';
      touched.add(name);
      if ((type as unknown) === header) for (const key of keys) if (key !== null) headerKeys.add(key);
    }
  });
  try {
    Y.applyUpdate(clone, update);
  } catch (error) {
    return refuse('malformed-update', error instanceof Error ? error.message : String(error));
  }
  if (clone.store.pendingStructs !== null || clone.store.pendingDs !== null) {
    return refuse('update-incomplete', 'the update depends on changes the server does not have');
  }
  for (const name of touched) if (!KNOWN_ROOTS.has(name)) return refuse('unknown-root', `root ${name} is not part of a VanBan document`);
  if (touched.has(ROOTS.review)) return refuse('review-record', 'the review record is written only by the server');
  for (const key of SERVER_HEADER_KEYS) if (headerKeys.has(key)) return refuse('review-record', `header ${key} is given only when issuing`);
  for (const value of docRoots(clone).comments.values()) if (!(value instanceof Y.Map)) return refuse('comment-invalid', 'a comment must be a Y.Map');
  const content = CONTENT_ROOTS.filter((name: RootName) => touched.has(name));
  if (content.length > 0) {
    if (isLocked({ status, log: [] })) return refuse('document-locked', `the document is ${status}; ${content.join(', ')} may not change`);
    if (!editors.has(actor.accountId)) return refuse('not-an-editor', `account ${actor.accountId} is neither the drafter nor an assigned reviewer`);
    const invalid = contentProblem(clone);
    if (invalid !== null) return refuse('content-invalid', invalid);
  }
  if (touched.has(ROOTS.comments)) return checkComments(commentsBefore, commentsJson(clone), actor, editors.has(actor.accountId));
  return { allowed: true };
}
