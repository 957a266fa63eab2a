// Two desktops on one shared document through the office server, and a document's whole round
// through the review moves (submit to a named reviewer, inbox, comment, return, edit, resubmit,
// approve, issue with the server register's number), then a restart on the same data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { docRoots } from '../../core/sync';
import { createFileRegister } from '../../electron/office-server/register/file-register';
import { startOfficeServer } from '../../electron/office-server/start-server';
import {
  addAccount,
  bodyElement,
  bodyText,
  bodyTexts,
  cleanUp,
  closeAllClients,
  documentOf,
  http,
  openClient,
  shareDocument,
  signIn,
  signInEveryone,
  sleep,
  startOffice,
  statusOf,
  typeAtEnd,
  waitFor,
  watchStatuses,
  writeComment,
  type Office,
  type Person,
} from './sync-helpers';

let office: Office;
let tokens: Record<Person, string>;

beforeAll(async () => {
  office = await startOffice();
  tokens = await signInEveryone(office.server.url);
});
afterEach(() => closeAllClients());
afterAll(async () => {
  closeAllClients();
  await office?.close();
  cleanUp();
});

const sync = () => office.server.syncUrl;
const url = () => office.server.url;

interface InboxItem {
  documentId: string;
  title: string;
  reason: string;
  status: string;
  from: { accountId: string; name: string } | null;
  when: string | null;
}
const inbox = async (token: string) => (await http<{ items: InboxItem[] }>(url(), 'GET', '/api/inbox', { token })).body.items;

describe('two desktops on one document', () => {
  it('what the drafter types reaches the other desktop, and what that one types comes back; both hold the same document', async () => {
    const documentId = await shareDocument(url(), tokens.drafter);
    const first = await openClient(sync(), documentId, tokens.drafter);
    const second = await openClient(sync(), documentId, tokens.drafter);
    expect(bodyTexts(second.doc)).toEqual(bodyTexts(first.doc));

    typeAtEnd(first.doc, 1, ' – bổ sung từ máy thứ nhất');
    await first.acknowledged();
    await waitFor(() => bodyText(second.doc, 1) === 'Mục đích – bổ sung từ máy thứ nhất', 'the edit at the second desktop');

    // Typing at once on both, in different blocks and in the same block.
    typeAtEnd(second.doc, 2, ' Đoạn hai.');
    typeAtEnd(first.doc, 3, ' Đoạn ba.');
    typeAtEnd(first.doc, 1, ' [A]');
    typeAtEnd(second.doc, 1, ' [B]');
    await Promise.all([first.acknowledged(), second.acknowledged()]);
    await waitFor(() => JSON.stringify(bodyTexts(first.doc)) === JSON.stringify(bodyTexts(second.doc)), 'both desktops to hold the same text');
    const texts = bodyTexts(first.doc);
    expect(texts[2]!.endsWith(' Đoạn hai.')).toBe(true);
    expect(texts[3]!.endsWith(' Đoạn ba.')).toBe(true);
    expect(texts[1]).toMatch(/^Mục đích – bổ sung từ máy thứ nhất( \[A\] \[B\]| \[B\] \[A\])$/);
    expect(documentOf(second.doc)).toEqual(documentOf(first.doc));
    expect([first.refusals, second.refusals]).toEqual([[], []]);

    // A new desktop gets the same from the server.
    const third = await openClient(sync(), documentId, tokens.drafter);
    expect(documentOf(third.doc)).toEqual(documentOf(first.doc));
  });

  it('an edit that makes the content invalid is refused (content-invalid) and not seen by the other desktop', async () => {
    const documentId = await shareDocument(url(), tokens.drafter);
    const first = await openClient(sync(), documentId, tokens.drafter);
    const second = await openClient(sync(), documentId, tokens.drafter);
    docRoots(first.doc).fields.set('kind', '');
    await waitFor(() => first.refusals.length > 0, 'the refusal');
    expect(first.refusals[0]!.reason).toBe('content-invalid');
    await sleep(100);
    expect(docRoots(second.doc).fields.get('kind')).toBe('ke-hoach');
  });
});

describe('offline edits and a server restart under a connected desktop', () => {
  it('edits made while the server is down (typing and deleting) go in the first sync after it is back, are checked, stored and acknowledged', async () => {
    const documentId = await shareDocument(url(), tokens.drafter);
    const desktop = await openClient(sync(), documentId, tokens.drafter);
    const watcher = await openClient(sync(), documentId, tokens.drafter);
    watcher.close();
    const port = office.server.port;
    await office.server.close();
    await waitFor(() => desktop.socket.status === 'disconnected', 'the desktop to see the server gone');
    // While the server is down.
    typeAtEnd(desktop.doc, 1, ' (soạn khi mất kết nối)');
    bodyElement(desktop.doc, 2).delete(0, 5);
    expect(desktop.provider.unsyncedChanges).toBeGreaterThan(0);
    const expected = bodyTexts(desktop.doc);
    // Back on the same port: the provider reconnects by itself.
    office.server = await startOfficeServer({ dataDir: office.dataDir, port, authenticator: office.authenticator, register: createFileRegister(office.dataDir), onError: () => undefined });
    await waitFor(() => desktop.provider.unsyncedChanges === 0 && desktop.provider.synced, 'the offline edits to be acknowledged', 10_000);
    expect(desktop.refusals).toEqual([]);
    const other = await openClient(sync(), documentId, tokens.drafter);
    expect(bodyTexts(other.doc)).toEqual(expected);
    expect(bodyText(other.doc, 1)).toBe('Mục đích (soạn khi mất kết nối)');
  });
});

describe('a document’s round through review', () => {
  it('submit to a named reviewer → inbox → comment and return → edit → resubmit → approve → issue with the register’s number; both desktops see every status; a restart keeps it word for word', async () => {
    const { drafter: drafterAccount, reviewer: reviewerAccount, clerk: clerkAccount } = office.people;
    const documentId = await shareDocument(url(), tokens.drafter, { title: 'Kế hoạch chuyển đổi số 2025' });
    const drafter = await openClient(sync(), documentId, tokens.drafter);
    const drafterStatuses = watchStatuses(drafter.doc);
    expect(drafterStatuses).toEqual(['draft']);
    typeAtEnd(drafter.doc, 1, ' của tỉnh');
    await drafter.acknowledged();

    // Not yet submitted: the reviewer may not open it and has nothing waiting.
    expect(await inbox(tokens.reviewer)).toEqual([]);

    expect(await drafter.move({ move: 'submit', reviewer: { accountId: reviewerAccount.id }, note: 'Kính trình' })).toMatchObject({ ok: true, status: 'submitted' });
    const waiting = await inbox(tokens.reviewer);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({
      documentId,
      title: 'Kế hoạch chuyển đổi số 2025',
      reason: 'submitted-to-me',
      status: 'submitted',
      from: { accountId: drafterAccount.id, name: drafterAccount.name },
    });
    expect(waiting[0]!.when).toMatch(/\+07:00$/);
    expect(await inbox(tokens.otherReviewer)).toEqual([]);
    expect(docRoots(drafter.doc).review.get('assignedReviewer')).toEqual({ accountId: reviewerAccount.id, name: reviewerAccount.name });

    const reviewer = await openClient(sync(), documentId, tokens.reviewer);
    const reviewerStatuses = watchStatuses(reviewer.doc);
    expect(bodyText(reviewer.doc, 1)).toBe('Mục đích của tỉnh');

    // The reviewer comments (as itself) and returns it.
    writeComment(reviewer.doc, 'y-kien-1', reviewerAccount, reviewerAccount.id, 'Ghi rõ mục đích cụ thể');
    await reviewer.acknowledged();
    await waitFor(() => docRoots(drafter.doc).comments.has('y-kien-1'), 'the comment at the drafter');
    expect(await reviewer.move({ move: 'return', note: 'Đề nghị sửa' })).toMatchObject({ ok: true, status: 'returned' });
    expect(await inbox(tokens.reviewer)).toEqual([]);
    expect((await inbox(tokens.drafter)).map((item) => [item.documentId, item.reason, item.from?.name])).toEqual([[documentId, 'returned-to-me', reviewerAccount.name]]);

    // The drafter edits and submits again; the reviewer approves.
    typeAtEnd(drafter.doc, 1, ' năm 2025');
    await drafter.acknowledged();
    await waitFor(() => bodyText(reviewer.doc, 1) === 'Mục đích của tỉnh năm 2025', 'the drafter’s edit at the reviewer');
    expect(await drafter.move({ move: 'submit', reviewer: { accountId: reviewerAccount.id } })).toMatchObject({ ok: true, status: 'submitted' });
    expect(await reviewer.move({ move: 'approve', note: 'Đồng ý' })).toMatchObject({ ok: true, status: 'approved' });
    expect((await inbox(tokens.clerk)).map((item) => [item.documentId, item.reason, item.from?.name])).toEqual([[documentId, 'awaiting-number', reviewerAccount.name]]);

    // Approved: only a clerk issues it, with the next number of the server's register.
    expect((await drafter.move({ move: 'issue' })).error?.code).toBe('role-not-allowed');
    expect((await reviewer.move({ move: 'issue' })).error?.code).toBe('role-not-allowed');
    const clerk = await openClient(sync(), documentId, tokens.clerk);
    const issued = await clerk.move({ move: 'issue', issue: { date: { day: 12, month: 3, year: 2025 } } });
    expect(issued).toMatchObject({ ok: true, status: 'issued' });
    const register = JSON.parse(readFileSync(join(office.dataDir, 'register.json'), 'utf8'));
    expect(register.UBND['2025'].last).toBe(1);
    expect(register.UBND['2025'].entries).toEqual([expect.objectContaining({ number: 1, documentId })]);

    const expected = ['draft', 'submitted', 'returned', 'submitted', 'approved', 'issued'];
    await waitFor(() => statusOf(reviewer.doc) === 'issued' && statusOf(drafter.doc) === 'issued', 'the issued status at both desktops');
    expect(drafterStatuses).toEqual(expected);
    expect(reviewerStatuses).toEqual(expected.slice(1));
    for (const doc of [drafter.doc, reviewer.doc, clerk.doc]) {
      const document = documentOf(doc);
      expect(document.header.number).toBe(1);
      expect(document.header.date).toEqual({ day: 12, month: 3, year: 2025 });
      expect(document.review.status).toBe('issued');
      expect(document.review.log.map((step) => [step.from, step.to, step.who.name, step.who.role])).toEqual([
        ['draft', 'submitted', drafterAccount.name, 'drafter'],
        ['submitted', 'returned', reviewerAccount.name, 'reviewer'],
        ['returned', 'submitted', drafterAccount.name, 'drafter'],
        ['submitted', 'approved', reviewerAccount.name, 'reviewer'],
        ['approved', 'issued', clerkAccount.name, 'clerk'],
      ]);
      expect(((docRoots(doc).review.get('log') as Y.Array<{ accountId?: string }>).toArray()).map((step) => step.accountId)).toEqual([
        drafterAccount.id,
        reviewerAccount.id,
        drafterAccount.id,
        reviewerAccount.id,
        clerkAccount.id,
      ]);
      expect(document.review.log.map((step) => step.note)).toEqual(['Kính trình', 'Đề nghị sửa', '', 'Đồng ý', '']);
      expect(document.comments.map((comment) => [comment.id, comment.author, comment.text])).toEqual([['y-kien-1', reviewerAccount.name, 'Ghi rõ mục đích cụ thể']]);
    }
    expect(documentOf(reviewer.doc)).toEqual(documentOf(drafter.doc));
    expect(await inbox(tokens.clerk)).toEqual([]);
    const summary = (await http<{ documents: Array<{ id: string; status: string; number: number | null }> }>(url(), 'GET', '/api/documents', { token: tokens.drafter })).body.documents.find((d) => d.id === documentId);
    expect(summary).toMatchObject({ status: 'issued', number: 1 });

    // Restart on the same data folder: word for word the same document.
    const before = documentOf(drafter.doc);
    const beforeJson = JSON.stringify(before);
    closeAllClients();
    await office.restart();
    const after = await openClient(sync(), documentId, tokens.drafter);
    expect(documentOf(after.doc)).toEqual(before);
    expect(JSON.stringify(documentOf(after.doc))).toBe(beforeJson);
    expect(bodyText(after.doc, 1)).toBe('Mục đích của tỉnh năm 2025');

    // Issued: the content is locked for everyone, also after the restart.
    typeAtEnd(after.doc, 1, ' (sửa sau khi ban hành)');
    await waitFor(() => after.refusals.length > 0, 'the refusal of an edit to an issued document');
    expect(after.refusals[0]!.reason).toBe('document-locked');
    const fresh = await openClient(sync(), documentId, tokens.reviewer);
    expect(JSON.stringify(documentOf(fresh.doc))).toBe(beforeJson);
  });
});

describe('issuing at once', () => {
  it('two clerks issuing the same approved document at once: one number, the other refused (locked), the register without a gap', async () => {
    await addAccount(office.authenticator, { login: 'vanthu2', name: 'Hồ Thị Lưu', initials: 'HTL', role: 'clerk', unit: 'Văn thư' });
    const secondClerk = await signIn(url(), 'vanthu2');
    const approved = async () => {
      const id = await shareDocument(url(), tokens.drafter);
      const drafter = await openClient(sync(), id, tokens.drafter);
      expect((await drafter.move({ move: 'submit', reviewer: { accountId: office.people.reviewer.id } })).ok).toBe(true);
      const reviewer = await openClient(sync(), id, tokens.reviewer);
      expect((await reviewer.move({ move: 'approve' })).ok).toBe(true);
      return id;
    };
    const date = { day: 2, month: 1, year: 2024 };
    const first = await approved();
    const clerks = [await openClient(sync(), first, tokens.clerk), await openClient(sync(), first, secondClerk)];
    const replies = await Promise.all(clerks.map((clerk) => clerk.move({ move: 'issue', issue: { date } })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.find((reply) => !reply.ok)?.error?.code).toBe('locked');
    await waitFor(() => clerks.every((clerk) => statusOf(clerk.doc) === 'issued'), 'the issued status at both clerks');
    for (const clerk of clerks) expect(docRoots(clerk.doc).header.get('number')).toBe(1);

    const second = await approved();
    const clerk = await openClient(sync(), second, secondClerk);
    expect(await clerk.move({ move: 'issue', issue: { date } })).toMatchObject({ ok: true, status: 'issued' });
    expect(docRoots(clerk.doc).header.get('number')).toBe(2);
    const register = JSON.parse(readFileSync(join(office.dataDir, 'register.json'), 'utf8'));
    expect(register.UBND['2024'].last).toBe(2);
    expect((register.UBND['2024'].entries as Array<{ number: number; documentId: string }>).map((entry) => [entry.number, entry.documentId])).toEqual([
      [1, first],
      [2, second],
    ]);
  });
});
