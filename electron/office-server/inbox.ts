/**
 * The documents waiting for an account (hộp việc), from the document records alone:
 *   submitted to me     status submitted and I am the reviewer it was submitted to (from: who submitted)
 *   returned to me      status returned and I drafted it (from: the reviewer who returned it)
 *   waiting for number  status approved and I am a clerk (from: the reviewer who approved it)
 * Newest first. "when" is the time of the move that put it there.
 */
import type { Account } from './contracts';
import type { DocumentInfo } from './document-info-store';

export type InboxReason = 'submitted-to-me' | 'returned-to-me' | 'awaiting-number';

export interface InboxItem {
  documentId: string;
  title: string;
  reason: InboxReason;
  status: DocumentInfo['status'];
  from: { accountId: string; name: string } | null;
  when: string | null;
}

function reasonFor(info: DocumentInfo, account: Account): InboxReason | null {
  if (account.disabled) return null;
  if (info.status === 'submitted' && info.assignedReviewer?.accountId === account.id) return 'submitted-to-me';
  if (info.status === 'returned' && info.drafterId === account.id) return 'returned-to-me';
  if (info.status === 'approved' && account.role === 'clerk') return 'awaiting-number';
  return null;
}

export function inboxFor(account: Account, infos: readonly DocumentInfo[]): InboxItem[] {
  const items: InboxItem[] = [];
  for (const info of infos) {
    const reason = reasonFor(info, account);
    if (!reason) continue;
    const step = info.lastStep;
    items.push({
      documentId: info.id,
      title: info.title,
      reason,
      status: info.status,
      from: step ? { accountId: step.accountId, name: step.name } : null,
      when: step?.when ?? null,
    });
  }
  return items.sort((a, b) => ((a.when ?? '') < (b.when ?? '') ? 1 : (a.when ?? '') > (b.when ?? '') ? -1 : 0));
}
