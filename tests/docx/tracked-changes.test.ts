/**
 * The "changes" copy (writeDocx with changesSince): what changed since an earlier version, as Word
 * tracked changes. Word reads w:ins / w:del with w:author, w:date and a unique w:id, deleted text in
 * w:delText, and a paragraph (or table row) added or removed as a whole with its mark inserted or
 * deleted. The strongest check: accepting every change gives exactly the newer document's clean
 * copy, rejecting every change exactly the older one's.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import type { BodyBlock, DocumentContent, InlineText, VanBanDocument } from '../../core/model/types';
import { all, ancestor, first, kid, kids, openDocx, textOf, type XmlElement } from '../helpers/docx-xml';
import { appendix, clause, makeLetter, para, section, table } from '../fixtures/documents';
import { TEXT, reviewPlan } from './review-plan';
import { validateDocxBytes } from './validate-docx';

const AUTHOR = 'Nguyễn Văn A';
const DATE = '2026-02-01T09:00:00+07:00';
const WORD_DATE = '2026-02-01T02:00:00Z';

const content = (doc: VanBanDocument): DocumentContent => {
  const { review: _review, ...rest } = doc;
  return rest;
};

/** The document's paragraphs as text when every tracked change is accepted, and when every one is rejected. */
function readings(document: XmlElement): { accepted: string[]; rejected: string[] } {
  const accepted: string[] = [];
  const rejected: string[] = [];
  let carryAccepted = '';
  let carryRejected = '';
  for (const p of all(document, 'w:p')) {
    const row = ancestor(p, 'w:tr');
    const rowMark = row && kid(row, 'w:trPr') ? kids(kid(row, 'w:trPr')!).map((e) => e.name) : [];
    const markProps = kid(kid(p, 'w:pPr') ?? p, 'w:rPr');
    const mark = markProps ? kids(markProps).map((e) => e.name) : [];
    let keep = '';
    let old = '';
    const visit = (node: XmlElement, inIns: boolean, inDel: boolean): void => {
      for (const child of kids(node)) {
        if (child.name === 'w:pPr') continue;
        if (child.name === 'w:t') {
          const text = child.children.filter((c): c is string => typeof c === 'string').join('');
          keep += text;
          if (!inIns) old += text;
        } else if (child.name === 'w:delText') {
          old += child.children.filter((c): c is string => typeof c === 'string').join('');
        } else visit(child, inIns || child.name === 'w:ins', inDel || child.name === 'w:del');
      }
    };
    visit(p, false, false);
    if (!rowMark.includes('w:del')) {
      // A deleted paragraph mark joins the paragraph to the next one once accepted.
      if (mark.includes('w:del')) carryAccepted += keep;
      else {
        accepted.push(carryAccepted + keep);
        carryAccepted = '';
      }
    }
    if (!rowMark.includes('w:ins')) {
      if (mark.includes('w:ins')) carryRejected += old;
      else {
        rejected.push(carryRejected + old);
        carryRejected = '';
      }
    }
  }
  const printed = (list: string[]) => list.filter((text) => text.trim() !== '');
  return { accepted: printed(accepted), rejected: printed(rejected) };
}

async function paragraphsOf(doc: VanBanDocument): Promise<string[]> {
  const docx = await openDocx(await writeDocx(doc, { comments: false }));
  return all(docx.xml('word/document.xml'), 'w:p').map(textOf).filter((text) => text.trim() !== '');
}

async function changesCopy(before: VanBanDocument, after: VanBanDocument, comments = false) {
  const bytes = await writeDocx(after, { comments, changesSince: { document: content(before), author: AUTHOR, date: DATE } });
  const docx = await openDocx(bytes);
  const document = docx.xml('word/document.xml');
  return { bytes, docx, document, ins: all(document, 'w:ins'), del: all(document, 'w:del') };
}

/** Replaces blocks by id anywhere in a body (children kept unless the replacement has its own). */
function mapBlocks(blocks: BodyBlock[], change: (block: BodyBlock) => BodyBlock | BodyBlock[] | null): BodyBlock[] {
  return blocks.flatMap((block) => {
    const withChildren = 'children' in block ? { ...block, children: mapBlocks(block.children, change) } : block;
    const result = change(withChildren as BodyBlock);
    return result === null ? [] : Array.isArray(result) ? result : [result];
  });
}

const runs = (...parts: Array<string | InlineText>): InlineText[] => parts.map((p) => (typeof p === 'string' ? { text: p } : p));

/** The leader's version and the drafter's next one: every kind of change the copy shows. */
function versions() {
  const before = reviewPlan({
    comments: [],
    body: mapBlocks(reviewPlan().body, (b) => (b.id === 'p-1' && 'content' in b ? { ...b, content: runs({ text: 'Tăng cường ', italic: true }, 'công tác tuyên truyền về chuyển đổi số.') } : b)),
  });
  const afterBody = mapBlocks(before.body, (b) => {
    switch (b.id) {
      case 'p-1':
        return { ...b, content: runs({ text: 'Đẩy mạnh ', bold: true }, 'công tác tuyên truyền về chuyển đổi số.') } as BodyBlock;
      case 'p-2':
        return [{ ...b, content: runs('Bố trí kinh phí triển khai chuyển đổi số năm 2027.') } as BodyBlock, para('Đoạn mới về đào tạo kỹ năng số.', { id: 'p-4' })];
      case 'p-3':
        return null;
      case 'c-1':
        return [clause('Các sở phối hợp thực hiện.', [], { id: 'c-0', titled: false }), b];
      default:
        return b;
    }
  });
  const after: VanBanDocument = {
    ...before,
    header: { ...before.header, number: 7, date: { ...before.header.date, day: 15 } },
    summary: 'Chuyển đổi số tỉnh Quảng Trị năm 2026',
    closing: 'Trên đây là Kế hoạch chuyển đổi số năm 2026 của tỉnh',
    signature: { ...before.signature, signerName: 'Trần Thị Hoa' },
    body: afterBody,
    appendices: before.appendices.map((a) => ({
      ...a,
      body: mapBlocks(a.body, (b) => {
        if (b.type === 'table') {
          const rows = b.table.rows.map((row) => row.map((cell) => (cell.paragraphs[0]?.[0]?.text === 'Văn phòng' ? { paragraphs: [runs('Văn phòng UBND tỉnh')] } : cell)));
          return { ...b, table: { ...b.table, rows: [...rows, [{ paragraphs: [] }, { paragraphs: [runs('Đào tạo cán bộ')] }, { paragraphs: [runs('Sở Nội vụ')] }]] } };
        }
        return b.id === 'ap-1' && 'content' in b ? { ...b, content: runs('Các đơn vị báo cáo kết quả trước ngày 20 tháng 12.') } : b;
      }),
    })),
  };
  return { before, after };
}

const delText = (element: XmlElement): string => all(element, 'w:delText').map((t) => t.children.join('')).join('');

describe('DOCX tracked changes (changes since a version)', () => {
  it('accepting every change gives the new version, rejecting every change the old one', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const { accepted, rejected } = readings(document);
    expect(accepted).toEqual(await paragraphsOf(after));
    expect(rejected).toEqual(await paragraphsOf(before));
  });

  it('every change carries the author, the date as Word writes it and an id unique in the document', async () => {
    const { before, after } = versions();
    const { ins, del } = await changesCopy(before, after);
    const changes = [...ins, ...del];
    expect(ins.length).toBeGreaterThan(5);
    expect(del.length).toBeGreaterThan(5);
    for (const change of changes) {
      expect(change.attrs['w:author']).toBe(AUTHOR);
      expect(change.attrs['w:date']).toBe(WORD_DATE);
    }
    const ids = changes.map((c) => c.attrs['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
    // Inserted text is ordinary w:t inside w:ins; deleted text is w:delText inside w:del, never w:t.
    for (const d of del) expect(all(d, 'w:t')).toEqual([]);
    for (const i of ins) expect(all(i, 'w:delText')).toEqual([]);
  });

  it('a changed paragraph shows whole words changed, each side with its own formatting', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const p1 = all(document, 'w:p').find((p) => textOf(p).endsWith('công tác tuyên truyền về chuyển đổi số.'))!;
    const [removed] = all(p1, 'w:del');
    const [added] = all(p1, 'w:ins').filter((i) => i.parent?.name === 'w:p');
    expect(delText(removed)).toBe('Tăng cường');
    expect(first(removed, 'w:i')).toBeDefined();
    expect(first(removed, 'w:b')).toBeUndefined();
    expect(textOf(added)).toBe('Đẩy mạnh');
    expect(first(added, 'w:b')).toBeDefined();
    expect(first(added, 'w:i')).toBeUndefined();
    // Vietnamese syllables are words: "thực hiện" → "triển khai" and "2026" → "2027", nothing smaller.
    const p2 = all(document, 'w:p').find((p) => textOf(p).startsWith('Bố trí kinh phí'))!;
    expect(all(p2, 'w:del').map(delText)).toEqual(['thực hiện', '2026']);
    expect(all(p2, 'w:ins').map(textOf)).toEqual(['triển khai', '2027']);
  });

  it('a removed paragraph is deleted with its paragraph mark; an added one inserted with its mark', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const removed = all(document, 'w:p').find((p) => delText(p) === TEXT.p3)!;
    expect(removed).toBeDefined();
    expect(textOf(removed)).toBe('');
    expect(kids(kid(kid(removed, 'w:pPr')!, 'w:rPr')!).map((e) => e.name)).toEqual(['w:del']);
    const added = all(document, 'w:p').find((p) => textOf(p) === 'Đoạn mới về đào tạo kỹ năng số.')!;
    expect(kids(kid(kid(added, 'w:pPr')!, 'w:rPr')!).map((e) => e.name)).toEqual(['w:ins']);
    expect(all(added, 'w:ins').filter((i) => i.parent?.name === 'w:p').map(textOf).join('')).toBe('Đoạn mới về đào tạo kỹ năng số.');
  });

  it('a clause pushed down by a new one shows its number changed: "1." deleted, "2." inserted', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const inserted = all(document, 'w:p').find((p) => textOf(p) === '1. Các sở phối hợp thực hiện.')!;
    expect(kids(kid(kid(inserted, 'w:pPr')!, 'w:rPr')!).map((e) => e.name)).toEqual(['w:ins']);
    const moved = all(document, 'w:p').find((p) => textOf(p) === `2. ${TEXT.c1}`)!;
    expect(all(moved, 'w:del').map(delText)).toEqual(['1']);
    expect(all(moved, 'w:ins').map(textOf)).toEqual(['2']);
  });

  it('the number, the date, the summary, the closing and the signer’s name show their changes', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const changed = (text: string) => {
      const p = all(document, 'w:p').find((para) => textOf(para) === text);
      if (!p) throw new Error(`no paragraph reads ${text}`);
      return { deleted: all(p, 'w:del').map(delText), inserted: all(p, 'w:ins').filter((i) => i.parent?.name === 'w:p').map(textOf) };
    };
    expect(changed('Số: 07/KH-UBND')).toEqual({ deleted: ['05'], inserted: ['07'] });
    expect(changed('Quảng Trị, ngày 15 tháng 01 năm 2026')).toEqual({ deleted: ['05'], inserted: ['15'] });
    expect(changed('Chuyển đổi số tỉnh Quảng Trị năm 2026')).toEqual({ deleted: ['2023'], inserted: ['2026'] });
    expect(changed('Trần Thị Hoa')).toEqual({ deleted: ['Nguyễn Văn A'], inserted: ['Trần Thị Hoa'] });
    const closing = all(document, 'w:p').find((p) => textOf(p).endsWith('./.') && textOf(p).startsWith('Trên đây'))!;
    expect(all(closing, 'w:ins').map(textOf).join('|')).toContain('năm 2026 của tỉnh');
  });

  it('table rows: a changed cell shows its words, a new row is inserted (w:trPr/w:ins) with the STT filled', async () => {
    const { before, after } = versions();
    const { document } = await changesCopy(before, after);
    const tableEl = all(document, 'w:tbl').find((t) => textOf(t).includes('Số hóa hồ sơ'))!;
    const rows = kids(tableEl, 'w:tr');
    expect(rows).toHaveLength(4);
    const cell = all(rows[1], 'w:tc')[2];
    expect(all(cell, 'w:ins').map(textOf)).toEqual([' UBND tỉnh']);
    const added = rows[3];
    expect(kids(kid(added, 'w:trPr')!).map((e) => e.name)).toContain('w:ins');
    expect(all(added, 'w:tc').map(textOf)).toEqual(['3', 'Đào tạo cán bộ', 'Sở Nội vụ']);
  });

  it('a table that changed shape is the old one deleted, then the new one inserted, kept apart', async () => {
    const before = reviewPlan({ comments: [] });
    const t = (columns: string[]) => table(columns, [['', 'Số hóa hồ sơ', 'Văn phòng', 'Quý II'].slice(0, columns.length)], { id: 't-1', numbered: true });
    const b = { ...before, appendices: [{ ...before.appendices[0], body: [t(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'])] }] };
    const a = { ...before, appendices: [{ ...before.appendices[0], body: [t(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'])] }] };
    const { document, bytes } = await changesCopy(b, a);
    const tables = all(document, 'w:tbl').filter((tb) => `${textOf(tb)}${delText(tb)}`.includes('Số hóa hồ sơ'));
    expect(tables).toHaveLength(2);
    expect(delText(tables[0])).toContain('Số hóa hồ sơ');
    expect(textOf(tables[1])).toContain('Thời gian');
    for (const row of kids(tables[0], 'w:tr')) expect(kids(kid(row, 'w:trPr')!).map((e) => e.name)).toContain('w:del');
    for (const row of kids(tables[1], 'w:tr')) expect(kids(kid(row, 'w:trPr')!).map((e) => e.name)).toContain('w:ins');
    const between = tables[0].parent!.children.indexOf(tables[0]) + 1;
    const separator = tables[0].parent!.children[between] as XmlElement;
    expect(separator.name).toBe('w:p');
    expect(first(separator, 'w:del')).toBeDefined();
    const { accepted, rejected } = readings(document);
    expect(accepted).toEqual(await paragraphsOf(a));
    expect(rejected).toEqual(await paragraphsOf(b));
    const result = validateDocxBytes(bytes, 'table-shape.docx');
    if (!result.skipped) expect(result.problems).toEqual([]);
  });

  it('an appendix added and one removed are all inserted and all deleted', async () => {
    const base = reviewPlan({ comments: [] });
    const b = { ...base, appendices: [...base.appendices, appendix('Phụ lục cũ', [para('Nội dung phụ lục cũ.', { id: 'old-1' })], { id: 'a-old' })] };
    const a = { ...base, appendices: [appendix('Phụ lục mới', [para('Nội dung phụ lục mới.', { id: 'new-1' })], { id: 'a-new' }), ...base.appendices] };
    const { document } = await changesCopy(b, a);
    const { accepted, rejected } = readings(document);
    expect(accepted).toEqual(await paragraphsOf(a));
    expect(rejected).toEqual(await paragraphsOf(b));
    const newBody = all(document, 'w:p').find((p) => textOf(p) === 'Nội dung phụ lục mới.')!;
    expect(kids(kid(kid(newBody, 'w:pPr')!, 'w:rPr')!).map((e) => e.name)).toEqual(['w:ins']);
    expect(all(document, 'w:p').some((p) => delText(p) === 'Nội dung phụ lục cũ.')).toBe(true);
  });

  it('a section heading keeps its capitals in both inserted and deleted text', async () => {
    const base = reviewPlan({ comments: [] });
    const b = { ...base, body: [...base.body, section('Kinh phí', [], { id: 's-3' })] };
    const a = { ...base, body: [...base.body.slice(0, 1), section('Tổ chức thực hiện và kiểm tra', base.body[1].type === 'section' ? base.body[1].children : [], { id: 's-2' })] };
    const { document } = await changesCopy(b, a);
    const heading = all(document, 'w:p').find((p) => textOf(p) === 'II. TỔ CHỨC THỰC HIỆN VÀ KIỂM TRA')!;
    expect(all(heading, 'w:ins').map(textOf)).toEqual([' VÀ KIỂM TRA']);
    expect(all(document, 'w:p').some((p) => delText(p) === 'III. KINH PHÍ')).toBe(true);
  });

  it('a letter: the "V/v" line, the legal basis, the recipients and the signature lines show their changes', async () => {
    const before = makeLetter({ legalBasis: ['Căn cứ Kế hoạch số 20/KH-UBND'] });
    const after = makeLetter({
      summary: 'tuyên truyền cải cách hành chính năm 2021',
      legalBasis: ['Căn cứ Kế hoạch số 21/KH-UBND', 'Căn cứ Công văn số 5/UBND-VX'],
      recipients: ['Như trên', 'Chủ tịch UBND tỉnh (để b/c)'],
      signature: { authority: null, signerTitle: '', headTitle: 'Giám đốc', signerName: 'Lê Hoàng Đức' },
      body: [...before.body, para('Thời gian thực hiện: tháng 4 năm 2021.', { id: 'letter-new' })],
    });
    const { document, bytes } = await changesCopy(before, after);
    const { accepted, rejected } = readings(document);
    expect(accepted).toEqual(await paragraphsOf(after));
    expect(rejected).toEqual(await paragraphsOf(before));
    const vv = all(document, 'w:p').find((p) => textOf(p).startsWith('V/v '))!;
    expect(all(vv, 'w:del').map(delText)).toEqual(['tỉnh Sóc Trăng ']);
    const result = validateDocxBytes(bytes, 'letter-changes.docx');
    if (!result.skipped) expect(result.problems).toEqual([]);
  });

  it('no change since the version: no w:ins or w:del, the same text as the clean copy', async () => {
    const doc = reviewPlan({ comments: [] });
    const { ins, del, document } = await changesCopy(doc, doc);
    expect([...ins, ...del]).toEqual([]);
    expect(all(document, 'w:p').map(textOf).filter((t) => t.trim())).toEqual(await paragraphsOf(doc));
  });

  it('with comments too, comment ranges cover the current text and every annotation id stays unique', async () => {
    const { before, after } = versions();
    const withComments = { ...after, comments: reviewPlan().comments.map((c) => (c.anchor.blockId === 'p-1' ? { ...c, anchor: { blockId: 'p-1', start: 9, end: 30 } } : c)) };
    const { document, docx } = await changesCopy(before, withComments, true);
    expect(all(docx.xml('word/comments.xml'), 'w:comment')).toHaveLength(3);
    const p1 = all(document, 'w:p').find((p) => textOf(p).endsWith('công tác tuyên truyền về chuyển đổi số.'))!;
    // The range opens after "Đẩy mạnh " (current text), past the deleted "Tăng cường".
    let open = false;
    let covered = '';
    const walk = (node: XmlElement): void => {
      for (const child of kids(node)) {
        if (child.name === 'w:commentRangeStart' && child.attrs['w:id'] === '0') open = true;
        else if (child.name === 'w:commentRangeEnd' && child.attrs['w:id'] === '0') open = false;
        else if (child.name === 'w:t' && open) covered += textOf(child.parent!);
        else walk(child);
      }
    };
    walk(p1);
    expect(covered).toBe('công tác tuyên truyền');
    const ids = [...all(document, 'w:ins'), ...all(document, 'w:del')].map((c) => Number(c.attrs['w:id']));
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(3);
  });

  it('passes the OOXML validator, changes alone and with comments', async (ctx) => {
    const { before, after } = versions();
    for (const [name, comments] of [['changes.docx', false], ['changes-comments.docx', true]] as const) {
      const doc = comments ? { ...after, comments: reviewPlan().comments } : after;
      const { bytes } = await changesCopy(before, doc, comments);
      const result = validateDocxBytes(bytes, name);
      if (result.skipped) ctx.skip(result.skipped);
      expect(result.problems.filter((p) => !/^word\/commentsExtended\.xml: -:1: parser error : Document is empty/.test(p)), name).toEqual([]);
    }
  });
});
