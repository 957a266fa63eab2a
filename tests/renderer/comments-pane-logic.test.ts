// What the comments pane and the body highlight are built from: the passages drawn (open roots,
// a resolved one only while active, no orphans, the comment being written), kept as the same
// objects when unchanged; the filters and their counts; the passage each thread is about.
import { describe, expect, it } from 'vitest';
import { flattenBody } from '../../core/model/flat-body';
import type { ReviewActor } from '../../core/model/types';
import { commentThreads } from '../../core/review/comment-ops';
import { commentMarks, DRAFT_ID, keepSameMarks } from '../../renderer/comments/comment-marks';
import { filterCounts, inFilter, readingOrder, threadPassages } from '../../renderer/comments/threads';
import { isAddCommentKey, keyAction } from '../../renderer/editor/keyboard';
import { appendix, comment, para } from '../fixtures/documents';

const AN: ReviewActor = { name: 'Nguyễn Văn An', initials: 'NVA', role: 'drafter' };
const BINH: ReviewActor = { name: 'Trần Thị Bình', initials: 'TTB', role: 'reviewer' };

describe('passages to highlight', () => {
  const open = comment('p1', 'Một', { id: 'c1', anchor: { blockId: 'p1', start: 0, end: 4 } });
  const resolved = comment('p1', 'Hai', { id: 'c2', resolved: true, anchor: { blockId: 'p1', start: 2, end: 9 } });
  const orphan = comment('p2', 'Ba', { id: 'c3', orphaned: true, anchor: { blockId: 'p2', start: 3, end: 3 }, quote: 'cũ' });
  const reply = comment('p1', 'Trả lời', { id: 'r1', parentId: 'c1', anchor: { blockId: 'p1', start: 0, end: 4 } });

  it('open roots only: replies share their root’s passage, resolved and orphaned comments are not drawn', () => {
    expect(commentMarks([open, resolved, orphan, reply], null, null)).toEqual(new Map([['p1', [{ id: 'c1', start: 0, end: 4 }]]]));
  });

  it('the active comment is drawn stronger; a resolved one is drawn while it is active', () => {
    expect(commentMarks([open, resolved], 'c2', null)).toEqual(
      new Map([
        [
          'p1',
          [
            { id: 'c1', start: 0, end: 4 },
            { id: 'c2', start: 2, end: 9, active: true },
          ],
        ],
      ]),
    );
  });

  it('the passage of a comment being written is drawn active', () => {
    expect(commentMarks([], null, { blockId: 'p9', start: 1, end: 5 }).get('p9')).toEqual([{ id: DRAFT_ID, start: 1, end: 5, active: true }]);
  });

  it('unchanged blocks keep their lists, and nothing changed keeps the map', () => {
    const first = keepSameMarks(new Map(), commentMarks([open, { ...orphan, orphaned: false, anchor: { blockId: 'p2', start: 0, end: 2 } }], null, null));
    const same = keepSameMarks(first, commentMarks([open, { ...orphan, orphaned: false, anchor: { blockId: 'p2', start: 0, end: 2 } }], null, null));
    expect(same).toBe(first);
    const moved = keepSameMarks(first, commentMarks([open, { ...orphan, orphaned: false, anchor: { blockId: 'p2', start: 1, end: 3 } }], null, null));
    expect(moved).not.toBe(first);
    expect(moved.get('p1')).toBe(first.get('p1'));
    expect(moved.get('p2')).not.toBe(first.get('p2'));
  });
});

describe('filters', () => {
  const mine = comment('p1', 'Của An', { id: 'a', author: AN.name, initials: AN.initials });
  const theirs = comment('p1', 'Của Bình', { id: 'b', author: BINH.name, initials: BINH.initials, resolved: true });
  const answered = comment('p1', 'Của Bình, An trả lời', { id: 'c', author: BINH.name });
  const answer = comment('p1', 'Vâng', { id: 'd', author: AN.name.normalize('NFD'), parentId: 'c' });
  const threads = commentThreads([mine, theirs, answered, answer]);

  it('open / resolved by the thread’s state; mine: started or answered by the user (names compared as NFC)', () => {
    expect(threads.filter((thread) => inFilter(thread, 'open', AN)).map((thread) => thread.root.id)).toEqual(['a', 'c']);
    expect(threads.filter((thread) => inFilter(thread, 'resolved', AN)).map((thread) => thread.root.id)).toEqual(['b']);
    expect(threads.filter((thread) => inFilter(thread, 'mine', AN)).map((thread) => thread.root.id)).toEqual(['a', 'c']);
    expect(filterCounts(threads, BINH)).toEqual({ open: 2, resolved: 1, mine: 2 });
    expect(filterCounts(threads, null)).toEqual({ open: 2, resolved: 1, mine: 0 });
  });
});

describe('threads in reading order with their passages', () => {
  const flat = flattenBody([para('Mở đầu văn bản.', { id: 'p1' }), para('Nội dung chính của kế hoạch.', { id: 'p2' })]);
  const extra = appendix('PHỤ LỤC', [para('Danh mục nhiệm vụ.', { id: 'x1' })]);
  const later = comment('p2', 'Sau', { id: 'late', anchor: { blockId: 'p2', start: 9, end: 14 } });
  const early = comment('p1', 'Trước', { id: 'early', anchor: { blockId: 'p1', start: 0, end: 6 } });
  const inAppendix = comment('x1', 'Phụ lục', { id: 'app', anchor: { blockId: 'x1', start: 0, end: 8 } });
  const gone = comment('p0', 'Mất', { id: 'gone', orphaned: true, anchor: { blockId: 'p0', start: 0, end: 0 }, quote: 'đoạn cũ' });

  it('body blocks first, then appendix blocks, orphans last; each with the passage as it reads now or its quote', () => {
    const threads = commentThreads([gone, inAppendix, later, early], readingOrder(flat, [extra]));
    expect(threads.map((thread) => thread.root.id)).toEqual(['early', 'late', 'app', 'gone']);
    expect(threadPassages(threads, flat, [extra])).toEqual(
      new Map([
        ['early', 'Mở đầu'],
        ['late', 'chính'],
        ['app', 'Danh mục'],
        ['gone', 'đoạn cũ'],
      ]),
    );
  });
});

describe('the add-comment key', () => {
  const key = (over: Partial<Parameters<typeof keyAction>[0]>) => ({ key: 'm', code: 'KeyM', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

  it('Ctrl+Alt+M (Cmd+Alt+M), whatever the layout prints for the key', () => {
    expect(keyAction(key({ ctrlKey: true, altKey: true }))).toBe('add-comment');
    expect(isAddCommentKey(key({ metaKey: true, altKey: true, key: 'µ' }))).toBe(true);
    expect(isAddCommentKey(key({ ctrlKey: true }))).toBe(false);
    expect(isAddCommentKey(key({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe(false);
  });
});
