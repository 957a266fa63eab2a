/**
 * Review moves made by the server on a shared document: the rules of core/review (status, role,
 * lock, register number) plus the account checks; a refused move writes nothing; a move reaches clients.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentSchema } from '../../core/model/schema';
import { verifyLock } from '../../core/review/workflow';
import { applyReviewMove, assignedReviewer, docRoots, yDocToDocument, type ReviewMoveRequest, type ServerAccount, type SyncMoveResult } from '../../core/sync';
import { ACCESS, ADMIN, clientOf, CLERK, DRAFTER, OTHER_DRAFTER, OTHER_REVIEWER, REVIEWER, serverDoc, WHEN } from './helpers';

const SUBMIT: ReviewMoveRequest = { move: 'submit', reviewer: { accountId: REVIEWER.accountId, name: REVIEWER.name }, note: 'Kính trình' };
const ISSUE: ReviewMoveRequest = { move: 'issue', issue: { number: 231, date: { day: 4, month: 12, year: 2026 } } };

/** Makes the move and checks that a refusal wrote nothing. */
async function move(ydoc: Y.Doc, request: ReviewMoveRequest, actor: ServerAccount): Promise<SyncMoveResult> {
  const before = Y.encodeStateAsUpdate(ydoc);
  const result = await applyReviewMove(ydoc, request, actor, ACCESS, WHEN);
  if (!result.ok) expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  return result;
}

const code = (result: SyncMoveResult): string | null => (result.ok ? null : result.error.code);

describe('applyReviewMove', () => {
  it('runs draft → submitted → returned → submitted → approved → issued with the authenticated actors', async () => {
    const server = serverDoc();
    const client = clientOf(server);
    server.on('update', (update: Uint8Array) => Y.applyUpdate(client, update));

    expect(await move(server, SUBMIT, DRAFTER)).toEqual({ ok: true, status: 'submitted', step: 0 });
    expect(assignedReviewer(client)).toEqual({ accountId: REVIEWER.accountId, name: REVIEWER.name });
    expect(await move(server, { move: 'return', note: 'Bổ sung số liệu' }, REVIEWER)).toMatchObject({ ok: true, status: 'returned' });
    expect(yDocToDocument(client).review.log[1]).toEqual({ who: { name: REVIEWER.name, initials: REVIEWER.initials, role: 'reviewer' }, when: WHEN, from: 'submitted', to: 'returned', note: 'Bổ sung số liệu' });
    expect(await move(server, SUBMIT, DRAFTER)).toMatchObject({ ok: true, status: 'submitted' });
    expect(await move(server, { move: 'approve' }, REVIEWER)).toMatchObject({ ok: true, status: 'approved' });
    expect(await move(server, ISSUE, CLERK)).toMatchObject({ ok: true, status: 'issued', step: 4 });

    const doc = yDocToDocument(client);
    expect(doc.review.status).toBe('issued');
    expect(doc.header.number).toBe(231);
    expect(doc.header.date).toEqual({ day: 4, month: 12, year: 2026 });
    expect(doc.review.log.map((step) => step.who.name)).toEqual([DRAFTER.name, REVIEWER.name, DRAFTER.name, REVIEWER.name, CLERK.name]);
    expect(doc.review.versions).toHaveLength(5);
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(await verifyLock(doc)).toBe(true);
    const stored = (docRoots(client).review.get('log') as Y.Array<{ accountId: string }>).toArray().map((step) => step.accountId);
    expect(stored).toEqual([DRAFTER.accountId, REVIEWER.accountId, DRAFTER.accountId, REVIEWER.accountId, CLERK.accountId]);
  });

  it('refuses a drafter approving, a reviewer issuing and an admin moving (role-not-allowed)', async () => {
    const server = serverDoc();
    await move(server, SUBMIT, DRAFTER);
    expect(code(await move(server, { move: 'approve' }, DRAFTER))).toBe('role-not-allowed');
    expect(code(await move(server, { move: 'approve' }, ADMIN))).toBe('role-not-allowed');
    await move(server, { move: 'approve' }, REVIEWER);
    expect(code(await move(server, ISSUE, REVIEWER))).toBe('role-not-allowed');
  });

  it('refuses moves from the wrong status, and on a locked document (move-not-allowed, locked)', async () => {
    const server = serverDoc();
    expect(code(await move(server, ISSUE, CLERK))).toBe('move-not-allowed');
    expect(code(await move(server, { move: 'approve' }, REVIEWER))).toBe('move-not-allowed');
    await move(server, SUBMIT, DRAFTER);
    await move(server, { move: 'approve' }, REVIEWER);
    expect(code(await move(server, SUBMIT, DRAFTER))).toBe('locked');
  });

  it('refuses issuing without a register number (issue-needs-number)', async () => {
    const server = serverDoc();
    await move(server, SUBMIT, DRAFTER);
    await move(server, { move: 'approve' }, REVIEWER);
    expect(code(await move(server, { move: 'issue', issue: { number: 0, date: { day: 1, month: 1, year: 2026 } } }, CLERK))).toBe('issue-needs-number');
  });

  it('lets only the drafter submit and only the reviewer it went to decide', async () => {
    const server = serverDoc();
    expect(code(await move(server, SUBMIT, OTHER_DRAFTER))).toBe('not-drafter');
    expect(code(await move(server, { move: 'submit', reviewer: { accountId: '', name: '' } }, DRAFTER))).toBe('submit-needs-reviewer');
    await move(server, SUBMIT, DRAFTER);
    expect(code(await move(server, { move: 'approve' }, OTHER_REVIEWER))).toBe('not-assigned-reviewer');
    expect(code(await move(server, { move: 'return', note: 'x' }, OTHER_REVIEWER))).toBe('not-assigned-reviewer');
    expect(yDocToDocument(server).review.status).toBe('submitted');
  });

  it('refuses approving when the content changed after approval was recorded (locked)', async () => {
    const server = serverDoc();
    await move(server, SUBMIT, DRAFTER);
    await move(server, { move: 'approve' }, REVIEWER);
    docRoots(server).fields.set('summary', 'Đổi sau khi duyệt');
    expect(code(await move(server, ISSUE, CLERK))).toBe('locked');
  });
});
