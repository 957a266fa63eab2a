/**
 * The approval workflow on a whole document: a move (trình duyệt, trả lại, duyệt, phát hành) updates
 * `doc.review` by the rules of steps.ts and takes a snapshot (phiên bản) of the content at that step.
 *
 *   approve  records lockedHash = contentHash: from then on the printed content must not change;
 *   issue    sets the register number and the issue date, and records the new lockedHash.
 *
 * No function here mutates its input or reads the clock: the caller passes the time as an ISO string.
 */
import type { DocumentVersion, IssueDate, ReviewActor, VanBanDocument } from '../model/types';
import { contentHash } from './content-hash';
import { applyMove, isLocked, ReviewError, type ReviewMove } from './steps';
import { findLastReviewedBy, snapshot } from './versions';

export type WorkflowResult = { ok: true; document: VanBanDocument } | { ok: false; error: ReviewError };

/** What the records clerk (văn thư) gives when issuing: the register number and the issue date. */
export interface IssueDetails {
  number: number;
  date: IssueDate;
}

/** Approved or issued: the content is read-only. */
export function isDocumentLocked(doc: VanBanDocument): boolean {
  return isLocked(doc.review);
}

/** True when the document is not locked, or its printed content still has the hash recorded at approval. */
export async function verifyLock(doc: VanBanDocument): Promise<boolean> {
  if (!isDocumentLocked(doc)) return true;
  const { lockedHash } = doc.review;
  return lockedHash !== null && lockedHash === (await contentHash(doc));
}

const fail = (error: ReviewError): WorkflowResult => ({ ok: false, error });

/**
 * Applies a move to doc.review (applyMove rules), then takes a step snapshot (label '', step = index
 * of the new log entry). approve: lockedHash = contentHash. issue: needs `issue` (else error code
 * 'issue-needs-number'), sets header.number/date, lockedHash = new hash. Refuses ('locked') a move on
 * a locked doc whose content no longer matches lockedHash. Never mutates its input.
 */
export async function moveDocument(
  doc: VanBanDocument,
  move: ReviewMove,
  actor: ReviewActor,
  when: string,
  note?: string,
  issue?: IssueDetails,
): Promise<WorkflowResult> {
  if (!(await verifyLock(doc))) {
    return fail(new ReviewError('locked', `The content changed after the document was ${doc.review.status}`, { move, status: doc.review.status, role: actor.role }));
  }
  const moved = applyMove({ status: doc.review.status, log: doc.review.log }, move, actor, when, (note ?? '').normalize('NFC'));
  if (!moved.ok) return moved;

  let header = doc.header;
  if (move === 'issue') {
    if (!issue || !Number.isInteger(issue.number) || issue.number < 1) {
      return fail(new ReviewError('issue-needs-number', 'Issuing needs a register number (a positive whole number)', { move, status: doc.review.status, role: actor.role }));
    }
    header = { ...doc.header, number: issue.number, date: { ...issue.date } };
  }

  const step = moved.state.log.length - 1;
  const content = { ...doc, header };
  const version = await snapshot(content, { label: '', createdAt: when, author: actor, step });
  const lockedHash = move === 'approve' || move === 'issue' ? version.hash : doc.review.lockedHash;
  return {
    ok: true,
    document: {
      ...content,
      review: { status: moved.state.status, log: moved.state.log, versions: [...doc.review.versions, version], lockedHash },
    },
  };
}

/** On-demand snapshot (any status, any role), appended to doc.review.versions. */
export async function saveVersion(doc: VanBanDocument, label: string, author: ReviewActor, when: string): Promise<VanBanDocument> {
  const version = await snapshot(doc, { label: label.normalize('NFC'), createdAt: when, author });
  return { ...doc, review: { ...doc.review, versions: [...doc.review.versions, version] } };
}

/** The version the reviewer last decided on (findLastReviewedBy over doc.review); null if never. */
export function lastReviewedVersion(doc: VanBanDocument, reviewerName: string): DocumentVersion | null {
  return findLastReviewedBy(doc.review.versions, doc.review.log, reviewerName);
}
