/**
 * The server's review moves on a shared document: the same moves, status and role rules as
 * core/review/workflow.ts (moveDocument, which also takes the step snapshot and records the lock),
 * plus the account checks only a server can make:
 *   submit   by the document's drafter account ('not-drafter'), to a named reviewer ('submit-needs-reviewer'),
 *            who is recorded as the assigned reviewer;
 *   return, approve   only by the assigned reviewer ('not-assigned-reviewer');
 *   issue    by a clerk, with the register number and date (the server allocates the number).
 * An admin account makes no moves ('role-not-allowed'). The step's actor is always the authenticated
 * account. The review root (and the header's number and date on issue) is written in one
 * transaction with origin SERVER_ORIGIN; nothing is written when the move is refused.
 */
import * as Y from 'yjs';
import type { ReviewActor } from '../model/types';
import { ReviewError, type ReviewErrorCode, type ReviewMove } from '../review/steps';
import { moveDocument, type IssueDetails } from '../review/workflow';
import { assignedReviewer, yDocToDocument, type AssignedReviewer, type StoredStep } from './document-ydoc';
import type { DocumentAccess, SyncActor } from './guard-types';
import { docRoots, SERVER_ORIGIN } from './shape';

/** The authenticated account with the profile a step records. */
export interface ServerAccount extends SyncActor {
  name: string;
  initials: string;
}

export type ReviewMoveRequest =
  | { move: 'submit'; reviewer: AssignedReviewer; note?: string }
  | { move: 'return'; note?: string }
  | { move: 'approve'; note?: string }
  | { move: 'issue'; issue: IssueDetails; note?: string };

export type SyncMoveErrorCode = ReviewErrorCode | 'not-drafter' | 'not-assigned-reviewer' | 'submit-needs-reviewer' | 'document-changed';

export class SyncMoveError extends Error {
  constructor(
    readonly code: SyncMoveErrorCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SyncMoveError';
  }
}

export type SyncMoveResult = { ok: true; status: string; step: number } | { ok: false; error: SyncMoveError | ReviewError };

const fail = (code: SyncMoveErrorCode, message: string, params: Record<string, string>): SyncMoveResult => ({ ok: false, error: new SyncMoveError(code, message, params) });

function accountRefusal(ydoc: Y.Doc, request: ReviewMoveRequest, actor: ServerAccount, access: DocumentAccess, params: Record<string, string>): SyncMoveResult | null {
  if (request.move === 'submit') {
    if (actor.accountId !== access.drafterId) return fail('not-drafter', `Only the document's drafter may submit it`, params);
    if (!request.reviewer || !request.reviewer.accountId) return fail('submit-needs-reviewer', 'Submitting needs the reviewer it goes to', params);
  }
  if (request.move === 'return' || request.move === 'approve') {
    const assigned = assignedReviewer(ydoc);
    if (!assigned || assigned.accountId !== actor.accountId) return fail('not-assigned-reviewer', 'Only the reviewer the document was submitted to may decide on it', params);
  }
  return null;
}

const MAX_ATTEMPTS = 3;

/**
 * Applies a review move to the shared document as `actor` at `when` (ISO string). Other writes that
 * land while the move's snapshot is computed make it start again (at most 3 times, then 'document-changed').
 */
export async function applyReviewMove(ydoc: Y.Doc, request: ReviewMoveRequest, actor: ServerAccount, access: DocumentAccess, when: string): Promise<SyncMoveResult> {
  const params = { move: request.move, role: actor.role };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const document = yDocToDocument(ydoc);
    const stepParams = { ...params, status: document.review.status };
    if (actor.role === 'admin') return { ok: false, error: new ReviewError('role-not-allowed', 'An administrator makes no review moves', stepParams) };
    const refusal = accountRefusal(ydoc, request, actor, access, stepParams);
    const reviewActor: ReviewActor = { name: actor.name.normalize('NFC'), initials: actor.initials.normalize('NFC'), role: actor.role };
    const stateBefore = Y.encodeStateVector(ydoc);
    const moved = await moveDocument(document, request.move as ReviewMove, reviewActor, when, request.note, request.move === 'issue' ? request.issue : undefined);
    if (!moved.ok) return moved;
    if (refusal) return refusal;
    if (!sameVector(stateBefore, Y.encodeStateVector(ydoc))) continue;
    const next = moved.document;
    const roots = docRoots(ydoc);
    ydoc.transact(() => {
      const entry: StoredStep = { ...next.review.log[next.review.log.length - 1]!, accountId: actor.accountId };
      arrayIn<StoredStep>(roots.review, 'log').push([entry]);
      arrayIn<unknown>(roots.review, 'versions').push([next.review.versions[next.review.versions.length - 1]]);
      roots.review.set('status', next.review.status);
      if (next.review.lockedHash !== document.review.lockedHash) roots.review.set('lockedHash', next.review.lockedHash);
      if (request.move === 'submit') roots.review.set('assignedReviewer', { accountId: request.reviewer.accountId, name: request.reviewer.name.normalize('NFC') });
      if (request.move === 'issue') {
        roots.header.set('number', next.header.number);
        roots.header.set('date.day', next.header.date.day);
        roots.header.set('date.month', next.header.date.month);
        roots.header.set('date.year', next.header.date.year);
      }
    }, SERVER_ORIGIN);
    return { ok: true, status: next.review.status, step: next.review.log.length - 1 };
  }
  return fail('document-changed', 'The document kept changing while the move was made', params);
}

/** The Y.Array under `key`, created when missing. */
function arrayIn<T>(map: Y.Map<unknown>, key: string): Y.Array<T> {
  const found = map.get(key);
  if (found instanceof Y.Array) return found as Y.Array<T>;
  const created = new Y.Array<T>();
  map.set(key, created);
  return created;
}

function sameVector(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
