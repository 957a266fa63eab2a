/**
 * A plan under review, with fixed block ids, shared by the DOCX copy, tracked-changes, Word
 * comments and LibreOffice tests: two sections, three paragraphs, a clause, an appendix with a
 * table and a paragraph, and a thread (note + reply) and a resolved note.
 */
import type { DocumentComment, VanBanDocument } from '../../core/model/types';
import { appendix, clause, comment, para, section, table } from '../fixtures/documents';
import { plan } from './support';

export const TEXT = {
  p1: 'Tăng cường công tác tuyên truyền về chuyển đổi số.',
  p2: 'Bố trí kinh phí thực hiện chuyển đổi số năm 2026.',
  p3: 'Tổ chức hội nghị sơ kết vào tháng 6.',
  c1: 'Sở Thông tin và Truyền thông chủ trì thực hiện chuyển đổi số.',
  ap1: 'Các đơn vị báo cáo kết quả trước ngày 15 tháng 12.',
} as const;

/** A comment with a fixed id by Nguyễn Thị B on 4 January 2026, at the start of p-1 unless `fields` say otherwise. */
export function reviewComment(id: string, text: string, fields: Partial<DocumentComment> = {}): DocumentComment {
  return comment('p-1', text, { id, date: '2026-01-04T08:30:00+07:00', anchor: { blockId: 'p-1', start: 0, end: 0 }, ...fields });
}

/** The comments: "c-note" on "công tác tuyên truyền" of p-1, its reply, and a resolved note on the heading. */
export function reviewComments(): DocumentComment[] {
  return [
    reviewComment('c-note', 'Nên nêu rõ hình thức tuyên truyền.', { anchor: { blockId: 'p-1', start: 11, end: 32 }, quote: 'công tác tuyên truyền' }),
    reviewComment('c-reply', 'Đồng ý, sẽ bổ sung.', { author: 'Trần Văn C', initials: 'TVC', parentId: 'c-note', anchor: { blockId: 'p-1', start: 11, end: 32 } }),
    reviewComment('c-done', 'Đã sửa tiêu đề.', { author: 'Lê Thị D', initials: 'LTD', resolved: true, anchor: { blockId: 's-1', start: 0, end: 3 }, quote: 'Nội' }),
  ];
}

export function reviewPlan(overrides: Partial<VanBanDocument> = {}): VanBanDocument {
  return plan({
    body: [
      section('Nội dung', [para(TEXT.p1, { id: 'p-1' }), para(TEXT.p2, { id: 'p-2' }), para(TEXT.p3, { id: 'p-3' })], { id: 's-1' }),
      section('Tổ chức thực hiện', [clause(TEXT.c1, [], { id: 'c-1', titled: false })], { id: 's-2' }),
    ],
    appendices: [
      appendix(
        'Danh mục nhiệm vụ',
        [
          table(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'], [['', 'Số hóa hồ sơ', 'Văn phòng'], ['', 'Chữ ký số', 'Sở Thông tin và Truyền thông']], {
            id: 't-1',
            numbered: true,
            widths: [1, 6, 4],
          }),
          para(TEXT.ap1, { id: 'ap-1' }),
        ],
        { id: 'a-1' },
      ),
    ],
    comments: reviewComments(),
    ...overrides,
  });
}

/** The same document with one paragraph taken out of its section (by id). */
export function withoutBlock(doc: VanBanDocument, id: string): VanBanDocument {
  const strip = <T extends { id: string; children?: unknown }>(blocks: T[]): T[] =>
    blocks.filter((block) => block.id !== id).map((block) => ('children' in block && Array.isArray(block.children) ? { ...block, children: strip(block.children as T[]) } : block));
  return { ...doc, body: strip(doc.body) };
}
