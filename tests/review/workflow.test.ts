import { describe, expect, it } from 'vitest';
import { contentHash } from '../../core/review/content-hash';
import { diffDocuments } from '../../core/review/diff';
import type { ReviewErrorCode, ReviewMove } from '../../core/review/steps';
import {
  isDocumentLocked,
  lastReviewedVersion,
  moveDocument,
  saveVersion,
  verifyLock,
  type IssueDetails,
  type WorkflowResult,
} from '../../core/review/workflow';
import type { ReviewActor, ReviewStatus, VanBanDocument } from '../../core/model/types';
import { makePlan } from '../fixtures/documents';

const drafter: ReviewActor = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' };
const reviewer: ReviewActor = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' };
const otherReviewer: ReviewActor = { name: 'Phạm Văn E', initials: 'PVE', role: 'reviewer' };
const clerk: ReviewActor = { name: 'Lê Thị D', initials: 'LTD', role: 'clerk' };
const ACTORS = { drafter, reviewer, clerk };

const T = (hour: number): string => `2026-01-05T${String(hour).padStart(2, '0')}:00:00+07:00`;
const ISSUE: IssueDetails = { number: 12, date: { day: 9, month: 1, year: 2026 } };

/** A plan in the draft state, number and date still blank (as before issuing). */
const draft = (): VanBanDocument => makePlan({ header: { number: null, date: { day: null, month: null, year: null } } });

/** A JSON copy: what a document looked like, to check it was not mutated. */
const frozen = (doc: VanBanDocument): unknown => JSON.parse(JSON.stringify(doc));

function ok(result: WorkflowResult): VanBanDocument {
  if (!result.ok) throw result.error;
  return result.document;
}

function refused(result: WorkflowResult): ReviewErrorCode {
  if (result.ok) throw new Error(`expected a refusal, got ${result.document.review.status}`);
  return result.error.code;
}

/** A plan at a status, with a lock hash that matches when the status is locked. */
async function at(status: ReviewStatus): Promise<VanBanDocument> {
  const doc = draft();
  doc.review.status = status;
  if (status === 'approved' || status === 'issued') doc.review.lockedHash = await contentHash(doc);
  return doc;
}

/** submit (0) → return (1) → fix summary, submit (2) → approve (3) → issue (4), each document kept. */
async function fullRound(): Promise<VanBanDocument[]> {
  const d0 = draft();
  const d1 = ok(await moveDocument(d0, 'submit', drafter, T(8), 'Kính trình lãnh đạo.'));
  const d2 = ok(await moveDocument(d1, 'return', reviewer, T(9), 'Sửa lại trích yếu.'));
  const fixed = { ...d2, summary: 'Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026–2030' };
  const d3 = ok(await moveDocument(fixed, 'submit', drafter, T(10)));
  const d4 = ok(await moveDocument(d3, 'approve', reviewer, T(11)));
  const d5 = ok(await moveDocument(d4, 'issue', clerk, T(12), '', ISSUE));
  return [d0, d1, d2, fixed, d3, d4, d5];
}

describe('moveDocument: every move per status and role', () => {
  // Who may make a move from which status; every other combination is refused.
  const ALLOWED: Partial<Record<ReviewStatus, Partial<Record<ReviewMove, ReviewActor['role']>>>> = {
    draft: { submit: 'drafter' },
    returned: { submit: 'drafter' },
    submitted: { return: 'reviewer', approve: 'reviewer' },
    approved: { issue: 'clerk' },
  };
  const TO: Record<ReviewMove, ReviewStatus> = { submit: 'submitted', return: 'returned', approve: 'approved', issue: 'issued' };
  const statuses: ReviewStatus[] = ['draft', 'submitted', 'returned', 'approved', 'issued'];
  const moves: ReviewMove[] = ['submit', 'return', 'approve', 'issue'];
  const cases = statuses.flatMap((status) =>
    moves.flatMap((move) =>
      (Object.keys(ACTORS) as Array<keyof typeof ACTORS>).map((role): [ReviewStatus, ReviewMove, string, string] => {
        const allowedRole = ALLOWED[status]?.[move];
        const expected = allowedRole === role ? TO[move] : allowedRole ? 'role-not-allowed' : status === 'approved' || status === 'issued' ? 'locked' : 'move-not-allowed';
        return [status, move, role, expected];
      }),
    ),
  );

  it('covers 5 statuses × 4 moves × 3 roles, 5 of them allowed', () => {
    expect(cases).toHaveLength(60);
    expect(cases.filter(([, , , expected]) => !expected.includes('-') && expected !== 'locked')).toHaveLength(5);
  });

  it.each(cases)('%s + %s by the %s → %s', async (status, move, role, expected) => {
    const doc = await at(status);
    const before = frozen(doc);
    const result = await moveDocument(doc, move, ACTORS[role as keyof typeof ACTORS], T(9), '', ISSUE);
    if (result.ok) expect(result.document.review.status).toBe(expected);
    else expect(result.error.code).toBe(expected);
    expect(frozen(doc)).toEqual(before);
  });
});

describe('moveDocument: step log and snapshots', () => {
  it('draft + submit → submitted, one log entry and a step-0 snapshot of the content', async () => {
    const doc = draft();
    const after = ok(await moveDocument(doc, 'submit', drafter, T(8), 'Kính trình lãnh đạo.'));
    const [version] = after.review.versions;
    const { review: _review, ...content } = doc;
    expect(after).toEqual({
      ...doc,
      review: {
        status: 'submitted',
        log: [{ who: drafter, when: T(8), from: 'draft', to: 'submitted', note: 'Kính trình lãnh đạo.' }],
        versions: [{ id: version.id, label: '', createdAt: T(8), author: { name: 'Trần Văn C', initials: 'TVC' }, step: 0, hash: await contentHash(doc), document: content }],
        lockedHash: null,
      },
    });
    expect(version.id).toMatch(/^[a-z0-9]+$/);
  });

  it('every step of a full round has its snapshot, with the step index, the hash and the content of that moment', async () => {
    const [, d1, d2, fixed, d3, d4, d5] = await fullRound();
    const { versions, log } = d5.review;
    expect(log.map((entry) => [entry.who.name, entry.from, entry.to])).toEqual([
      ['Trần Văn C', 'draft', 'submitted'],
      ['Nguyễn Thị B', 'submitted', 'returned'],
      ['Trần Văn C', 'returned', 'submitted'],
      ['Nguyễn Thị B', 'submitted', 'approved'],
      ['Lê Thị D', 'approved', 'issued'],
    ]);
    expect(versions.map((version) => [version.step, version.label, version.createdAt, version.author.initials])).toEqual([
      [0, '', T(8), 'TVC'],
      [1, '', T(9), 'NTB'],
      [2, '', T(10), 'TVC'],
      [3, '', T(11), 'NTB'],
      [4, '', T(12), 'LTD'],
    ]);
    for (const version of versions) expect(version.hash).toBe(await contentHash(version.document));
    expect(versions[0].hash).toBe(await contentHash(d1));
    expect(versions[1].hash).toBe(await contentHash(d2));
    expect(versions[1].document.summary).toBe('Chuyển đổi số tỉnh Quảng Trị năm 2023');
    expect(versions[2].document.summary).toBe('Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026–2030');
    expect(versions[2].hash).toBe(await contentHash(fixed));
    expect(versions[3].hash).toBe(await contentHash(d3));
    expect(versions[4].hash).toBe(await contentHash(d5));
    expect(versions[4].document.header.number).toBe(12);
    expect(new Set(versions.map((version) => version.id)).size).toBe(5);
    // Earlier documents keep their own, shorter records.
    expect(d4.review.versions).toHaveLength(4);
    expect(d4.review.versions).toEqual(versions.slice(0, 4));
    for (const version of versions) expect('review' in version.document).toBe(false);
  });

  it('a snapshot is a deep copy: editing the document afterwards leaves it alone', async () => {
    const after = ok(await moveDocument(draft(), 'submit', drafter, T(8)));
    const hash = after.review.versions[0].hash;
    after.summary = 'ĐÃ SỬA';
    after.signature.signerName = 'Người khác';
    expect(after.review.versions[0].document.summary).toBe('Chuyển đổi số tỉnh Quảng Trị năm 2023');
    expect(after.review.versions[0].document.signature.signerName).toBe('Nguyễn Văn A');
    expect(await contentHash(after.review.versions[0].document)).toBe(hash);
  });

  it('the note is stored NFC; without a note it is empty', async () => {
    const withNote = ok(await moveDocument(draft(), 'submit', drafter, T(8), 'Kính trình lãnh đạo xem xét.'.normalize('NFD')));
    expect(withNote.review.log[0].note).toBe('Kính trình lãnh đạo xem xét.'.normalize('NFC'));
    const without = ok(await moveDocument(draft(), 'submit', drafter, T(8)));
    expect(without.review.log[0].note).toBe('');
  });

  it('never mutates the document it is given, on success or refusal', async () => {
    const doc = draft();
    const before = frozen(doc);
    ok(await moveDocument(doc, 'submit', drafter, T(8)));
    refused(await moveDocument(doc, 'approve', reviewer, T(8)));
    expect(frozen(doc)).toEqual(before);
  });
});

describe('moveDocument: approve and issue lock the content', () => {
  it('submit and return leave the document unlocked, lockedHash null', async () => {
    const [, d1, d2, , d3] = await fullRound();
    for (const doc of [d1, d2, d3]) {
      expect(doc.review.lockedHash).toBeNull();
      expect(isDocumentLocked(doc)).toBe(false);
      expect(await verifyLock(doc)).toBe(true);
    }
  });

  it('approve records lockedHash = the content hash; the document is locked', async () => {
    const [, , , , d3, d4] = await fullRound();
    expect(d4.review.status).toBe('approved');
    expect(d4.review.lockedHash).toBe(await contentHash(d3));
    expect(d4.review.lockedHash).toBe(d4.review.versions[3].hash);
    expect(isDocumentLocked(d4)).toBe(true);
    expect(await verifyLock(d4)).toBe(true);
  });

  it('issue sets the number and date and records the new hash', async () => {
    const [, , , , , d4, d5] = await fullRound();
    expect(d5.header).toEqual({ ...d4.header, number: 12, date: { day: 9, month: 1, year: 2026 } });
    expect(d5.review.status).toBe('issued');
    expect(d5.review.lockedHash).toBe(await contentHash(d5));
    expect(d5.review.lockedHash).not.toBe(d4.review.lockedHash);
    expect(isDocumentLocked(d5)).toBe(true);
    expect(await verifyLock(d5)).toBe(true);
    expect(d4.header.number).toBeNull();
  });

  it('issue without a number is refused with issue-needs-number, and so is a number that is not a positive whole number', async () => {
    const approved = await at('approved');
    expect(refused(await moveDocument(approved, 'issue', clerk, T(12)))).toBe('issue-needs-number');
    expect(refused(await moveDocument(approved, 'issue', clerk, T(12), '', { ...ISSUE, number: 0 }))).toBe('issue-needs-number');
    expect(refused(await moveDocument(approved, 'issue', clerk, T(12), '', { ...ISSUE, number: 2.5 }))).toBe('issue-needs-number');
    expect(approved.review.status).toBe('approved');
  });

  it('issuing needs the clerk before it needs a number', async () => {
    expect(refused(await moveDocument(await at('approved'), 'issue', reviewer, T(12)))).toBe('role-not-allowed');
  });

  it('an approved document whose content changed: verifyLock false, every move refused as locked', async () => {
    const [, , , , , d4] = await fullRound();
    const tampered = { ...d4, summary: `${d4.summary} (sửa sau khi duyệt)` };
    expect(await verifyLock(tampered)).toBe(false);
    expect(refused(await moveDocument(tampered, 'issue', clerk, T(12), '', ISSUE))).toBe('locked');
  });

  it('an issued document whose number changed: verifyLock false', async () => {
    const [, , , , , , d5] = await fullRound();
    expect(await verifyLock({ ...d5, header: { ...d5.header, number: 13 } })).toBe(false);
  });

  it('comments and the review record are not content: adding a comment keeps the lock', async () => {
    const [, , , , , d4] = await fullRound();
    const withComment = { ...d4, comments: [{ id: 'c1', author: 'Lê Thị D', initials: 'LTD', date: T(12), text: 'Đã kiểm tra', anchor: { blockId: d4.body[0].id, start: 0, end: 3 }, resolved: false, parentId: null, orphaned: false }] };
    expect(await verifyLock(withComment)).toBe(true);
  });

  it('an approved document without a lock hash does not verify', async () => {
    const doc = await at('approved');
    doc.review.lockedHash = null;
    expect(await verifyLock(doc)).toBe(false);
  });

  it('isDocumentLocked per status', async () => {
    const statuses: ReviewStatus[] = ['draft', 'submitted', 'returned', 'approved', 'issued'];
    const locked = await Promise.all(statuses.map(async (status) => isDocumentLocked(await at(status))));
    expect(locked).toEqual([false, false, false, true, true]);
  });
});

describe('saveVersion', () => {
  it('appends an on-demand snapshot with the label, no step, the hash; status and log unchanged', async () => {
    const doc = ok(await moveDocument(draft(), 'submit', drafter, T(8)));
    const before = frozen(doc);
    const after = await saveVersion(doc, 'Bản trước khi họp'.normalize('NFD'), reviewer, T(9));
    const added = after.review.versions[1];
    const { review: _review, ...content } = doc;
    expect(after).toEqual({
      ...doc,
      review: {
        ...doc.review,
        versions: [doc.review.versions[0], { id: added.id, label: 'Bản trước khi họp', createdAt: T(9), author: { name: 'Nguyễn Thị B', initials: 'NTB' }, hash: await contentHash(doc), document: content }],
      },
    });
    expect('step' in added).toBe(false);
    expect(frozen(doc)).toEqual(before);
  });

  it('works at any status and for any role, also on a locked document', async () => {
    for (const status of ['draft', 'returned', 'approved', 'issued'] as ReviewStatus[]) {
      for (const actor of [drafter, reviewer, clerk]) {
        const saved = await saveVersion(await at(status), 'Lưu', actor, T(9));
        expect(saved.review.versions).toHaveLength(1);
        expect(saved.review.status).toBe(status);
      }
    }
    const approved = await at('approved');
    expect(await verifyLock(await saveVersion(approved, 'Lưu', clerk, T(9)))).toBe(true);
  });
});

describe('lastReviewedVersion', () => {
  it('after a return and a resubmission: the snapshot the reviewer returned, so the changes since show', async () => {
    const [, , d2, , d3] = await fullRound();
    const seen = lastReviewedVersion(d3, reviewer.name);
    expect(seen).toBe(d3.review.versions[1]);
    expect(seen?.step).toBe(1);
    expect(seen?.hash).toBe(await contentHash(d2));
    const diff = diffDocuments(seen!.document, d3);
    expect(diff.same).toBe(false);
    expect(diff.fields.filter((field) => field.status !== 'same').map((field) => [field.field, field.before, field.after])).toEqual([
      ['summary', 'Chuyển đổi số tỉnh Quảng Trị năm 2023', 'Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026–2030'],
    ]);
  });

  it('after the approval: the approved snapshot; the name may come in NFD', async () => {
    const [, , , , , d4] = await fullRound();
    expect(lastReviewedVersion(d4, reviewer.name.normalize('NFD'))).toBe(d4.review.versions[3]);
  });

  it('null for someone who never decided on this document, and for a fresh draft', async () => {
    const [, , , , d3] = await fullRound();
    expect(lastReviewedVersion(d3, otherReviewer.name)).toBeNull();
    expect(lastReviewedVersion(d3, drafter.name)).toBeNull();
    expect(lastReviewedVersion(draft(), reviewer.name)).toBeNull();
  });

  it('two versions compare directly (diffDocuments takes version contents)', async () => {
    const [, , , , , , d5] = await fullRound();
    const { versions } = d5.review;
    expect(diffDocuments(versions[0].document, versions[1].document).same).toBe(true);
    const issued = diffDocuments(versions[3].document, versions[4].document);
    expect(issued.fields.filter((field) => field.status !== 'same').map((field) => field.field)).toEqual(['header.number', 'header.date']);
  });
});
