/** A plan with comments of every kind, shared by the comments and validation tests. */
import type { VanBanDocument } from '../../core/model/types';
import { para, section } from '../fixtures/documents';
import { reviewComment } from './review-plan';
import { plan } from './support';

export const SENTENCE = 'Tăng cường công tác tuyên truyền về chuyển đổi số.';

/** A note on "công tác tuyên truyền", a reply to it, a resolved note on the heading, and an orphan. */
export function commentedPlan(): VanBanDocument {
  return plan({
    body: [section('Nội dung', [para(SENTENCE, { id: 'p-1' })], { id: 's-1' })],
    comments: [
      reviewComment('c-note', 'Nên nêu rõ hình thức tuyên truyền.', { anchor: { blockId: 'p-1', start: 11, end: 31 } }),
      reviewComment('c-reply', 'Đồng ý, sẽ bổ sung.', { author: 'Trần Văn C', initials: 'TVC', parentId: 'c-note' }),
      reviewComment('c-done', 'Đã sửa tiêu đề.', { author: 'Lê Thị D', initials: 'LTD', resolved: true, anchor: { blockId: 's-1', start: 0, end: 3 } }),
      reviewComment('c-orphan', 'Đoạn này đã bị xóa?', { anchor: { blockId: 'deleted-block', start: 2, end: 9 } }),
    ],
  });
}
