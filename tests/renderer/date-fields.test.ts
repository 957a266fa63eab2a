import { describe, expect, it } from 'vitest';
import { displayDatePart, displayNumber, parseRegisterNumber, readTypedDate, typedFromDate } from '../../renderer/page/date-fields';

const blank = { day: null, month: null, year: null };

describe('number and date fields', () => {
  it('accepts digits only for the register number, blank allowed', () => {
    expect(parseRegisterNumber('')).toBeNull();
    expect(parseRegisterNumber('05')).toBe(5);
    expect(parseRegisterNumber('12a')).toBe(12);
    expect(parseRegisterNumber('0')).toBeUndefined();
    expect(displayNumber(5)).toBe('05');
    expect(displayNumber(null)).toBe('');
  });

  it('reads the three typed parts as one date, or says what is wrong with them', () => {
    expect(readTypedDate({ day: '31', month: '', year: '' })).toEqual({ date: { day: 31, month: null, year: null } });
    // Day 31, then month 2: the month is not lost, the problem is named with both parts.
    expect(readTypedDate({ day: '31', month: '2', year: '2026' })).toEqual({ problem: { kind: 'day-in-month', day: 31, month: 2, year: 2026, days: 28 } });
    expect(readTypedDate({ day: '31', month: '13', year: '' })).toEqual({ problem: { kind: 'range', part: 'month', min: 1, max: 12 } });
    expect(readTypedDate({ day: '00', month: '', year: '' })).toEqual({ problem: { kind: 'range', part: 'day', min: 1, max: 31 } });
    expect(readTypedDate({ day: '29', month: '2', year: '2023' })).toMatchObject({ problem: { kind: 'day-in-month', days: 28 } });
    expect(readTypedDate({ day: '29', month: '02', year: '2024' })).toEqual({ date: { day: 29, month: 2, year: 2024 } });
    // While the year is blank, 29 February is allowed (a leap year may follow).
    expect(readTypedDate({ day: '29', month: '2', year: '' })).toEqual({ date: { day: 29, month: 2, year: null } });
    expect(readTypedDate({ day: '', month: '01', year: '2023' })).toEqual({ date: { day: null, month: 1, year: 2023 } });
    expect(readTypedDate({ day: '', month: '', year: '20' })).toEqual({ problem: { kind: 'year-incomplete' } });
    expect(readTypedDate({ day: '', month: '', year: '1900' })).toEqual({ problem: { kind: 'range', part: 'year', min: 1945, max: 9999 } });
    expect(typedFromDate({ day: 5, month: 1, year: 2023 })).toEqual({ day: '05', month: '01', year: '2023' });
  });

  it('shows date parts as the printed line writes them', () => {
    const date = { day: 5, month: 1, year: 2023 };
    expect(['day', 'month', 'year'].map((part) => displayDatePart(date, part as 'day'))).toEqual(['05', '01', '2023']);
    expect(displayDatePart({ day: 29, month: 6, year: 2019 }, 'month')).toBe('6');
    expect(displayDatePart(blank, 'day')).toBe('');
  });
});
