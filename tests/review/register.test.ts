import { describe, expect, it } from 'vitest';
import { isNumberUsed, nextNumber, recordIssue, type Register, type RegisterEntry } from '../../core/review/register';

const entry = (year: number, number: number, kind = 'ke-hoach'): RegisterEntry => ({
  year, number, kind, path: `/van-ban/${year}/${number}.docx`, issuedAt: `${year}-03-01T09:00:00+07:00`,
});

const REGISTER: Register = { agencyCode: 'UBND', entries: [entry(2025, 1), entry(2025, 2, 'cong-van'), entry(2026, 1)] };

describe('outgoing document register', () => {
  it('isNumberUsed: by year and number', () => {
    expect([isNumberUsed(REGISTER, 2025, 2), isNumberUsed(REGISTER, 2026, 2), isNumberUsed(REGISTER, 2024, 1)]).toEqual([true, false, false]);
  });

  it('nextNumber: one past the highest of that year; 1 in a new year', () => {
    expect([nextNumber(REGISTER, 2025), nextNumber(REGISTER, 2026), nextNumber(REGISTER, 2027)]).toEqual([3, 2, 1]);
  });

  it('recordIssue: a free number → a new register with the entry appended; the input is unchanged', () => {
    const result = recordIssue(REGISTER, entry(2026, 2));
    expect(result).toEqual({ ok: true, register: { agencyCode: 'UBND', entries: [...REGISTER.entries, entry(2026, 2)] } });
    expect(REGISTER.entries).toHaveLength(3);
  });

  it('recordIssue: a number already used that year → number-used; the same number in another year is fine', () => {
    const used = recordIssue(REGISTER, entry(2025, 2));
    expect(used.ok ? null : [used.error.code, used.error.params]).toEqual(['number-used', { year: 2025, number: 2 }]);
    expect(recordIssue(REGISTER, entry(2027, 2)).ok).toBe(true);
  });

  it('recordIssue: 0, negative or fractional numbers → bad-number', () => {
    const codes = [0, -3, 2.5].map((number) => recordIssue(REGISTER, entry(2026, number))).map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes).toEqual(['bad-number', 'bad-number', 'bad-number']);
  });
});
