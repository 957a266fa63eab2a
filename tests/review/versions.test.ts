import { describe, expect, it } from 'vitest';
import { contentHash } from '../../core/review/content-hash';
import { findLastReviewedBy, snapshot, type Version } from '../../core/review/versions';
import type { ReviewActor, StepEntry } from '../../core/review/steps';
import { makePlan } from '../fixtures/documents';

const drafter: ReviewActor = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' };
const reviewer: ReviewActor = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' };
const other: ReviewActor = { name: 'Phạm Văn E', initials: 'PVE', role: 'reviewer' };

const step = (who: ReviewActor, when: string, from: StepEntry['from'], to: StepEntry['to']): StepEntry => ({ who, when, from, to, note: '' });

/** submit (0), NTB returns (1), submit (2), PVE returns (3), submit (4). */
const LOG: StepEntry[] = [
  step(drafter, '2026-01-05T08:00:00+07:00', 'draft', 'submitted'),
  step(reviewer, '2026-01-05T10:00:00+07:00', 'submitted', 'returned'),
  step(drafter, '2026-01-06T08:00:00+07:00', 'returned', 'submitted'),
  step(other, '2026-01-06T10:00:00+07:00', 'submitted', 'returned'),
  step(drafter, '2026-01-07T08:00:00+07:00', 'returned', 'submitted'),
];

const version = (id: string, createdAt: string, step?: number): Version => ({
  id, label: id, createdAt, author: drafter, hash: '', document: makePlan(), ...(step !== undefined ? { step } : {}),
});

describe('snapshot', () => {
  it('a document + meta → a version with the content hash and a deep copy', async () => {
    const doc = makePlan();
    const v = await snapshot(doc, { id: 'v1', label: 'Trình duyệt lần 1', createdAt: '2026-01-05T08:00:00+07:00', author: drafter, step: 0 });
    expect({ ...v, document: undefined }).toEqual({
      id: 'v1', label: 'Trình duyệt lần 1', createdAt: '2026-01-05T08:00:00+07:00',
      author: { name: 'Trần Văn C', initials: 'TVC' }, step: 0, hash: await contentHash(doc), document: undefined,
    });
    doc.summary = 'Đã sửa sau khi chụp';
    expect(v.document.summary).toBe('Chuyển đổi số tỉnh Quảng Trị năm 2023');
  });

  it('an on-demand snapshot has no step and a fresh id', async () => {
    const v = await snapshot(makePlan(), { label: 'Bản lưu tay', createdAt: '2026-01-05T09:00:00+07:00', author: drafter });
    expect('step' in v).toBe(false);
    expect(v.id).toMatch(/^[a-z0-9]+$/);
  });
});

describe('findLastReviewedBy', () => {
  it('the snapshot taken at the reviewer\'s last return', () => {
    const versions = [version('a', '2026-01-05T08:00:00+07:00', 0), version('b', '2026-01-05T10:00:00+07:00', 1), version('c', '2026-01-06T08:00:00+07:00', 2)];
    expect(findLastReviewedBy(versions, LOG, 'Nguyễn Thị B')?.id).toBe('b');
  });

  it('without a snapshot at the decision: the last one before it (the submitted version)', () => {
    const versions = [version('a', '2026-01-05T08:00:00+07:00', 0), version('c', '2026-01-06T08:00:00+07:00', 2), version('d', '2026-01-07T08:00:00+07:00', 4)];
    expect(findLastReviewedBy(versions, LOG, 'Nguyễn Thị B')?.id).toBe('a');
    expect(findLastReviewedBy(versions, LOG, 'Phạm Văn E')?.id).toBe('c');
  });

  it('on-demand snapshots count by time; the name matches in NFD too', () => {
    const versions = [version('manual-1', '2026-01-05T09:00:00+07:00'), version('manual-2', '2026-01-05T11:00:00+07:00')];
    expect(findLastReviewedBy(versions, LOG, 'Nguyễn Thị B'.normalize('NFD'))?.id).toBe('manual-1');
  });

  it('a reviewer who never decided → null', () => {
    expect(findLastReviewedBy([version('a', '2026-01-05T08:00:00+07:00', 0)], LOG, 'Lê Thị D')).toBeNull();
  });
});
