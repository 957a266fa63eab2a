/** Who writes into a shared document, who may edit its content, and the guard's answers. */
import type * as Y from 'yjs';
import { assignedReviewer } from './document-ydoc';

export type AccountRole = 'drafter' | 'reviewer' | 'clerk' | 'admin';

/** The authenticated account an update or a move comes from (never taken from the client's data). */
export interface SyncActor {
  accountId: string;
  role: AccountRole;
}

/** Who may edit a document's content: its drafter and the reviewers assigned to it (the one the
 * document was last submitted to, recorded in the review root, counts as assigned too). */
export interface DocumentAccess {
  drafterId: string;
  reviewerIds?: readonly string[];
}

export type GuardRefusal =
  | 'malformed-update'
  | 'update-incomplete'
  | 'unknown-root'
  | 'review-record'
  | 'document-locked'
  | 'not-an-editor'
  | 'comment-not-own'
  | 'comment-identity'
  | 'comment-invalid'
  | 'comment-others-replied'
  | 'content-invalid';

export type GuardDecision = { allowed: true } | { allowed: false; reason: GuardRefusal; detail: string };

/** The account ids that may edit the content of the document. */
export function contentEditors(ydoc: Y.Doc, access: DocumentAccess): Set<string> {
  const ids = new Set<string>([access.drafterId, ...(access.reviewerIds ?? [])]);
  const assigned = assignedReviewer(ydoc);
  if (assigned) ids.add(assigned.accountId);
  return ids;
}
