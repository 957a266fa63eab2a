/**
 * The server's check of an incoming Yjs update before it touches the real document, root by root:
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
 *
 * The work is done by the document's UpdateGuard (update-guard.ts): a shadow copy that follows the
 * document, on which the update is tried and only the parts it changed are validated.
 */
import * as Y from 'yjs';
import { docRoots } from './shape';
import type { DocumentAccess, GuardDecision, SyncActor } from './guard-types';
import { updateGuardFor } from './update-guard';

export * from './guard-types';

/** A Y.Doc with the same state as `ydoc` (its roots defined), for trying an update on. */
export function cloneYDoc(ydoc: Y.Doc): Y.Doc {
  const clone = new Y.Doc({ gc: false });
  docRoots(clone);
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(ydoc));
  return clone;
}

/**
 * Whether `update` from `actor` may be applied to `before` (which is left unchanged). The caller
 * applies it to the real document only when allowed. The first call on a document builds its
 * guard's shadow (one copy); later calls cost what the update changes.
 */
export function guardUpdate(before: Y.Doc, update: Uint8Array, actor: SyncActor, access: DocumentAccess): GuardDecision {
  return updateGuardFor(before).check(update, actor, access);
}
