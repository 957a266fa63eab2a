import { describe, expect, it } from 'vitest';
import {
  addComment,
  commentThreads,
  deleteComment,
  deleteRefusal,
  editComment,
  replyToComment,
  setCommentResolved,
} from '../../core/review/comment-ops';
import type { DocumentComment, ReviewActor, VanBanDocument } from '../../core/model/types';
import { appendix, clause, comment, makePlan, para, section, table } from '../fixtures/documents';

const reviewer: ReviewActor = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' };
const drafter: ReviewActor = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' };
const T = (minute: number): string => `2026-01-05T09:${String(minute).padStart(2, '0')}:00+07:00`;

const SENTENCE = 'Tăng cường công tác tuyên truyền về chuyển đổi số.';

/** A plan with four known blocks: s1 (section), c1 (clause), p1 (paragraph), t1 (table), and an appendix paragraph a1. */
function doc(comments: DocumentComment[] = []): VanBanDocument {
  return makePlan({
    body: [
      section('NỘI DUNG', [
        clause('Tuyên truyền', [para(SENTENCE, { id: 'p1' })], { id: 'c1', titled: true }),
        clause('Hạ tầng', [table(['STT', 'Nhiệm vụ'], [['', 'Xây dựng trung tâm dữ liệu']], { id: 't1' })], { id: 'c2' }),
      ], { id: 's1' }),
    ],
    appendices: [appendix('DANH MỤC NHIỆM VỤ', [para('Số hóa hồ sơ thủ tục hành chính.', { id: 'a1' })], { id: 'ap1' })],
    comments,
  });
}

/** The anchor of a passage of a text (first occurrence). */
function on(blockId: string, text: string, passage: string): { blockId: string; start: number; end: number } {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" not in "${text}"`);
  return { blockId, start, end: start + passage.length };
}

const frozen = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A thread on p1 by the reviewer (root r1) with a reply by the drafter (r2) and one by the reviewer (r3), and a second thread on c1. */
function threaded(): DocumentComment[] {
  const anchor = on('p1', SENTENCE, 'công tác tuyên truyền');
  return [
    comment('p1', 'Nên nêu rõ hình thức.', { id: 'r1', anchor, date: T(1), quote: 'công tác tuyên truyền' }),
    comment('c1', 'Tiêu đề ngắn quá.', { id: 'x1', date: T(2), anchor: { blockId: 'c1', start: 0, end: 12 } }),
    comment('p1', 'Đã bổ sung.', { id: 'r2', anchor, date: T(3), parentId: 'r1', author: drafter.name, initials: drafter.initials, quote: 'công tác tuyên truyền' }),
    comment('p1', 'Cảm ơn.', { id: 'r3', anchor, date: T(4), parentId: 'r1', quote: 'công tác tuyên truyền' }),
  ];
}

describe('addComment', () => {
  it('a comment on a passage: quote recorded, not orphaned, a root, author and time from the caller', () => {
    const input = doc();
    const before = frozen(input);
    const { document, id } = addComment(input, on('p1', SENTENCE, 'công tác tuyên truyền'), 'Nên nêu rõ hình thức tuyên truyền.', reviewer, T(5));
    expect(document).toEqual({
      ...input,
      comments: [{
        id,
        author: 'Nguyễn Thị B',
        initials: 'NTB',
        date: T(5),
        text: 'Nên nêu rõ hình thức tuyên truyền.',
        anchor: { blockId: 'p1', start: 11, end: 32 },
        resolved: false,
        parentId: null,
        orphaned: false,
        quote: 'công tác tuyên truyền',
      }],
    });
    expect(id).toMatch(/^[a-z0-9]{6,}$/);
    expect(frozen(input)).toEqual(before);
  });

  it('stores NFD text, author and initials as NFC', () => {
    const nfdReviewer = { ...reviewer, name: reviewer.name.normalize('NFD') };
    const { document } = addComment(doc(), on('p1', SENTENCE, 'Tăng cường'), 'Bổ sung số liệu.'.normalize('NFD'), nfdReviewer, T(5));
    const [added] = document.comments;
    expect(added.text).toBe('Bổ sung số liệu.'.normalize('NFC'));
    expect(added.author).toBe('Nguyễn Thị B'.normalize('NFC'));
    expect(added.quote).toBe('Tăng cường');
  });

  it('appends after the comments already there, with a fresh id each time', () => {
    const existing = threaded();
    const first = addComment(doc(existing), { blockId: 'c1', start: 0, end: 3 }, 'Một', reviewer, T(5));
    const second = addComment(first.document, { blockId: 'c1', start: 0, end: 3 }, 'Hai', reviewer, T(6));
    expect(second.document.comments.slice(0, 4)).toEqual(existing);
    expect(second.document.comments.map((item) => item.id).slice(4)).toEqual([first.id, second.id]);
    expect(first.id).not.toBe(second.id);
  });

  it('on an appendix paragraph and on a table (cells joined by " | ")', () => {
    const inAppendix = addComment(doc(), { blockId: 'a1', start: 0, end: 6 }, 'Ghi rõ thời hạn.', reviewer, T(5));
    expect(inAppendix.document.comments[0].quote).toBe('Số hóa');
    const text = 'STT | Nhiệm vụ\n | Xây dựng trung tâm dữ liệu';
    const inTable = addComment(doc(), on('t1', text, 'Xây dựng trung tâm'), 'Trung tâm nào?', reviewer, T(5));
    expect(inTable.document.comments[0].quote).toBe('Xây dựng trung tâm');
  });

  it('clamps offsets beyond the block text and swaps a backward range', () => {
    const far = addComment(doc(), { blockId: 'p1', start: 40, end: 999 }, 'Cuối câu', reviewer, T(5)).document.comments[0];
    expect([far.anchor.start, far.anchor.end, far.quote]).toEqual([40, SENTENCE.length, SENTENCE.slice(40)]);
    const backward = addComment(doc(), { blockId: 'p1', start: 10, end: 0 }, 'Ngược', reviewer, T(5)).document.comments[0];
    expect([backward.anchor.start, backward.anchor.end, backward.quote]).toEqual([0, 10, 'Tăng cường']);
  });

  it('a collapsed selection gives an empty quote', () => {
    const point = addComment(doc(), { blockId: 'p1', start: 4, end: 4 }, 'Ở đây', reviewer, T(5)).document.comments[0];
    expect([point.anchor.start, point.anchor.end, point.quote]).toEqual([4, 4, '']);
  });

  it('throws for a block that is not in the document', () => {
    expect(() => addComment(doc(), { blockId: 'nope', start: 0, end: 1 }, 'x', reviewer, T(5))).toThrow(/nope/);
  });
});

describe('replyToComment', () => {
  it('a reply to a root: parentId = the root, the root\'s anchor and quote, NFC text', () => {
    const input = doc(threaded());
    const before = frozen(input);
    const { document, id } = replyToComment(input, 'x1', 'Đã sửa tiêu đề.'.normalize('NFD'), drafter, T(9));
    expect(document).toEqual({
      ...input,
      comments: [...input.comments, {
        id,
        author: 'Trần Văn C',
        initials: 'TVC',
        date: T(9),
        text: 'Đã sửa tiêu đề.',
        anchor: { blockId: 'c1', start: 0, end: 12 },
        resolved: false,
        parentId: 'x1',
        orphaned: false,
      }],
    });
    expect(frozen(input)).toEqual(before);
  });

  it('a reply to a reply attaches to the thread root', () => {
    const { document, id } = replyToComment(doc(threaded()), 'r2', 'Được.', reviewer, T(9));
    const reply = document.comments.find((item) => item.id === id)!;
    expect(reply.parentId).toBe('r1');
    expect(reply.quote).toBe('công tác tuyên truyền');
    expect(reply.anchor).toEqual(document.comments[0].anchor);
    expect(reply.anchor).not.toBe(document.comments[0].anchor);
  });

  it('a reply in a resolved or orphaned thread is resolved or orphaned like its root', () => {
    const comments = threaded().map((item) => (item.id === 'x1' ? { ...item, resolved: true, orphaned: true, quote: 'Tuyên truyền' } : item));
    const reply = replyToComment(doc(comments), 'x1', 'Mở lại?', drafter, T(9));
    expect(reply.document.comments.at(-1)).toMatchObject({ resolved: true, orphaned: true, quote: 'Tuyên truyền', parentId: 'x1' });
  });

  it('throws for a comment that is not there', () => {
    expect(() => replyToComment(doc(threaded()), 'gone', 'x', drafter, T(9))).toThrow(/gone/);
  });
});

describe('editComment', () => {
  it('the author edits their own comment: new text, NFC, everything else kept', () => {
    const input = doc(threaded());
    const after = editComment(input, 'r2', 'Đã bổ sung hình thức tuyên truyền.'.normalize('NFD'), drafter);
    expect(after).toEqual({ ...input, comments: input.comments.map((item) => (item.id === 'r2' ? { ...item, text: 'Đã bổ sung hình thức tuyên truyền.' } : item)) });
    expect(input.comments[2].text).toBe('Đã bổ sung.');
  });

  it('matches the author by name in NFC', () => {
    const after = editComment(doc(threaded()), 'r1', 'Sửa', { ...reviewer, name: reviewer.name.normalize('NFD') });
    expect(after.comments[0].text).toBe('Sửa');
  });

  it('someone else\'s comment, an unknown id or the same text → the same document', () => {
    const input = doc(threaded());
    expect(editComment(input, 'r1', 'Sửa hộ', drafter)).toBe(input);
    expect(editComment(input, 'nope', 'x', drafter)).toBe(input);
    expect(editComment(input, 'r2', 'Đã bổ sung.', drafter)).toBe(input);
  });
});

describe('deleteComment', () => {
  it('refuses to delete an own root that others replied to (their replies would go with it)', () => {
    const input = doc(threaded());
    expect(deleteRefusal(input.comments, 'r1', reviewer)).toBe('others-replied');
    expect(deleteComment(input, 'r1', reviewer)).toBe(input);
    expect(input.comments).toHaveLength(4);
  });

  it('deleting an own root removes the whole thread when every reply is one\'s own', () => {
    const input = doc(threaded().filter((item) => item.id !== 'r2'));
    expect(deleteRefusal(input.comments, 'r1', reviewer)).toBeNull();
    const after = deleteComment(input, 'r1', reviewer);
    expect(after).toEqual({ ...input, comments: input.comments.filter((item) => item.id === 'x1') });
    // Names compare as NFC.
    expect(deleteComment(input, 'r1', { ...reviewer, name: reviewer.name.normalize('NFD') })).toEqual(after);
  });

  it('once the other person deletes their reply, the root can be deleted', () => {
    const input = doc(threaded());
    const withoutTheirs = deleteComment(input, 'r2', drafter);
    expect(deleteComment(withoutTheirs, 'r1', reviewer).comments.map((item) => item.id)).toEqual(['x1']);
  });

  it('deleting an own reply removes only that reply', () => {
    const input = doc(threaded());
    expect(deleteComment(input, 'r2', drafter)).toEqual({ ...input, comments: input.comments.filter((item) => item.id !== 'r2') });
  });

  it('someone else\'s comment or an unknown id → the same document', () => {
    const input = doc(threaded());
    expect(deleteComment(input, 'r1', drafter)).toBe(input);
    expect(deleteComment(input, 'r3', drafter)).toBe(input);
    expect(deleteComment(input, 'nope', reviewer)).toBe(input);
    expect(deleteRefusal(input.comments, 'r1', drafter)).toBe('not-author');
    expect(deleteRefusal(input.comments, 'nope', reviewer)).toBe('not-found');
    expect(deleteRefusal(input.comments, 'r3', reviewer)).toBeNull();
  });
});

describe('setCommentResolved', () => {
  it('resolving a root resolves its replies; other threads stay open', () => {
    const input = doc(threaded());
    const after = setCommentResolved(input, 'r1', true);
    expect(after).toEqual({ ...input, comments: input.comments.map((item) => (item.id === 'x1' ? item : { ...item, resolved: true })) });
    expect(input.comments.every((item) => !item.resolved)).toBe(true);
  });

  it('resolving from a reply resolves the whole thread; reopening from the root reopens it', () => {
    const resolved = setCommentResolved(doc(threaded()), 'r3', true);
    expect(resolved.comments.map((item) => [item.id, item.resolved])).toEqual([['r1', true], ['x1', false], ['r2', true], ['r3', true]]);
    const reopened = setCommentResolved(resolved, 'r1', false);
    expect(reopened.comments.every((item) => !item.resolved)).toBe(true);
  });

  it('already in that state or an unknown id → the same document', () => {
    const input = doc(threaded());
    expect(setCommentResolved(input, 'r1', false)).toBe(input);
    expect(setCommentResolved(input, 'nope', true)).toBe(input);
  });
});

describe('commentThreads', () => {
  it('each root with its replies, oldest reply first', () => {
    const comments = threaded();
    const [r1, x1, r2, r3] = comments;
    const late = { ...r2, id: 'r4', date: T(59) };
    expect(commentThreads([late, ...comments])).toEqual([
      { root: r1, replies: [r2, r3, late] },
      { root: x1, replies: [] },
    ]);
  });

  it('without an order, roots keep their stored order with orphans last', () => {
    const a = comment('p1', 'A', { id: 'a', orphaned: true });
    const b = comment('c1', 'B', { id: 'b' });
    const c = comment('p1', 'C', { id: 'c' });
    expect(commentThreads([a, b, c]).map((thread) => thread.root.id)).toEqual(['b', 'c', 'a']);
  });

  it('with the blocks\' reading order: by block, then start offset, then time; orphans and unknown blocks last', () => {
    const comments = [
      comment('p1', 'later in p1', { id: 'p1-late', anchor: { blockId: 'p1', start: 20, end: 25 }, date: T(1) }),
      comment('a1', 'in the appendix', { id: 'a1', anchor: { blockId: 'a1', start: 0, end: 3 }, date: T(1) }),
      comment('p1', 'orphan', { id: 'orphan', anchor: { blockId: 'p1', start: 0, end: 0 }, orphaned: true, date: T(0) }),
      comment('p1', 'early in p1, second', { id: 'p1-early-2', anchor: { blockId: 'p1', start: 3, end: 9 }, date: T(5) }),
      comment('gone', 'block removed', { id: 'gone', anchor: { blockId: 'gone', start: 0, end: 3 }, date: T(0) }),
      comment('c1', 'title', { id: 'c1', anchor: { blockId: 'c1', start: 2, end: 4 }, date: T(9) }),
      comment('p1', 'early in p1, first', { id: 'p1-early-1', anchor: { blockId: 'p1', start: 3, end: 5 }, date: T(4) }),
      comment('p1', 'reply', { id: 'reply', parentId: 'p1-late', date: T(2) }),
    ];
    const order = ['s1', 'c1', 'p1', 'c2', 't1', 'a1'];
    const threads = commentThreads(comments, order);
    expect(threads.map((thread) => thread.root.id)).toEqual(['c1', 'p1-early-1', 'p1-early-2', 'p1-late', 'a1', 'orphan', 'gone']);
    expect(threads[3].replies.map((item) => item.id)).toEqual(['reply']);
  });

  it('a reply whose root is missing is shown as its own thread', () => {
    const stray = comment('p1', 'Trả lời', { id: 'stray', parentId: 'deleted' });
    expect(commentThreads([stray])).toEqual([{ root: stray, replies: [] }]);
  });

  it('no comments → no threads', () => {
    expect(commentThreads([])).toEqual([]);
    expect(commentThreads([], ['p1'])).toEqual([]);
  });
});
