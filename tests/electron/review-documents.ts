/**
 * Documents at each step of the review workflow, made with the real core moves (trình duyệt,
 * duyệt, phát hành) — shared by the host service, IPC, browser-mode server and CLI tests.
 */
import type { IssueDate, ReviewActor, VanBanDocument } from '../../core/model/types';
import type { ReviewMove } from '../../core/review/steps';
import { moveDocument, type IssueDetails } from '../../core/review/workflow';
import { makePlan, type DocumentOverrides } from '../fixtures/documents';

export const DRAFTER: ReviewActor = { name: 'Trần Văn An', initials: 'TVA', role: 'drafter' };
export const LEADER: ReviewActor = { name: 'Nguyễn Thị Bình', initials: 'NTB', role: 'reviewer' };
export const CLERK: ReviewActor = { name: 'Lê Thị Cúc', initials: 'LTC', role: 'clerk' };

async function move(doc: VanBanDocument, name: ReviewMove, actor: ReviewActor, when: string, note?: string, issue?: IssueDetails): Promise<VanBanDocument> {
  const result = await moveDocument(doc, name, actor, when, note, issue);
  if (!result.ok) throw result.error;
  return result.document;
}

/** A plan without number or day, submitted by the drafter. */
export async function submittedPlan(overrides: DocumentOverrides = {}): Promise<VanBanDocument> {
  const draft = makePlan({ ...overrides, header: { number: null, ...overrides.header, date: { day: null, month: null, year: 2025, ...overrides.header?.date } } });
  return move(draft, 'submit', DRAFTER, '2025-03-03T08:00:00.000Z');
}

/** Submitted, then approved by the leader: locked. */
export async function approvedPlan(overrides: DocumentOverrides = {}): Promise<VanBanDocument> {
  return move(await submittedPlan(overrides), 'approve', LEADER, '2025-03-04T09:00:00.000Z', 'Đồng ý');
}

/** Approved, then issued by the records clerk with this number and date. */
export async function issuedPlan(number: number, date: IssueDate = { day: 5, month: 3, year: 2025 }, overrides: DocumentOverrides = {}): Promise<VanBanDocument> {
  return move(await approvedPlan(overrides), 'issue', CLERK, '2025-03-05T10:00:00.000Z', '', { number, date });
}
