import { describe, expect, it } from 'vitest';
import type { ReviewActor, StepEntry, VanBanDocument } from '../../core/model/types';
import { moveDocument, saveVersion, type WorkflowResult } from '../../core/review/workflow';
import { CURRENT, defaultCompareSides, orderSides } from '../../renderer/review/compare-sides';
import { cleanName, deriveInitials } from '../../renderer/review/initials';
import { formatIssueDate, parseIssueDate, parseRegisterNumber } from '../../renderer/review/issue-date';
import { versionLabel, versionName } from '../../renderer/review/version-label';
import { makePlan } from '../fixtures/documents';

const drafter: ReviewActor = { name: 'Nguyễn Văn An', initials: 'NVA', role: 'drafter' };
const reviewer: ReviewActor = { name: 'Trần Thị Bình', initials: 'TTB', role: 'reviewer' };
const T = (hour: number): string => `2026-01-05T${String(hour).padStart(2, '0')}:00:00+07:00`;

const step = (from: StepEntry['from'], to: StepEntry['to'], who: ReviewActor = drafter): StepEntry => ({ who, when: T(8), from, to, note: '' });

/** A translator that shows the key and its values, to check which message is asked for. */
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

function ok(result: WorkflowResult): VanBanDocument {
  if (!result.ok) throw result.error;
  return result.document;
}

describe('initials from a Vietnamese name', () => {
  it('takes the first letter of each word, upper case, without its tone mark', () => {
    expect(deriveInitials('Nguyễn Văn An')).toBe('NVA');
    expect(deriveInitials('Đỗ Thị Hà')).toBe('ĐTH');
    expect(deriveInitials('ông ích khiêm')).toBe('ÔIK');
    expect(deriveInitials('Ấu Ước Ẩn Ặng')).toBe('ÂƯÂĂ');
    expect(deriveInitials('  Trần   Thị  Bình ')).toBe('TTB');
  });

  it('works on decomposed (NFD) input and gives NFC', () => {
    const nfd = 'Ấu Ước'.normalize('NFD');
    expect(deriveInitials(nfd)).toBe('ÂƯ');
    expect(deriveInitials(nfd)).toBe(deriveInitials(nfd).normalize('NFC'));
  });

  it('skips punctuation and stays within the profile limit', () => {
    expect(deriveInitials('Nguyễn-Văn (An)')).toBe('NVA');
    expect(deriveInitials('')).toBe('');
    expect(deriveInitials('a b c d e f g h i j k l').length).toBe(10);
  });

  it('cleans a name: NFC, one space between words', () => {
    expect(cleanName('  Nguyễn   Văn An ')).toBe('Nguyễn Văn An');
    expect(cleanName('Lê'.normalize('NFD'))).toBe('Lê');
  });
});

describe('version labels', () => {
  const log: StepEntry[] = [
    step('draft', 'submitted'),
    step('submitted', 'returned', reviewer),
    step('returned', 'submitted'),
    step('submitted', 'approved', reviewer),
    step('approved', 'issued', { name: 'Lê Văn Cường', initials: 'LVC', role: 'clerk' }),
  ];

  it('names a step snapshot from its log entry, counting submissions', () => {
    expect(versionName({ label: '', step: 0 }, log)).toEqual({ kind: 'submit', count: 1 });
    expect(versionName({ label: '', step: 1 }, log)).toEqual({ kind: 'return' });
    expect(versionName({ label: '', step: 2 }, log)).toEqual({ kind: 'submit', count: 2 });
    expect(versionName({ label: '', step: 3 }, log)).toEqual({ kind: 'approve' });
    expect(versionName({ label: '', step: 4 }, log)).toEqual({ kind: 'issue' });
  });

  it('shows what the user typed for an on-demand version', () => {
    expect(versionName({ label: '  Bản sửa theo ý kiến phòng ' }, log)).toEqual({ kind: 'typed', text: 'Bản sửa theo ý kiến phòng' });
    expect(versionLabel({ label: 'Bản nháp đầu' }, log, t)).toBe('Bản nháp đầu');
  });

  it('asks for the translated message with the submission count', () => {
    expect(versionLabel({ label: '', step: 2 }, log, t)).toBe('review:version.submit {"n":2}');
    expect(versionLabel({ label: '', step: 3 }, log, t)).toBe('review:version.approve');
  });

  it('a step snapshot whose log entry is missing is unnamed, not an error', () => {
    expect(versionName({ label: '', step: 9 }, log)).toEqual({ kind: 'unnamed' });
    expect(versionName({ label: '' }, log)).toEqual({ kind: 'unnamed' });
  });
});

describe('issue date and number as typed by the clerk', () => {
  it('reads day/month/year with slashes, dots or dashes', () => {
    expect(parseIssueDate('05/01/2026')).toEqual({ day: 5, month: 1, year: 2026 });
    expect(parseIssueDate('5.1.2026')).toEqual({ day: 5, month: 1, year: 2026 });
    expect(parseIssueDate(' 29-02-2028 ')).toEqual({ day: 29, month: 2, year: 2028 });
  });

  it('refuses days that do not exist and other text', () => {
    expect(parseIssueDate('29/02/2026')).toBeNull();
    expect(parseIssueDate('31/04/2026')).toBeNull();
    expect(parseIssueDate('2026-01-05')).toBeNull();
    expect(parseIssueDate('05/13/2026')).toBeNull();
    expect(parseIssueDate('')).toBeNull();
  });

  it('writes dates with two-digit day and month', () => {
    expect(formatIssueDate({ day: 5, month: 1, year: 2026 })).toBe('05/01/2026');
  });

  it('takes positive whole numbers only', () => {
    expect(parseRegisterNumber(' 12 ')).toBe(12);
    expect(parseRegisterNumber('0')).toBeNull();
    expect(parseRegisterNumber('-3')).toBeNull();
    expect(parseRegisterNumber('1.5')).toBeNull();
    expect(parseRegisterNumber('')).toBeNull();
  });
});

describe('compare sides', () => {
  it('puts the older version first and the current document last', async () => {
    let doc = makePlan();
    doc = await saveVersion(doc, 'Một', drafter, T(8));
    doc = await saveVersion(doc, 'Hai', drafter, T(9));
    const [first, second] = doc.review.versions.map((version) => version.id);
    expect(orderSides(doc.review, second, first)).toEqual([first, second]);
    expect(orderSides(doc.review, CURRENT, first)).toEqual([first, CURRENT]);
  });

  it('opens on the version the reviewer last decided on, else the latest one', async () => {
    let doc = makePlan();
    expect(defaultCompareSides(doc, reviewer)).toEqual([CURRENT, CURRENT]);
    doc = ok(await moveDocument(doc, 'submit', drafter, T(8)));
    expect(defaultCompareSides(doc, reviewer)).toEqual([doc.review.versions[0].id, CURRENT]);
    doc = ok(await moveDocument(doc, 'return', reviewer, T(9), 'Sửa khoản 2'));
    const returned = doc.review.versions[1].id;
    doc = ok(await moveDocument(doc, 'submit', drafter, T(10)));
    expect(defaultCompareSides(doc, reviewer)).toEqual([returned, CURRENT]);
    expect(defaultCompareSides(doc, drafter)).toEqual([doc.review.versions[2].id, CURRENT]);
  });
});
