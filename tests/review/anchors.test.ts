import { describe, expect, it } from 'vitest';
import { mapAnchor, type TextAnchor } from '../../core/review/anchors';
import { carryCommentAnchors } from '../../core/review/carry-anchors';
import type { FlatBlock } from '../../core/model/flat-body';
import { comment } from '../fixtures/documents';

/** The anchor given by the passage it covers (first occurrence). */
function on(text: string, passage: string): TextAnchor {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" not in "${text}"`);
  return { start, end: start + passage.length };
}

/** The new text under a mapped anchor, and whether it was orphaned. */
function carried(before: string, after: string, passage: string): [string, boolean] {
  const mapped = mapAnchor(on(before, passage), before, after);
  return [after.slice(mapped.start, mapped.end), mapped.orphaned];
}

const SENTENCE = 'Tăng cường công tác tuyên truyền về chuyển đổi số.';

describe('mapAnchor', () => {
  it('no edit → same offsets', () => {
    expect(mapAnchor({ start: 11, end: 31 }, SENTENCE, SENTENCE)).toEqual({ start: 11, end: 31, orphaned: false });
  });

  it('text inserted before the passage → shifted, same words', () => {
    const after = 'Các cơ quan tăng cường công tác tuyên truyền về chuyển đổi số.';
    expect(carried(SENTENCE.replace('Tăng', 'tăng'), after, 'công tác tuyên truyền')).toEqual(['công tác tuyên truyền', false]);
  });

  it('text inserted after the passage → offsets unchanged', () => {
    const after = 'Tăng cường công tác tuyên truyền sâu rộng về chuyển đổi số.';
    expect(mapAnchor(on(SENTENCE, 'công tác tuyên truyền'), SENTENCE, after)).toEqual({ ...on(SENTENCE, 'công tác tuyên truyền'), orphaned: false });
  });

  it('text typed right at either edge stays outside the range', () => {
    const after = 'Tăng cường mạnh mẽ công tác tuyên truyền, phổ biến về chuyển đổi số.';
    expect(carried(SENTENCE, after, 'công tác tuyên truyền')).toEqual(['công tác tuyên truyền', false]);
  });

  it('a word inside the passage replaced → the range covers the new word', () => {
    const after = 'Tăng cường công việc tuyên truyền về chuyển đổi số.';
    expect(carried(SENTENCE, after, 'công tác tuyên truyền')).toEqual(['công việc tuyên truyền', false]);
  });

  it('a word appended to the passage\'s last word is outside it ("tuyên truyền" → "truyền thông")', () => {
    const after = 'Tăng cường công tác truyền thông về chuyển đổi số.';
    expect(carried(SENTENCE, after, 'công tác tuyên truyền')).toEqual(['công tác truyền', false]);
  });

  it('the first word of the passage deleted → range starts at the next surviving word', () => {
    const after = 'Tăng cường tác tuyên truyền về chuyển đổi số.';
    expect(carried(SENTENCE, after, 'công tác tuyên truyền')).toEqual(['tác tuyên truyền', false]);
  });

  it('the whole passage deleted → orphaned, collapsed where it was, not dropped', () => {
    const after = 'Tăng cường về chuyển đổi số.';
    const mapped = mapAnchor(on(SENTENCE, 'công tác tuyên truyền'), SENTENCE, after);
    expect(mapped).toEqual({ start: 11, end: 11, orphaned: true });
  });

  it('one diacritic changed in a one-word passage → orphaned, over the replacing word', () => {
    const before = 'Thực hiện Nghị quyết số 05.';
    const after = 'Thực hiện Nghị quyệt số 05.';
    expect(carried(before, after, 'quyết')).toEqual(['quyệt', true]);
  });

  it('the block emptied → orphaned at 0', () => {
    expect(mapAnchor(on(SENTENCE, 'chuyển đổi số'), SENTENCE, '')).toEqual({ start: 0, end: 0, orphaned: true });
  });

  it('offsets past the end of the old text are clamped', () => {
    expect(mapAnchor({ start: 40, end: 999 }, SENTENCE, SENTENCE)).toEqual({ start: 40, end: SENTENCE.length, orphaned: false });
  });
});

const paragraphs = (...texts: string[]): FlatBlock[] => texts.map((text, i) => ({ id: `p-${i + 1}`, kind: 'paragraph', content: [{ text }] }));

describe('carryCommentAnchors over one block edit', () => {
  it('overlapping comments on one block move together; other blocks untouched; orphans flagged and kept', () => {
    const after = 'Đẩy mạnh công tác tuyên truyền.';
    const comments = [
      comment('p-1', 'Nêu rõ hình thức.', { id: 'a', anchor: { blockId: 'p-1', ...on(SENTENCE, 'công tác tuyên truyền') } }),
      comment('p-1', 'Tuyên truyền cho ai?', { id: 'b', anchor: { blockId: 'p-1', ...on(SENTENCE, 'tuyên truyền về chuyển đổi') } }),
      comment('p-1', 'Bỏ "số"?', { id: 'c', anchor: { blockId: 'p-1', ...on(SENTENCE, 'chuyển đổi số') } }),
      comment('p-2', 'Khác đoạn.', { id: 'd', anchor: { blockId: 'p-2', start: 0, end: 4 } }),
    ];
    const result = carryCommentAnchors(comments, paragraphs(SENTENCE, 'Khác'), paragraphs(after, 'Khác'));
    const texts = result.map((c) => (c.anchor.blockId === 'p-1' ? after.slice(c.anchor.start, c.anchor.end) : c.anchor));
    expect(texts).toEqual(['công tác tuyên truyền', 'tuyên truyền', '', { blockId: 'p-2', start: 0, end: 4 }]);
    expect(result.filter((c) => c.orphaned).map((c) => c.id)).toEqual(['c']);
    expect(result.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(result[3]).toBe(comments[3]);
    expect(comments[0].anchor).toEqual({ blockId: 'p-1', ...on(SENTENCE, 'công tác tuyên truyền') });
  });
});
