/**
 * Review moves sent by a client as a Hocuspocus stateless message:
 *   → { type: 'review-move', requestId, request }         request: core/sync ReviewMoveRequest, except
 *                                                          that submit names only the reviewer's
 *                                                          accountId and issue only (optionally) the date
 *   ← { type: 'review-move-result', requestId, ok, status?, error?: { code, params } }
 *
 * The move is made as the account the connection authenticated with, read again from the account
 * store (a disabled account or expired token makes no move), with its role from the store: the rules
 * are core/sync/review-moves.ts (a drafter cannot approve, only the reviewer it was submitted to
 * returns or approves it, only a clerk issues). Submitting takes the reviewer's name from the store.
 * Issuing takes the next number from the office register and writes it with the move; the number is
 * given back when the move fails. Then the document's record (status, inbox) is brought up to date.
 */
import { z } from 'zod';
import { isPlausibleDate } from '../../core/format/date';
import type { IssueDate, ReviewActor } from '../../core/model/types';
import { applyMove } from '../../core/review/steps';
import { applyReviewMove, assignedReviewer, docRoots, readReview, type ReviewMoveRequest, type ServerAccount, type SyncMoveResult } from '../../core/sync';
import { documentAccess } from './access-policy';
import { AuthError, type Account, type Authenticator, type OfficeRegister } from './contracts';
import type { DocumentInfo, DocumentInfoStore } from './document-info-store';
import type { SharedDocument } from './shared-document';

const note = z.string().max(10_000).optional();
const issueDateSchema = z
  .object({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12), year: z.number().int().min(1945).max(9999) })
  .refine(isPlausibleDate, 'not a real calendar date');

export const reviewMoveMessageSchema = z.object({
  type: z.literal('review-move'),
  requestId: z.string().min(1).max(200),
  request: z.discriminatedUnion('move', [
    z.object({ move: z.literal('submit'), reviewer: z.object({ accountId: z.string().min(1).max(200) }).optional(), note }),
    z.object({ move: z.literal('return'), note }),
    z.object({ move: z.literal('approve'), note }),
    z.object({ move: z.literal('issue'), issue: z.object({ date: issueDateSchema.optional() }).optional(), note }),
  ]),
});

export interface ReviewMoveReply {
  type: 'review-move-result';
  requestId: string | null;
  ok: boolean;
  status?: string;
  error?: { code: string; params: Record<string, string> };
}

export interface ReviewMoveDeps {
  authenticator: Authenticator;
  register: OfficeRegister;
  infos: DocumentInfoStore;
  /** The time of the move (default: now). */
  now?: () => Date;
  onError?: (message: string) => void;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** ISO time in Vietnam's zone (UTC+7), as the steps record it. */
export function vietnamTime(date: Date): string {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().replace('Z', '+07:00');
}

function vietnamDate(date: Date): IssueDate {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

const failure = (requestId: string | null, code: string, params: Record<string, string> = {}): ReviewMoveReply => ({ type: 'review-move-result', requestId, ok: false, error: { code, params } });

function resultReply(requestId: string, result: SyncMoveResult): ReviewMoveReply {
  if (result.ok) return { type: 'review-move-result', requestId, ok: true, status: result.status };
  return failure(requestId, result.error.code, { ...result.error.params });
}

/** The record after a move: status, assigned reviewer, the step, the number. */
function recordMove(info: DocumentInfo, shared: SharedDocument, actor: Account, when: string): DocumentInfo {
  const roots = docRoots(shared.doc);
  const review = readReview(roots);
  const step = review.log[review.log.length - 1];
  const assigned = assignedReviewer(shared.doc);
  const submittedTo = assigned && !info.submittedTo.includes(assigned.accountId) ? [...info.submittedTo, assigned.accountId] : info.submittedTo;
  const number = roots.header.get('number');
  return {
    ...info,
    status: review.status,
    assignedReviewer: assigned,
    submittedTo,
    lastStep: step ? { accountId: actor.id, name: actor.name, when, from: step.from, to: step.to } : info.lastStep,
    number: typeof number === 'number' ? number : null,
  };
}

export async function handleReviewMove(deps: ReviewMoveDeps, shared: SharedDocument, token: string | null, payload: unknown): Promise<ReviewMoveReply> {
  const requestId = typeof (payload as { requestId?: unknown })?.requestId === 'string' ? (payload as { requestId: string }).requestId : null;
  const parsed = reviewMoveMessageSchema.safeParse(payload);
  if (!parsed.success) return failure(requestId, 'bad-request', { issue: parsed.error.issues[0]?.message ?? 'invalid' });
  const { request } = parsed.data;
  let account: Account;
  try {
    account = await deps.authenticator.verify(token);
  } catch (error) {
    if (error instanceof AuthError) return failure(parsed.data.requestId, error.code);
    throw error;
  }
  const actor: ServerAccount = { accountId: account.id, role: account.role, name: account.name, initials: account.initials };
  const id = parsed.data.requestId;

  return shared.exclusive(async () => {
    const date = deps.now?.() ?? new Date();
    const when = vietnamTime(date);
    const access = documentAccess(shared.info);
    let move: ReviewMoveRequest;
    let allocated: { agencyCode: string; year: number; number: number } | null = null;

    if (request.move === 'submit') {
      let reviewer = { accountId: request.reviewer?.accountId ?? '', name: '' };
      if (actor.accountId === shared.info.drafterId && account.role === 'drafter' && reviewer.accountId !== '') {
        const found = await deps.authenticator.account(reviewer.accountId);
        if (!found || found.disabled || found.role !== 'reviewer') return failure(id, 'reviewer-unknown', { accountId: reviewer.accountId });
        reviewer = { accountId: found.id, name: found.name };
      }
      move = { move: 'submit', reviewer, note: request.note };
    } else if (request.move === 'issue') {
      const status = readReview(docRoots(shared.doc)).status;
      const params = { move: 'issue', status, role: actor.role };
      if (actor.role === 'admin') return failure(id, 'role-not-allowed', params);
      // Not a clerk, or not approved: the move's own answer, without taking a number.
      const check = applyMove({ status, log: [] }, 'issue', { name: actor.name, initials: actor.initials, role: actor.role } as ReviewActor, when);
      if (!check.ok) return failure(id, check.error.code, { ...check.error.params });
      const issueDate = request.issue?.date ?? vietnamDate(date);
      const agencyCode = String(docRoots(shared.doc).header.get('agencyCode') ?? '');
      let number: number;
      try {
        number = await deps.register.allocate({ agencyCode, year: issueDate.year!, documentId: shared.name, accountId: account.id });
      } catch (error) {
        deps.onError?.(`document ${shared.name}: no register number: ${error instanceof Error ? error.message : String(error)}`);
        return failure(id, 'register-unavailable', { agencyCode, year: String(issueDate.year) });
      }
      allocated = { agencyCode, year: issueDate.year!, number };
      move = { move: 'issue', issue: { number, date: issueDate }, note: request.note };
    } else {
      move = request;
    }

    const giveBack = async (): Promise<void> => {
      if (allocated) await deps.register.release({ ...allocated, documentId: shared.name }).catch(() => false);
    };
    let result: SyncMoveResult;
    try {
      result = await shared.serverWrite((shadow) => applyReviewMove(shadow, move, actor, access, when));
    } catch (error) {
      deps.onError?.(`document ${shared.name}: the ${move.move} move could not be stored: ${error instanceof Error ? error.message : String(error)}`);
      await giveBack();
      return failure(id, 'storage-failed', { move: move.move });
    }
    if (!result.ok) await giveBack();
    if (result.ok) {
      try {
        shared.info = await deps.infos.update(shared.name, (info) => recordMove(info, shared, account, when));
      } catch (error) {
        deps.onError?.(`document ${shared.name}: its record was not updated after the ${move.move} move: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return resultReply(id, result);
  });
}
