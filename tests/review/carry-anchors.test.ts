import { describe, expect, it } from 'vitest';
import { carryCommentAnchors } from '../../core/review/carry-anchors';
import { flattenBody, type FlatBlock, type FlatTextBlock } from '../../core/model/flat-body';
import type { DocumentComment, InlineText } from '../../core/model/types';
import { comment, table } from '../fixtures/documents';

const SENTENCE = 'Tăng cường công tác tuyên truyền về chuyển đổi số.';

const block = (id: string, text: string | InlineText[]): FlatTextBlock => ({
  id,
  kind: 'paragraph',
  content: typeof text === 'string' ? [{ text }] : text,
});

/** The blocks p1…pn from their texts. */
const blocks = (...texts: string[]): FlatBlock[] => texts.map((text, i) => block(`p${i + 1}`, text));

/** A root comment on the first occurrence of a passage in a block's text. */
function on(blockId: string, text: string, passage: string, options: Partial<DocumentComment> = {}): DocumentComment {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`"${passage}" not in "${text}"`);
  return comment(blockId, `Góp ý về "${passage}"`, { id: `c-${passage}`, anchor: { blockId, start, end: start + passage.length }, quote: passage, ...options });
}

/** What a comment covers in a text. */
const covered = (text: string, item: DocumentComment): string => text.slice(item.anchor.start, item.anchor.end);

/** Carries the comments through a sequence of texts of block p1, one edit at a time (as the editor does). */
function typeThrough(comments: DocumentComment[], texts: readonly string[]): DocumentComment[] {
  let current = comments;
  for (let i = 1; i < texts.length; i += 1) current = carryCommentAnchors(current, blocks(texts[i - 1]), blocks(texts[i]));
  return current;
}

/** Every intermediate text when `insert` is typed one letter at a time at `at`. */
function typing(text: string, at: number, insert: string): string[] {
  return Array.from({ length: insert.length + 1 }, (_, n) => text.slice(0, at) + insert.slice(0, n) + text.slice(at));
}

describe('carryCommentAnchors: nothing to carry → the same array', () => {
  it('no comments', () => {
    const none: DocumentComment[] = [];
    expect(carryCommentAnchors(none, blocks('a'), blocks('b'))).toBe(none);
  });

  it('an edit of a block without comments', () => {
    const comments = [on('p1', SENTENCE, 'công tác')];
    expect(carryCommentAnchors(comments, blocks(SENTENCE, 'Khác'), blocks(SENTENCE, 'Khác hẳn'))).toBe(comments);
  });

  it('the same blocks list, or new block objects with the same text (a formatting change)', () => {
    const comments = [on('p1', SENTENCE, 'công tác')];
    const list = blocks(SENTENCE);
    expect(carryCommentAnchors(comments, list, list)).toBe(comments);
    const bolded = [block('p1', [{ text: 'Tăng cường ' }, { text: 'công tác', bold: true }, { text: ' tuyên truyền về chuyển đổi số.' }])];
    expect(carryCommentAnchors(comments, list, bolded)).toBe(comments);
  });

  it('typing after the passage leaves its offsets alone', () => {
    const comments = [on('p1', SENTENCE, 'công tác tuyên truyền')];
    const after = SENTENCE.replace('số.', 'số trong toàn tỉnh.');
    expect(carryCommentAnchors(comments, blocks(SENTENCE), blocks(after))).toBe(comments);
  });

  it('comments on blocks not in the list (an appendix block when the body is passed) are untouched', () => {
    const comments = [on('a1', SENTENCE, 'công tác')];
    expect(carryCommentAnchors(comments, blocks(SENTENCE), blocks('Khác'))).toBe(comments);
  });
});

describe('carryCommentAnchors: typing around and inside a passage', () => {
  const passage = 'công tác tuyên truyền';

  it('typed before the passage, letter by letter → shifted, same words', () => {
    const texts = typing(SENTENCE, SENTENCE.indexOf('công'), 'mạnh mẽ ');
    const [carried] = typeThrough([on('p1', SENTENCE, passage)], texts);
    expect(covered(texts.at(-1)!, carried)).toBe(passage);
    expect(carried.orphaned).toBe(false);
  });

  it('a letter typed before the passage that repeats its first letter stays outside ("công" → "ccông")', () => {
    const after = SENTENCE.replace('công', 'ccông');
    const [carried] = carryCommentAnchors([on('p1', SENTENCE, passage)], blocks(SENTENCE), blocks(after));
    expect(carried.anchor).toEqual({ blockId: 'p1', start: 12, end: 33 });
  });

  it('typed at the very start of the block → shifted by the typed length', () => {
    const texts = typing(SENTENCE, 0, 'Các cơ quan ');
    const [carried] = typeThrough([on('p1', SENTENCE, passage)], texts);
    expect(carried.anchor).toEqual({ blockId: 'p1', start: 11 + 12, end: 32 + 12 });
  });

  it('typed inside the passage → the range grows to hold it', () => {
    const texts = typing(SENTENCE, SENTENCE.indexOf(' tuyên'), ' thông tin,');
    const [carried] = typeThrough([on('p1', SENTENCE, passage)], texts);
    expect(covered(texts.at(-1)!, carried)).toBe('công tác thông tin, tuyên truyền');
  });

  it('typed right after the passage → outside it', () => {
    const texts = typing(SENTENCE, SENTENCE.indexOf(' về'), ', phổ biến');
    const [carried] = typeThrough([on('p1', SENTENCE, passage)], texts);
    expect(covered(texts.at(-1)!, carried)).toBe(passage);
  });

  it('a commented word selected and retyped keeps the comment on the new word ("2025" → "2026")', () => {
    const text = 'Kế hoạch năm 2025 của tỉnh.';
    const texts = [text, 'Kế hoạch năm 2 của tỉnh.', 'Kế hoạch năm 20 của tỉnh.', 'Kế hoạch năm 202 của tỉnh.', 'Kế hoạch năm 2026 của tỉnh.'];
    const [carried] = typeThrough([on('p1', text, '2025')], texts);
    expect(covered(texts.at(-1)!, carried)).toBe('2026');
    expect(carried.orphaned).toBe(false);
  });

  it('letters typed against the passage\'s last letter continue its word; a space or a comma after it does not', () => {
    const [word] = typeThrough([on('p1', 'Phát triển hạ tần số.', 'hạ tần')], ['Phát triển hạ tần số.', 'Phát triển hạ tầng số.']);
    expect(covered('Phát triển hạ tầng số.', word)).toBe('hạ tầng');
    const [spaced] = typeThrough([on('p1', 'Phát triển hạ tầng.', 'hạ tầng')], ['Phát triển hạ tầng.', 'Phát triển hạ tầng số.']);
    expect(covered('Phát triển hạ tầng số.', spaced)).toBe('hạ tầng');
    const [comma] = typeThrough([on('p1', 'Phát triển hạ tầng số.', 'hạ tầng')], ['Phát triển hạ tầng số.', 'Phát triển hạ tầng, số.']);
    expect(covered('Phát triển hạ tầng, số.', comma)).toBe('hạ tầng');
  });

  it('only the edited block\'s comments get new objects; the others are the same objects', () => {
    const first = on('p1', SENTENCE, passage);
    const second = on('p2', 'Khác', 'Khác');
    const out = carryCommentAnchors([first, second], blocks(SENTENCE, 'Khác'), blocks(`Các cơ quan ${SENTENCE}`, 'Khác'));
    expect(out[1]).toBe(second);
    expect(out[0]).toEqual({ ...first, anchor: { blockId: 'p1', start: 23, end: 44 } });
  });

  it('never mutates the comments it is given', () => {
    const comments = [on('p1', SENTENCE, passage)];
    const before = JSON.parse(JSON.stringify(comments));
    carryCommentAnchors(comments, blocks(SENTENCE), blocks(`Các cơ quan ${SENTENCE}`));
    expect(comments).toEqual(before);
  });
});

describe('carryCommentAnchors: Vietnamese diacritics typed with Telex', () => {
  it('"tuyen truyen" fixed to "tuyên truyền" letter by letter → the comment covers "tuyên truyền"', () => {
    // The IME turns "ee" into "ê" and a trailing "f" into the grave accent, replacing the syllable each time.
    const texts = [
      'Tăng cường công tác tuyen truyen về chuyển đổi số.',
      'Tăng cường công tác tuyeen truyen về chuyển đổi số.',
      'Tăng cường công tác tuyên truyen về chuyển đổi số.',
      'Tăng cường công tác tuyên truyeen về chuyển đổi số.',
      'Tăng cường công tác tuyên truyên về chuyển đổi số.',
      'Tăng cường công tác tuyên truyênf về chuyển đổi số.',
      'Tăng cường công tác tuyên truyền về chuyển đổi số.',
    ];
    const [carried] = typeThrough([on('p1', texts[0], 'tuyen truyen')], texts);
    expect(covered(texts.at(-1)!, carried)).toBe('tuyên truyền');
    expect(carried.orphaned).toBe(false);
    expect(carried.quote).toBe('tuyen truyen');
  });

  it('a passage retyped from plain letters after the cursor is placed inside each word (dd → đ, aa → â, s → sắc)', () => {
    const texts = [
      'Chuyen doi so toan dien.',
      'Chuyen ddoi so toan dien.',
      'Chuyen đoi so toan dien.',
      'Chuyen đoi so toan dien.',
      'Chuyen đôi so toan dien.',
      'Chuyen đổi so toan dien.',
      'Chuyển đổi so toan dien.',
      'Chuyển đổi số toan dien.',
    ];
    const [carried] = typeThrough([on('p1', texts[0], 'Chuyen doi so')], texts);
    expect(covered(texts.at(-1)!, carried)).toBe('Chuyển đổi số');
  });

  it('a diacritic fixed in the word just before the passage does not pull it into the range', () => {
    const texts = ['Tang cường công tác', 'Tăng cường công tác'];
    const [carried] = typeThrough([on('p1', texts[0], 'công tác')], texts);
    expect(covered(texts[1], carried)).toBe('công tác');
  });
});

describe('carryCommentAnchors: orphans', () => {
  it('the whole passage deleted → orphaned, collapsed where it was, quote kept', () => {
    const comments = [on('p1', SENTENCE, 'công tác tuyên truyền')];
    const after = 'Tăng cường về chuyển đổi số.';
    expect(carryCommentAnchors(comments, blocks(SENTENCE), blocks(after))).toEqual([
      { ...comments[0], anchor: { blockId: 'p1', start: 11, end: 11 }, orphaned: true, quote: 'công tác tuyên truyền' },
    ]);
  });

  it('deleted letter by letter with Backspace from its end → shrinks, then orphaned once the last letter goes', () => {
    const passage = 'công tác';
    const start = SENTENCE.indexOf(passage);
    const texts = Array.from({ length: passage.length + 1 }, (_, n) => SENTENCE.slice(0, start + passage.length - n) + SENTENCE.slice(start + passage.length));
    const steps: DocumentComment[][] = [];
    let current = [on('p1', SENTENCE, passage)];
    for (let i = 1; i < texts.length; i += 1) steps.push((current = carryCommentAnchors(current, blocks(texts[i - 1]), blocks(texts[i]))));
    // "công  tuyên" → "công tuyên": which of the two spaces went is ambiguous; the passage keeps its text.
    expect(steps.map(([item], i) => covered(texts[i + 1], item))).toEqual(['công tá', 'công t', 'công ', 'công ', 'côn ', 'cô ', 'c ', '']);
    expect(steps.map(([item]) => item.orphaned)).toEqual([false, false, false, false, false, false, false, true]);
    expect(current[0]).toMatchObject({ anchor: { start, end: start }, quote: 'công tác' });
  });

  it('deleted letter by letter with Delete from its start → orphaned once the last letter goes', () => {
    const passage = 'công tác';
    const start = SENTENCE.indexOf(passage);
    const texts = Array.from({ length: passage.length + 1 }, (_, n) => SENTENCE.slice(0, start) + SENTENCE.slice(start + n));
    const [carried] = typeThrough([on('p1', SENTENCE, passage)], texts);
    expect(carried).toMatchObject({ orphaned: true, anchor: { start, end: start }, quote: 'công tác' });
    expect(texts.at(-1)).toBe('Tăng cường  tuyên truyền về chuyển đổi số.');
  });

  it('a passage left with only spaces is orphaned; one that was only a space is not', () => {
    const [letters] = carryCommentAnchors([on('p1', 'ab  cd', 'b ')], blocks('ab  cd'), blocks('a  cd'));
    expect(letters).toMatchObject({ orphaned: true, anchor: { start: 1, end: 1 } });
    const space = { ...on('p1', 'ab  cd', '  '), quote: '  ' };
    const [spaces] = carryCommentAnchors([space], blocks('ab  cd'), blocks('xab  cd'));
    expect(spaces).toMatchObject({ orphaned: false, anchor: { start: 3, end: 5 } });
  });

  it('selected with the space after it and deleted → orphaned, collapsed where it was', () => {
    const [carried] = carryCommentAnchors([on('p1', SENTENCE, 'công tác')], blocks(SENTENCE), blocks(SENTENCE.replace('công tác ', '')));
    expect(carried).toMatchObject({ orphaned: true, anchor: { start: 11, end: 11 } });
  });

  it('selected with the space after it and deleted when the next word starts with the same letter → orphaned', () => {
    const text = 'Thực hiện kịp thời, đầy đủ các nhiệm vụ được giao.';
    const after = text.replace('đầy đủ các nhiệm vụ ', '');
    const [carried] = carryCommentAnchors([on('p1', text, 'đầy đủ các nhiệm vụ')], blocks(text), blocks(after));
    expect(carried).toMatchObject({ orphaned: true, quote: 'đầy đủ các nhiệm vụ', anchor: { start: 20, end: 20 } });
    expect(after.slice(20)).toBe('được giao.');
  });

  it('replaced by typing over a selection of it → kept on the new text, as Word does', () => {
    const after = SENTENCE.replace('công tác', 'việc');
    const [carried] = carryCommentAnchors([on('p1', SENTENCE, 'công tác')], blocks(SENTENCE), blocks(after));
    expect(carried.orphaned).toBe(false);
    expect(covered(after, carried)).toBe('việc');
  });

  it('selected and retyped letter by letter (the first letter replaces it, the rest of the word follows) → kept on the correction', () => {
    const replaced = SENTENCE.replace('công tác', 'n');
    const at = SENTENCE.indexOf('công tác') + 1;
    const texts = [SENTENCE, replaced, ...typing(replaced, at, 'hiệm').slice(1)];
    const [carried] = typeThrough([on('p1', SENTENCE, 'công tác')], texts);
    const after = texts.at(-1)!;
    expect(after).toBe(SENTENCE.replace('công tác', 'nhiệm'));
    expect(carried.orphaned).toBe(false);
    expect(covered(after, carried)).toBe('nhiệm');
  });

  it('a selection reaching past the passage typed over → orphaned, over the new text', () => {
    const after = SENTENCE.replace('công tác tuyên', 'việc');
    const [carried] = carryCommentAnchors([on('p1', SENTENCE, 'công tác')], blocks(SENTENCE), blocks(after));
    expect(carried.orphaned).toBe(true);
  });

  it('deleted without a replacement → orphaned', () => {
    const after = SENTENCE.replace('công tác ', '');
    const [carried] = carryCommentAnchors([on('p1', SENTENCE, 'công tác')], blocks(SENTENCE), blocks(after));
    expect(carried.orphaned).toBe(true);
  });

  it('an undo of two separate edits: the words that survive keep the comment', () => {
    const before = 'Sở Tài chính phối hợp với Sở Nội vụ thực hiện.';
    const after = 'Sở Tư pháp phối hợp với Sở Y tế thực hiện.';
    const [carried] = carryCommentAnchors([on('p1', before, 'phối hợp với')], blocks(before), blocks(after));
    expect(carried.orphaned).toBe(false);
    expect(covered(after, carried)).toBe('phối hợp với');
  });

  it('an orphan stays orphaned when text is typed where it was', () => {
    const orphan = on('p1', SENTENCE, 'công tác', { orphaned: true, anchor: { blockId: 'p1', start: 11, end: 11 } });
    const [carried] = carryCommentAnchors([orphan], blocks(SENTENCE), blocks(SENTENCE.replace('công tác', 'công việc')));
    expect(carried.orphaned).toBe(true);
  });

  it('the block removed → orphaned, anchor and quote kept; an already orphaned one is the same object', () => {
    const live = on('p1', SENTENCE, 'tuyên truyền');
    const orphan = on('p1', SENTENCE, 'công tác', { orphaned: true });
    const other = on('p2', 'Khác', 'Khác');
    const out = carryCommentAnchors([live, orphan, other], blocks(SENTENCE, 'Khác'), [block('p2', 'Khác')]);
    expect(out).toEqual([{ ...live, orphaned: true }, orphan, other]);
    expect(out[1]).toBe(orphan);
    expect(out[2]).toBe(other);
  });

  it('a comment without a quote (an older file) gets the passage as it read when it is orphaned', () => {
    const { quote: _quote, ...noQuote } = on('p1', SENTENCE, 'công tác');
    const [deleted] = carryCommentAnchors([noQuote], blocks(SENTENCE), blocks(SENTENCE.replace('công tác ', '')));
    expect(deleted).toMatchObject({ orphaned: true, quote: 'công tác' });
    const [removed] = carryCommentAnchors([noQuote], blocks(SENTENCE), []);
    expect(removed).toMatchObject({ orphaned: true, quote: 'công tác' });
  });

  it('replies follow their root (they share its anchor)', () => {
    const root = on('p1', SENTENCE, 'công tác tuyên truyền', { id: 'root' });
    const reply = { ...root, id: 'reply', parentId: 'root', text: 'Đã sửa.' };
    const out = carryCommentAnchors([root, reply], blocks(SENTENCE), blocks(`Các cơ quan ${SENTENCE}`));
    expect(out[1].anchor).toEqual(out[0].anchor);
    const gone = carryCommentAnchors([root, reply], blocks(SENTENCE), []);
    expect(gone.map((item) => item.orphaned)).toEqual([true, true]);
  });
});

describe('carryCommentAnchors: tables and real body lists', () => {
  it('a comment on a table cell follows an edit of another cell', () => {
    const before = flattenBody([table(['STT', 'Nhiệm vụ'], [['', 'Xây dựng trung tâm dữ liệu']], { id: 't1' })]);
    const after = flattenBody([table(['STT', 'Nhiệm vụ chính'], [['', 'Xây dựng trung tâm dữ liệu']], { id: 't1' })]);
    const text = 'STT | Nhiệm vụ\n | Xây dựng trung tâm dữ liệu';
    const [carried] = carryCommentAnchors([on('t1', text, 'trung tâm dữ liệu')], before, after);
    expect(covered('STT | Nhiệm vụ chính\n | Xây dựng trung tâm dữ liệu', carried)).toBe('trung tâm dữ liệu');
  });
});

describe('carryCommentAnchors: Enter and Backspace (split and merge)', () => {
  const TEXT = 'Câu một. Câu hai cần sửa.';
  // The editor splits with Enter: the first half keeps its id, the second gets a fresh one.
  const split = (at: number): FlatBlock[] => [block('p1', TEXT.slice(0, at)), block('n1', TEXT.slice(at)), block('p2', 'Khác')];
  const whole: FlatBlock[] = [block('p1', TEXT), block('p2', 'Khác')];

  it('Enter right before the passage → it moves to the new block, same words', () => {
    const comments = [on('p1', TEXT, 'Câu hai cần sửa')];
    const after = split(TEXT.indexOf('Câu hai'));
    const [carried] = carryCommentAnchors(comments, whole, after);
    expect(carried).toEqual({ ...comments[0], anchor: { blockId: 'n1', start: 0, end: 15 } });
  });

  it('Enter before the passage, further left → moved, offsets counted from the split point', () => {
    const comments = [on('p1', TEXT, 'cần sửa')];
    const [carried] = carryCommentAnchors(comments, whole, split(TEXT.indexOf('Câu hai')));
    expect(carried.anchor).toEqual({ blockId: 'n1', start: 8, end: 15 });
    expect(covered('Câu hai cần sửa.', carried)).toBe('cần sửa');
  });

  it('Enter inside the passage → it keeps the part left in the first block', () => {
    const comments = [on('p1', TEXT, 'một. Câu hai')];
    const [carried] = carryCommentAnchors(comments, whole, split(TEXT.indexOf('Câu hai')));
    expect(carried).toMatchObject({ anchor: { blockId: 'p1', start: 4, end: 9 }, orphaned: false });
  });

  it('Enter after the passage → the same array', () => {
    const comments = [on('p1', TEXT, 'Câu một')];
    expect(carryCommentAnchors(comments, whole, split(TEXT.indexOf('Câu hai')))).toBe(comments);
  });

  it('Backspace at the start of a commented paragraph → merged into the one before, offsets shifted', () => {
    const before = blocks('Câu một.', 'Câu hai cần sửa.');
    const comments = [on('p2', 'Câu hai cần sửa.', 'Câu hai')];
    const [carried] = carryCommentAnchors(comments, before, blocks('Câu một.Câu hai cần sửa.'));
    expect(carried).toEqual({ ...comments[0], anchor: { blockId: 'p1', start: 8, end: 15 } });
  });

  it('Enter then Backspace (or an undo of the split) → back where it was', () => {
    const comments = [on('p1', TEXT, 'Câu hai cần sửa')];
    const after = split(TEXT.indexOf('Câu hai'));
    const back = carryCommentAnchors(carryCommentAnchors(comments, whole, after), after, whole);
    expect(back[0].anchor).toEqual(comments[0].anchor);
    expect(back[0].orphaned).toBe(false);
  });

  it('an undo of a merge (the second block back with its old id) → the comment goes back to it', () => {
    const before = blocks('Câu một.', 'Câu hai cần sửa.');
    const comments = [on('p2', 'Câu hai cần sửa.', 'Câu hai')];
    const merged = blocks('Câu một.Câu hai cần sửa.');
    const back = carryCommentAnchors(carryCommentAnchors(comments, before, merged), merged, before);
    expect(back[0].anchor).toEqual(comments[0].anchor);
  });

  it('a block gone whose text is not at the end of the one before → orphaned as before', () => {
    const before = blocks('Câu một.', 'Câu hai cần sửa.');
    const [carried] = carryCommentAnchors([on('p2', 'Câu hai cần sửa.', 'Câu hai')], before, blocks('Câu một. Khác.'));
    expect(carried).toMatchObject({ orphaned: true, anchor: { blockId: 'p2' } });
  });

  it('text deleted at the end of a block whose next block (not new) starts with it → not a split', () => {
    const before = [block('p1', 'Mở đầu hai'), block('p2', ' hai ba')];
    const comments = [on('p1', 'Mở đầu hai', 'hai')];
    const [carried] = carryCommentAnchors(comments, before, [block('p1', 'Mở đầu'), block('p2', ' hai ba')]);
    expect(carried).toMatchObject({ orphaned: true, anchor: { blockId: 'p1' } });
  });
});

describe('carryCommentAnchors: an undo brings an orphan back', () => {
  it('a deleted sentence restored → the comment is attached to it again', () => {
    const text = 'Câu một. Câu hai. Câu ba.';
    const comments = [on('p1', text, 'Câu hai.')];
    const deleted = carryCommentAnchors(comments, blocks(text), blocks('Câu một. Câu ba.'));
    expect(deleted[0]).toMatchObject({ orphaned: true, anchor: { start: 9, end: 9 } });
    const [restored] = carryCommentAnchors(deleted, blocks('Câu một. Câu ba.'), blocks(text));
    expect(restored).toEqual(comments[0]);
  });

  it('a passage deleted at its own place and restored → attached again', () => {
    const comments = [on('p1', SENTENCE, 'công tác tuyên truyền')];
    const after = 'Tăng cường về chuyển đổi số.';
    const deleted = carryCommentAnchors(comments, blocks(SENTENCE), blocks(after));
    const [restored] = carryCommentAnchors(deleted, blocks(after), blocks(SENTENCE));
    expect(restored).toEqual(comments[0]);
  });

  it('other text typed where it was → still orphaned', () => {
    const orphan = on('p1', SENTENCE, 'công tác', { orphaned: true, anchor: { blockId: 'p1', start: 11, end: 11 } });
    const before = SENTENCE.replace('công tác ', '');
    const [carried] = carryCommentAnchors([orphan], blocks(before), blocks(SENTENCE.replace('công tác', 'công việc')));
    expect(carried.orphaned).toBe(true);
  });

  it('a removed block brought back → attached again', () => {
    const comments = [on('p1', SENTENCE, 'tuyên truyền')];
    const removed = carryCommentAnchors(comments, blocks(SENTENCE, 'Khác'), [block('p2', 'Khác')]);
    expect(removed[0].orphaned).toBe(true);
    const [restored] = carryCommentAnchors(removed, [block('p2', 'Khác')], blocks(SENTENCE, 'Khác'));
    expect(restored).toEqual(comments[0]);
  });

  it('an orphan carried into the block before it by a merge, its passage restored there → attached', () => {
    const orphan = on('p2', 'Câu hai.', 'hai', { orphaned: true, anchor: { blockId: 'p2', start: 4, end: 4 } });
    const merged = carryCommentAnchors([orphan], blocks('Câu một.', 'Câu .'), blocks('Câu một.Câu .'));
    expect(merged[0]).toMatchObject({ orphaned: true, anchor: { blockId: 'p1', start: 12, end: 12 } });
    const [restored] = carryCommentAnchors(merged, blocks('Câu một.Câu .'), blocks('Câu một.Câu hai.'));
    expect(restored).toMatchObject({ orphaned: false, anchor: { blockId: 'p1', start: 12, end: 15 } });
  });
});
