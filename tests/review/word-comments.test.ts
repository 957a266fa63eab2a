/**
 * Comments from Word (importWordComments): our comments copy goes to a leader, who comments in
 * Word (new comments, a reply, a thread resolved); the copy comes back and its comments land on the
 * same passages of the document, those we exported ourselves are not added twice, and a comment on
 * a passage the drafter deleted meanwhile is kept, orphaned, with its quote.
 *
 * The "Word-edited" copies are made by editing the exported XML as Word writes comments
 * (tests/docx/word-edit.ts).
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { writeDocx } from '../../core/docx/write-docx';
import { DocxReadError } from '../../core/docx-read/errors';
import { documentSchema } from '../../core/model/schema';
import { flattenBody } from '../../core/model/flat-body';
import type { DocumentComment, VanBanDocument } from '../../core/model/types';
import { blockText } from '../../core/review/diff';
import { importWordComments } from '../../core/review/word-comments';
import { TEXT, reviewPlan, withoutBlock } from '../docx/review-plan';
import { editDocx } from '../docx/word-edit';

const NOW = '2026-03-01T00:00:00.000Z';
/** paraIds of our exported comments: the docx library numbers them from 1 in order. */
const PARA = { note: '00000001', reply: '00000002', done: '00000003' } as const;
const LEADER = 'Lê Văn E';

function textOf(doc: VanBanDocument, blockId: string): string {
  const blocks = [...flattenBody(doc.body), ...doc.appendices.flatMap((a) => flattenBody(a.body))];
  const block = blocks.find((b) => b.id === blockId);
  if (!block) throw new Error(`no block ${blockId}`);
  return blockText(block);
}

/** The passage a comment covers in its block. */
const passageOf = (doc: VanBanDocument, comment: DocumentComment): string => textOf(doc, comment.anchor.blockId).slice(comment.anchor.start, comment.anchor.end);

function byText(doc: VanBanDocument, text: string): DocumentComment {
  const found = doc.comments.find((c) => c.text === text);
  if (!found) throw new Error(`no comment "${text}"; have ${doc.comments.map((c) => c.text).join(' | ')}`);
  return found;
}

/** The leader's Word session on our comments copy. */
async function leaderCopy(doc: VanBanDocument): Promise<Uint8Array> {
  return editDocx(await writeDocx(doc), (word) => {
    word.comment({ id: 10, author: LEADER, text: 'Ghi rõ nguồn kinh phí.', paraId: '0000000A' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
    word.comment(
      { id: 11, author: LEADER, text: 'Tôi đồng ý với góp ý này.', paraId: '0000000B', parentParaId: PARA.note },
      { paragraph: TEXT.p1, passage: 'công tác tuyên truyền' },
    );
    word.resolve(PARA.note);
    word.comment({ id: 12, author: LEADER, text: 'Hội nghị nên tổ chức trực tuyến.', paraId: '0000000C' }, { paragraph: TEXT.p3, passage: 'hội nghị sơ kết' });
    word.comment({ id: 13, author: LEADER, text: 'Trích yếu cần ngắn gọn hơn.', paraId: '0000000D' }, { paragraph: /^Chuyển đổi số/, passage: 'Chuyển đổi số' });
    word.comment({ id: 14, author: LEADER, text: 'Đề mục này nên đổi tên.', paraId: '0000000E' }, { paragraph: 'II. TỔ CHỨC THỰC HIỆN', passage: 'TỔ CHỨC' });
    word.comment({ id: 15, author: LEADER, text: 'Ghi rõ tên đơn vị.', paraId: '0000000F' }, { paragraph: 'Văn phòng', passage: 'Văn phòng' });
  });
}

describe('importWordComments: the round trip through Word', () => {
  it('puts the leader’s comments on the same passages, skips ours, resolves the thread and orphans a comment on deleted text', async () => {
    const exported = reviewPlan();
    const copy = await leaderCopy(exported);
    // Meanwhile the drafter deleted the paragraph about the conference.
    const current = withoutBlock(exported, 'p-3');

    const { document, report } = importWordComments(copy, current, NOW);
    expect(report).toEqual({ found: 9, added: 6, orphaned: 2, duplicates: 3 });
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.comments.slice(0, 3).map((c) => c.id)).toEqual(['c-note', 'c-reply', 'c-done']);

    const money = byText(document, 'Ghi rõ nguồn kinh phí.');
    // No UTC companion: w:date (2026-02-10T09:15:00Z as Word writes it) is local wall-clock time.
    expect(money).toMatchObject({ author: LEADER, initials: 'LVE', date: new Date(2026, 1, 10, 9, 15).toISOString(), parentId: null, resolved: false, orphaned: false, quote: 'kinh phí' });
    expect(money.anchor.blockId).toBe('p-2');
    expect(passageOf(document, money)).toBe('kinh phí');

    // The reply joins our thread, which the leader resolved: the whole thread is resolved.
    const reply = byText(document, 'Tôi đồng ý với góp ý này.');
    expect(reply.parentId).toBe('c-note');
    expect(reply.anchor).toEqual(exported.comments[0].anchor);
    expect(reply.resolved).toBe(true);
    expect(document.comments.filter((c) => c.id === 'c-note' || c.id === 'c-reply').map((c) => c.resolved)).toEqual([true, true]);

    // The conference paragraph is gone: the comment is kept at the nearest block, with its quote.
    const orphan = byText(document, 'Hội nghị nên tổ chức trực tuyến.');
    expect(orphan).toMatchObject({ orphaned: true, quote: 'hội nghị sơ kết', anchor: { blockId: 'p-2', start: 0, end: 0 } });

    // The summary is in the title area, not a body block: first body block, orphaned, quoted.
    const summary = byText(document, 'Trích yếu cần ngắn gọn hơn.');
    expect(summary).toMatchObject({ orphaned: true, quote: 'Chuyển đổi số', anchor: { blockId: 's-1', start: 0, end: 0 } });

    // A heading printed "II. TỔ CHỨC THỰC HIỆN": offsets in the block's own text, quote as the block reads.
    const heading = byText(document, 'Đề mục này nên đổi tên.');
    expect(heading).toMatchObject({ anchor: { blockId: 's-2', start: 0, end: 7 }, quote: 'Tổ chức', orphaned: false });

    // A table cell: offsets in the table's plain text (cells joined by " | ").
    const cell = byText(document, 'Ghi rõ tên đơn vị.');
    expect(cell.anchor.blockId).toBe('t-1');
    expect(passageOf(document, cell)).toBe('Văn phòng');

    // Importing the same copy again adds nothing.
    const again = importWordComments(copy, document, NOW);
    expect(again.report).toEqual({ found: 9, added: 0, orphaned: 0, duplicates: 9 });
    expect(again.document).toBe(document);
  });

  it('finds the passage in a paragraph the drafter changed since the export', async () => {
    const exported = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(exported), (word) => {
      word.comment({ id: 1, author: LEADER, text: 'Tuyên truyền bằng hình thức nào?', paraId: '00000010' }, { paragraph: TEXT.p1, passage: 'tuyên truyền' });
    });
    const edited = TEXT.p1.replace('Tăng cường', 'Tiếp tục đẩy mạnh');
    const current = reviewPlan({ comments: [], body: reviewPlan().body.map((s) => (s.id === 's-1' && 'children' in s ? { ...s, children: s.children.map((b) => (b.id === 'p-1' && 'content' in b ? { ...b, content: [{ text: edited }] } : b)) } : s)) });
    const { document, report } = importWordComments(copy, current, NOW);
    expect(report).toMatchObject({ added: 1, orphaned: 0 });
    const comment = document.comments[0];
    expect(comment.anchor.blockId).toBe('p-1');
    expect(comment.anchor.start).toBe(edited.indexOf('tuyên truyền'));
    expect(passageOf(document, comment)).toBe('tuyên truyền');
  });

  it('a passage found in several blocks goes to the block at the comment’s position, or stays orphaned when that block lacks it', async () => {
    const exported = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(exported), (word) => {
      // "chuyển đổi số" is in p-1, p-2 and c-1; the comment is on p-2's.
      word.comment({ id: 1, author: LEADER, text: 'Chuyển đổi số gì?', paraId: '00000010' }, { paragraph: TEXT.p2, passage: 'chuyển đổi số' });
    });
    const change = (text: string) =>
      reviewPlan({ comments: [] }).body.map((s) => (s.id === 's-1' && 'children' in s ? { ...s, children: s.children.map((b) => (b.id === 'p-2' && 'content' in b ? { ...b, content: [{ text }] } : b)) } : s));

    const kept = importWordComments(copy, reviewPlan({ comments: [], body: change(TEXT.p2.replace('2026', '2027')) }), NOW).document.comments[0];
    expect(kept.anchor).toEqual({ blockId: 'p-2', start: TEXT.p2.indexOf('chuyển đổi số'), end: TEXT.p2.indexOf('chuyển đổi số') + 'chuyển đổi số'.length });
    expect(kept.orphaned).toBe(false);

    const lost = importWordComments(copy, reviewPlan({ comments: [], body: change('Bố trí kinh phí thực hiện năm 2027.') }), NOW).document.comments[0];
    expect(lost).toMatchObject({ orphaned: true, quote: 'chuyển đổi số', anchor: { blockId: 'p-2', start: 0, end: 0 } });
  });

  it('reads the paragraph as exported when the leader also made tracked changes in Word', async () => {
    const exported = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(exported), (word) => {
      // The leader comments on "Bố trí kinh phí", then deletes "Bố trí " with tracking on.
      word.comment({ id: 1, author: LEADER, text: 'Bao nhiêu?', paraId: '00000010' }, { paragraph: TEXT.p2, passage: 'Bố trí kinh phí' });
      word.trackDelete(TEXT.p2, 'Bố trí ', LEADER);
    });
    const { document } = importWordComments(copy, exported, NOW);
    const comment = document.comments[0];
    expect(comment.anchor).toEqual({ blockId: 'p-2', start: 0, end: 'Bố trí kinh phí'.length });
    expect(comment.quote).toBe('Bố trí kinh phí');
  });
});

describe('importWordComments: dates, text and duplicates', () => {
  it('takes the UTC date Word keeps in commentsExtensible.xml and still recognises our own comment by its w:date', async () => {
    const doc = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(doc), (word) => {
      // Word writes local time marked "Z" in w:date and the true UTC time in commentsExtensible.xml.
      word.comment({ id: 1, author: LEADER, text: 'Mới.', paraId: '00000010', date: '2026-02-10T16:15:00Z', dateUtc: '2026-02-10T09:15:00Z' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
      word.comment(
        { id: 2, author: 'Nguyễn Thị B', text: 'Đã có.', paraId: '00000011', date: '2026-01-04T08:30:00Z', dateUtc: '2026-01-04T01:30:00Z' },
        { paragraph: TEXT.p1, passage: 'chuyển đổi số' },
      );
    });
    const ours = { id: 'c-ours', author: 'Nguyễn Thị B', initials: 'NTB', date: '2026-01-04T08:30:45+07:00', text: 'Đã có.', anchor: { blockId: 'p-1', start: 0, end: 4 }, resolved: false, parentId: null, orphaned: false };
    const { document, report } = importWordComments(copy, { ...doc, comments: [ours] }, NOW);
    expect(report).toEqual({ found: 2, added: 1, orphaned: 0, duplicates: 1 });
    expect(byText(document, 'Mới.').date).toBe('2026-02-10T09:15:00.000Z');
  });

  it('stores author and text in NFC and matches duplicates whatever the normalisation', async () => {
    // The paragraph itself is decomposed (NFD) in this copy: offsets still count in NFC.
    const doc = reviewPlan();
    const nfd = (text: string) => text.normalize('NFD');
    const copy = editDocx(await writeDocx({ ...doc, comments: [] }), (word) => {
      word.parts.set('word/document.xml', word.parts.get('word/document.xml')!.replace(TEXT.p1, nfd(TEXT.p1)));
      word.comment({ id: 1, author: nfd('Nguyễn Thị B'), text: nfd('Nên nêu rõ hình thức tuyên truyền.'), paraId: '00000010', date: '2026-01-04T01:30:00Z' }, { paragraph: nfd(TEXT.p1), passage: nfd('công tác') });
      word.comment({ id: 2, author: nfd('Đặng Văn Ư'), initials: null, text: nfd('Chữ có dấu: ưỡng, ệ, ộ.'), paraId: '00000011' }, { paragraph: nfd(TEXT.p1), passage: nfd('chuyển đổi') });
    });
    const { document, report } = importWordComments(copy, doc, NOW);
    expect(report.duplicates).toBe(1);
    expect(passageOf(document, document.comments[document.comments.length - 1])).toBe('chuyển đổi');
    const added = document.comments[document.comments.length - 1];
    expect(added.author).toBe('Đặng Văn Ư'.normalize('NFC'));
    expect(added.text).toBe('Chữ có dấu: ưỡng, ệ, ộ.'.normalize('NFC'));
    expect(added.initials).toBe('ĐVƯ');
    expect(added.text).toBe(added.text.normalize('NFC'));
  });

  it('keeps a Word comment without a date at `now`, with its paragraphs on separate lines', async () => {
    const doc = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(doc), (word) => {
      word.comment({ id: 1, author: LEADER, text: 'Dòng một.\nDòng hai.', paraId: '00000010' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
      word.parts.set('word/comments.xml', word.parts.get('word/comments.xml')!.replace(/ w:date="[^"]*"/, ''));
    });
    const comment = importWordComments(copy, doc, NOW).document.comments[0];
    expect(comment.date).toBe(NOW);
    expect(comment.text).toBe('Dòng một.\nDòng hai.');
  });

  it('reads a w:date without a UTC companion as local wall-clock time of the machine importing', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      const doc = reviewPlan({ comments: [] });
      const copy = editDocx(await writeDocx(doc), (word) => {
        // Word in Hà Nội at 16:15 writes "16:15Z" and no commentsExtensible.xml (older Word).
        word.comment({ id: 1, author: LEADER, text: 'Giờ địa phương.', paraId: '00000010', date: '2026-02-10T16:15:00Z' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
      });
      const { document } = importWordComments(copy, doc, NOW);
      expect(byText(document, 'Giờ địa phương.').date).toBe('2026-02-10T09:15:00.000Z');
      // Imported again: the same comment (its stored date is the local reading), not a new one.
      const again = importWordComments(copy, document, NOW);
      expect(again.report).toMatchObject({ added: 0, duplicates: 1 });
      expect(again.document).toBe(document);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('does not add an undated Word comment again on a second import (same author, text and passage)', async () => {
    const doc = reviewPlan({ comments: [] });
    const copy = editDocx(await writeDocx(doc), (word) => {
      word.comment({ id: 1, author: LEADER, text: 'Không ngày.', paraId: '00000010' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
      word.comment({ id: 2, author: LEADER, text: 'Trả lời không ngày.', paraId: '00000011', parentParaId: '00000010' }, { paragraph: TEXT.p2, passage: 'kinh phí' });
      // The same words on another passage are another comment.
      word.comment({ id: 3, author: LEADER, text: 'Không ngày.', paraId: '00000012' }, { paragraph: TEXT.p1, passage: 'công tác' });
      word.parts.set('word/comments.xml', word.parts.get('word/comments.xml')!.replace(/ w:date="[^"]*"/g, ''));
    });
    const first = importWordComments(copy, doc, NOW);
    expect(first.report).toEqual({ found: 3, added: 3, orphaned: 0, duplicates: 0 });
    const second = importWordComments(copy, first.document, '2026-03-02T10:00:00.000Z');
    expect(second.report).toEqual({ found: 3, added: 0, orphaned: 0, duplicates: 3 });
    expect(second.document).toBe(first.document);
    expect(second.document.comments).toHaveLength(3);
  });

  it('a copy without comments changes nothing', async () => {
    const doc = reviewPlan();
    const result = importWordComments(await writeDocx(doc, { comments: false }), doc, NOW);
    expect(result.report).toEqual({ found: 0, added: 0, orphaned: 0, duplicates: 0 });
    expect(result.document).toBe(doc);
  });
});

describe('importWordComments: hostile files', () => {
  it('refuses a DOCTYPE in the comments part (the shared reader’s rule)', async () => {
    const doc = reviewPlan();
    const copy = editDocx(await writeDocx(doc), (word) => {
      word.parts.set('word/comments.xml', word.parts.get('word/comments.xml')!.replace('?>', '?><!DOCTYPE x [<!ENTITY e "boom">]>'));
    });
    expect(() => importWordComments(copy, doc, NOW)).toThrowError(expect.objectContaining({ code: 'xml-doctype' }) as unknown as Error);
  });

  it('refuses what is not a Word document', () => {
    const doc = reviewPlan();
    expect(() => importWordComments(strToU8('not a zip file at all, just text'), doc, NOW)).toThrow(DocxReadError);
    const zip = zipSync({ 'hello.txt': strToU8('hello') });
    expect(() => importWordComments(zip, doc, NOW)).toThrowError(expect.objectContaining({ code: 'not-docx' }) as unknown as Error);
  });
});
