/**
 * The clean copy and the comments copy (writeDocx options.comments): a clean copy has no comments
 * part and no comment marks; a comments copy always has commentsExtended.xml, so Word shows a
 * resolved comment resolved even when no comment in the file is a reply, and replies threaded
 * under their root. A comment on a table lands in the cell its passage starts in.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import type { VanBanDocument } from '../../core/model/types';
import { all, first, kids, openDocx, textOf, type XmlElement } from '../helpers/docx-xml';
import { reviewComment, reviewPlan } from './review-plan';
import { validateDocxBytes } from './validate-docx';

/** The validator's known gap (see validate.test.ts): commentsExtended.xml is all w15, empty once w15 is stripped. */
/** blockText of the table t-1 (cells joined by " | ", rows by new lines; STT cells empty in the model). */
const T1_TEXT = 'STT | Nhiệm vụ | Đơn vị chủ trì\n | Số hóa hồ sơ | Văn phòng\n | Chữ ký số | Sở Thông tin và Truyền thông';

const COMMENTS_EXTENDED_GAP = /^word\/commentsExtended\.xml: -:1: parser error : Document is empty/;

async function copy(doc: VanBanDocument, comments?: boolean) {
  const bytes = await writeDocx(doc, comments === undefined ? undefined : { comments });
  const docx = await openDocx(bytes);
  return { bytes, docx, document: docx.xml('word/document.xml') };
}

/** Text covered by comment `id` in document order. */
function covered(document: XmlElement, id: string): string {
  let open = false;
  let text = '';
  const walk = (node: XmlElement): void => {
    for (const child of kids(node)) {
      if (child.name === 'w:commentRangeStart' && child.attrs['w:id'] === id) open = true;
      else if (child.name === 'w:commentRangeEnd' && child.attrs['w:id'] === id) open = false;
      else if (child.name === 'w:t') text += open ? textOf(child.parent!) : '';
      else walk(child);
    }
  };
  walk(document);
  return text;
}

/** commentsExtended entries keyed by the text of the comment they belong to. */
function threads(docx: Awaited<ReturnType<typeof openDocx>>): Map<string, Record<string, string>> {
  const comments = all(docx.xml('word/comments.xml'), 'w:comment');
  const entries = all(docx.xml('word/commentsExtended.xml'), 'w15:commentEx');
  const textByParaId = new Map(comments.map((c) => [all(c, 'w:p').at(-1)!.attrs['w14:paraId'], textOf(c)]));
  return new Map(entries.map((e) => [textByParaId.get(e.attrs['w15:paraId']) ?? `?${e.attrs['w15:paraId']}`, { ...e.attrs, parent: textByParaId.get(e.attrs['w15:paraIdParent']) ?? '' }]));
}

describe('DOCX copies with and without comments', () => {
  it('the clean copy has no comments part, no comment ranges and no references', async () => {
    const { docx, document } = await copy(reviewPlan(), false);
    expect(docx.names.filter((name) => /comments/i.test(name))).toEqual([]);
    expect(docx.text('[Content_Types].xml')).not.toMatch(/comments/i);
    expect(docx.text('word/_rels/document.xml.rels')).not.toMatch(/comments/i);
    for (const name of ['w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference']) expect(all(document, name)).toEqual([]);
    // The text is the same as the comments copy's.
    const withComments = await copy(reviewPlan());
    expect(all(document, 'w:p').map(textOf)).toEqual(all(withComments.document, 'w:p').map(textOf));
  });

  it('comments are written by default', async () => {
    const { docx } = await copy(reviewPlan());
    expect(all(docx.xml('word/comments.xml'), 'w:comment')).toHaveLength(3);
  });

  it('a lone resolved comment (no replies in the file) is marked done in commentsExtended.xml', async () => {
    const doc = reviewPlan({ comments: [reviewComment('only', 'Đã xử lý.', { resolved: true, anchor: { blockId: 'p-2', start: 0, end: 6 } })] });
    const { docx } = await copy(doc);
    expect(docx.text('[Content_Types].xml')).toContain('PartName="/word/commentsExtended.xml"');
    expect(docx.text('word/_rels/document.xml.rels')).toContain('Target="commentsExtended.xml"');
    const comment = first(docx.xml('word/comments.xml'), 'w:comment')!;
    const paraId = all(comment, 'w:p').at(-1)!.attrs['w14:paraId'];
    expect(paraId).toMatch(/^[0-9A-F]{8}$/);
    const entries = all(docx.xml('word/commentsExtended.xml'), 'w15:commentEx');
    expect(entries.map((e) => e.attrs)).toEqual([{ 'w15:paraId': paraId, 'w15:done': '1' }]);
  });

  it('an open lone comment is written with done="0" and no parent', async () => {
    const doc = reviewPlan({ comments: [reviewComment('only', 'Xem lại.', { anchor: { blockId: 'p-2', start: 0, end: 6 } })] });
    const { docx } = await copy(doc);
    expect(all(docx.xml('word/commentsExtended.xml'), 'w15:commentEx').map((e) => e.attrs['w15:done'])).toEqual(['0']);
  });

  it('threads: a reply points at its root (also a reply to a reply), resolved threads are done, a multi-line comment keys on its last paragraph', async () => {
    const doc = reviewPlan({
      comments: [
        ...reviewPlan().comments,
        reviewComment('c-reply-2', 'Cảm ơn.', { author: 'Lê Văn E', initials: 'LVE', parentId: 'c-reply' }),
        reviewComment('c-lines', 'Dòng một.\nDòng hai.', { anchor: { blockId: 'p-2', start: 0, end: 6 } }),
      ],
    });
    const { docx } = await copy(doc);
    const map = threads(docx);
    expect(map.get('Đồng ý, sẽ bổ sung.')).toMatchObject({ parent: 'Nên nêu rõ hình thức tuyên truyền.', 'w15:done': '0' });
    expect(map.get('Cảm ơn.')).toMatchObject({ parent: 'Nên nêu rõ hình thức tuyên truyền.' });
    expect(map.get('Đã sửa tiêu đề.')).toMatchObject({ parent: '', 'w15:done': '1' });
    expect(map.get('Dòng một.Dòng hai.')).toMatchObject({ parent: '', 'w15:done': '0' });
    const lines = all(docx.xml('word/comments.xml'), 'w:comment').find((c) => textOf(c) === 'Dòng một.Dòng hai.')!;
    expect(all(lines, 'w:p').map((p) => p.attrs['w14:paraId'] !== undefined)).toEqual([false, true]);
  });

  it('a comment on a table is anchored in the cell where its passage starts', async () => {
    const start = T1_TEXT.indexOf('Văn phòng');
    const doc = reviewPlan({ comments: [reviewComment('cell', 'Ghi rõ tên.', { anchor: { blockId: 't-1', start, end: start + 'Văn phòng'.length } })] });
    const { document, docx } = await copy(doc);
    const id = first(docx.xml('word/comments.xml'), 'w:comment')!.attrs['w:id'];
    expect(covered(document, id)).toBe('Văn phòng');
    const rangeStart = all(document, 'w:commentRangeStart')[0];
    let cell: XmlElement | null = rangeStart.parent;
    while (cell && cell.name !== 'w:tc') cell = cell.parent;
    expect(cell && textOf(cell)).toBe('Văn phòng');
  });

  it('the comments copies pass the OOXML validator (but for the known commentsExtended gap)', async (ctx) => {
    const docs = [
      reviewPlan(),
      reviewPlan({ comments: [reviewComment('only', 'Đã xử lý.', { resolved: true, anchor: { blockId: 'p-2', start: 0, end: 6 } })] }),
      reviewPlan({ comments: [reviewComment('cell', 'Ghi rõ tên.', { anchor: { blockId: 't-1', start: T1_TEXT.indexOf('Văn phòng'), end: T1_TEXT.indexOf('Văn phòng') + 9 } })] }),
    ];
    for (const [index, doc] of docs.entries()) {
      const result = validateDocxBytes(await writeDocx(doc), `comments-${index}.docx`);
      if (result.skipped) ctx.skip(result.skipped);
      expect(result.problems.filter((problem) => !COMMENTS_EXTENDED_GAP.test(problem)), `document ${index}`).toEqual([]);
    }
    const clean = validateDocxBytes(await writeDocx(reviewPlan(), { comments: false }), 'clean.docx');
    expect(clean.problems).toEqual([]);
  });
});
