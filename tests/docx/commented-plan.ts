/** A plan with comments of every kind, shared by the comments and validation tests. */
import type { DocumentComment, VanBanDocument } from '../../core/model/types';
import { para, section } from '../fixtures/documents';
import { plan } from './support';

export const SENTENCE = 'Tăng cường công tác tuyên truyền về chuyển đổi số.';

function commented(id: string, text: string, fields: Partial<DocumentComment>): DocumentComment {
  return {
    id,
    author: 'Nguyễn Thị B',
    initials: 'NTB',
    date: '2026-01-04T08:30:00+07:00',
    text,
    anchor: { blockId: 'p-1', start: 0, end: 0 },
    resolved: false,
    parentId: null,
    orphaned: false,
    ...fields,
  };
}

/** A note on "công tác tuyên truyền", a reply to it, a resolved note on the heading, and an orphan. */
export function commentedPlan(): VanBanDocument {
  return plan({
    body: [section('Nội dung', [para(SENTENCE, { id: 'p-1' })], { id: 's-1' })],
    comments: [
      commented('c-note', 'Nên nêu rõ hình thức tuyên truyền.', { anchor: { blockId: 'p-1', start: 11, end: 31 } }),
      commented('c-reply', 'Đồng ý, sẽ bổ sung.', { author: 'Trần Văn C', initials: 'TVC', parentId: 'c-note' }),
      commented('c-done', 'Đã sửa tiêu đề.', { author: 'Lê Thị D', initials: 'LTD', resolved: true, anchor: { blockId: 's-1', start: 0, end: 3 } }),
      commented('c-orphan', 'Đoạn này đã bị xóa?', { anchor: { blockId: 'deleted-block', start: 2, end: 9 } }),
    ],
  });
}
