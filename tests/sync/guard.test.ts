/**
 * The server's update guard: what a client may write into a shared document and what is refused.
 * Every refusal leaves the server's document byte for byte as it was.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docRoots, guardUpdate, applyReviewMove, yDocToDocument, type GuardDecision, type SyncActor, type DocumentAccess } from '../../core/sync';
import { ACCESS, addCommentAs, appendixCell, bodyElement, clientOf, CLERK, diff, DRAFTER, OTHER_DRAFTER, OTHER_REVIEWER, REVIEWER, serverDoc, WHEN } from './helpers';

/** Guards what `edit` did on a client copy; applies it to the server when allowed. */
function attempt(server: Y.Doc, actor: SyncActor, edit: (client: Y.Doc) => void, access: DocumentAccess = ACCESS): GuardDecision {
  const client = clientOf(server);
  edit(client);
  const update = diff(client, server);
  const before = Y.encodeStateAsUpdate(server);
  const decision = guardUpdate(server, update, actor, access);
  expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  if (decision.allowed) Y.applyUpdate(server, update);
  return decision;
}

const reason = (decision: GuardDecision): string | null => (decision.allowed ? null : decision.reason);

async function submitted(): Promise<Y.Doc> {
  const server = serverDoc();
  const result = await applyReviewMove(server, { move: 'submit', reviewer: { accountId: REVIEWER.accountId, name: REVIEWER.name } }, DRAFTER, ACCESS, WHEN);
  expect(result.ok).toBe(true);
  return server;
}

async function approved(): Promise<Y.Doc> {
  const server = await submitted();
  expect((await applyReviewMove(server, { move: 'approve' }, REVIEWER, ACCESS, WHEN)).ok).toBe(true);
  return server;
}

describe('content edits', () => {
  it('lets the drafter edit the body, fields and an appendix cell', () => {
    const server = serverDoc();
    const decision = attempt(server, DRAFTER, (client) => {
      bodyElement(client, 0).insert(0, 'Mới: ');
      docRoots(client).fields.set('summary', 'Kế hoạch đã sửa');
      appendixCell(client, 0, 1).set('paragraphs', [[{ text: 'Rà soát toàn bộ hồ sơ' }]]);
    });
    expect(decision).toEqual({ allowed: true });
    const doc = yDocToDocument(server);
    expect(doc.summary).toBe('Kế hoạch đã sửa');
    expect(doc.body[0]!.type === 'section' && doc.body[0]!.content[0]!.text.startsWith('Mới: ')).toBe(true);
  });

  it('refuses content edits from an account that is neither the drafter nor an assigned reviewer', () => {
    const server = serverDoc();
    expect(reason(attempt(server, OTHER_DRAFTER, (client) => bodyElement(client, 0).insert(0, 'x')))).toBe('not-an-editor');
    expect(reason(attempt(server, REVIEWER, (client) => docRoots(client).signature.set('signerName', 'Ai đó')))).toBe('not-an-editor');
    expect(reason(attempt(server, CLERK, (client) => docRoots(client).recipients.push(['Lưu trữ'])))).toBe('not-an-editor');
  });

  it('lets the reviewer the document was submitted to, or one listed in the access info, edit it', async () => {
    const server = await submitted();
    expect(attempt(server, REVIEWER, (client) => bodyElement(client, 1).insert(0, 'Sửa: '))).toEqual({ allowed: true });
    expect(reason(attempt(server, OTHER_REVIEWER, (client) => bodyElement(client, 1).insert(0, 'y')))).toBe('not-an-editor');
    expect(attempt(server, OTHER_REVIEWER, (client) => bodyElement(client, 1).insert(0, 'y'), { ...ACCESS, reviewerIds: [OTHER_REVIEWER.accountId] })).toEqual({ allowed: true });
  });

  it('refuses every content edit once the document is approved, but still takes comments', async () => {
    const server = await approved();
    expect(reason(attempt(server, DRAFTER, (client) => bodyElement(client, 0).insert(0, 'x')))).toBe('document-locked');
    expect(reason(attempt(server, REVIEWER, (client) => appendixCell(client, 0, 1).set('paragraphs', [[{ text: 'khác' }]])))).toBe('document-locked');
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).header.set('date.day', 5)))).toBe('document-locked');
    expect(attempt(server, REVIEWER, (client) => addCommentAs(client, 'c-late', REVIEWER.accountId, REVIEWER.name))).toEqual({ allowed: true });
  });

  it('refuses content that is no longer a valid document', () => {
    const server = serverDoc();
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).fields.set('variant', 'other')))).toBe('content-invalid');
  });
});

describe('the review record', () => {
  it('is never written by a client: status, a forged step, the lock, the assigned reviewer, the number', async () => {
    const server = await submitted();
    const forged = { who: { name: REVIEWER.name, initials: REVIEWER.initials, role: 'reviewer' }, when: WHEN, from: 'submitted', to: 'approved', note: '', accountId: REVIEWER.accountId };
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).review.set('status', 'approved')))).toBe('review-record');
    expect(reason(attempt(server, REVIEWER, (client) => (docRoots(client).review.get('log') as Y.Array<unknown>).push([forged])))).toBe('review-record');
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).review.set('lockedHash', null)))).toBe('review-record');
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).review.set('assignedReviewer', { accountId: OTHER_DRAFTER.accountId, name: 'x' })))).toBe('review-record');
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).header.set('number', 12)))).toBe('review-record');
    expect(yDocToDocument(server).review.status).toBe('submitted');
  });
});

describe('comments', () => {
  it('takes a comment authored by the writing account, and refuses one in another account’s name', () => {
    const server = serverDoc();
    expect(attempt(server, REVIEWER, (client) => addCommentAs(client, 'c1', REVIEWER.accountId, REVIEWER.name))).toEqual({ allowed: true });
    expect(reason(attempt(server, DRAFTER, (client) => addCommentAs(client, 'c2', REVIEWER.accountId, REVIEWER.name)))).toBe('comment-not-own');
    expect(yDocToDocument(server).comments.map((comment) => comment.id)).toEqual(['c1']);
  });

  it('lets only the writer edit or delete a comment; anyone resolves a thread; who and when never change', () => {
    const server = serverDoc();
    attempt(server, REVIEWER, (client) => addCommentAs(client, 'c1', REVIEWER.accountId, REVIEWER.name));
    const comment = (client: Y.Doc) => docRoots(client).comments.get('c1')!;
    expect(reason(attempt(server, DRAFTER, (client) => comment(client).set('text', 'Bỏ qua')))).toBe('comment-not-own');
    expect(reason(attempt(server, DRAFTER, (client) => docRoots(client).comments.delete('c1')))).toBe('comment-not-own');
    expect(reason(attempt(server, REVIEWER, (client) => comment(client).set('author', 'Người khác')))).toBe('comment-identity');
    expect(reason(attempt(server, REVIEWER, (client) => comment(client).set('authorId', DRAFTER.accountId)))).toBe('comment-identity');
    expect(attempt(server, REVIEWER, (client) => comment(client).set('text', 'Cần làm rõ hơn'))).toEqual({ allowed: true });
    expect(attempt(server, DRAFTER, (client) => comment(client).set('resolved', true))).toEqual({ allowed: true });
    const stored = yDocToDocument(server).comments[0]!;
    expect([stored.text, stored.resolved]).toEqual(['Cần làm rõ hơn', true]);
  });

  it('refuses deleting a comment others replied to, and allows deleting one’s own', () => {
    const server = serverDoc();
    attempt(server, REVIEWER, (client) => addCommentAs(client, 'root', REVIEWER.accountId, REVIEWER.name));
    expect(attempt(server, DRAFTER, (client) => addCommentAs(client, 'reply', DRAFTER.accountId, DRAFTER.name, { parentId: 'root' }))).toEqual({ allowed: true });
    expect(reason(attempt(server, REVIEWER, (client) => docRoots(client).comments.delete('root')))).toBe('comment-others-replied');
    expect(attempt(server, DRAFTER, (client) => docRoots(client).comments.delete('reply'))).toEqual({ allowed: true });
    expect(attempt(server, REVIEWER, (client) => docRoots(client).comments.delete('root'))).toEqual({ allowed: true });
    expect(yDocToDocument(server).comments).toEqual([]);
  });

  it('refuses a comment that is not a valid comment', () => {
    const server = serverDoc();
    expect(reason(attempt(server, REVIEWER, (client) => addCommentAs(client, 'c1', REVIEWER.accountId, REVIEWER.name, { date: 'yesterday' })))).toBe('comment-invalid');
    expect(reason(attempt(server, REVIEWER, (client) => docRoots(client).comments.set('c2', { id: 'c2' } as never)))).toBe('comment-invalid');
  });
});

describe('malformed and foreign updates', () => {
  it('refuses bytes that are not an update, a root outside the layout and an update missing its dependencies', () => {
    const server = serverDoc();
    expect(reason(guardUpdate(server, new Uint8Array([1, 2, 3, 250, 7]), DRAFTER, ACCESS))).toBe('malformed-update');
    expect(reason(attempt(server, DRAFTER, (client) => client.getMap('extra').set('x', 1)))).toBe('unknown-root');

    const client = clientOf(server);
    bodyElement(client, 0).insert(0, 'một ');
    const first = diff(client, server);
    const vector = Y.encodeStateVector(client);
    bodyElement(client, 0).insert(0, 'hai ');
    const second = Y.encodeStateAsUpdate(client, vector);
    expect(reason(guardUpdate(server, second, DRAFTER, ACCESS))).toBe('update-incomplete');
    expect(guardUpdate(server, first, DRAFTER, ACCESS)).toEqual({ allowed: true });
  });
});
