/**
 * Who may open a shared document, and who may edit its content (the guard's DocumentAccess):
 *   open   its drafter, the reviewers listed on it, every reviewer it was ever submitted to, and
 *          clerks once it is approved (to issue it) or issued; nobody else, no administrator.
 *   edit   the drafter and the listed reviewers (the guard adds the one it was submitted to).
 * Comments are open to everyone who may open it (core/sync/guard.ts).
 */
import type { DocumentAccess } from '../../core/sync';
import type { Account } from './contracts';
import type { DocumentInfo } from './document-info-store';

export function mayOpen(info: DocumentInfo, account: Account): boolean {
  if (account.disabled) return false;
  if (account.id === info.drafterId || info.reviewerIds.includes(account.id) || info.submittedTo.includes(account.id)) return true;
  return account.role === 'clerk' && (info.status === 'approved' || info.status === 'issued');
}

export function documentAccess(info: DocumentInfo): DocumentAccess {
  return { drafterId: info.drafterId, reviewerIds: info.reviewerIds };
}
