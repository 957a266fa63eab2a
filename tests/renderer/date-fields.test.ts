import { describe, expect, it } from 'vitest';
import { displayDatePart, displayNumber, parseRegisterNumber, withDatePart } from '../../renderer/page/date-fields';

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

  it('changes one date part at a time and refuses impossible dates', () => {
    const day31 = withDatePart(blank, 'day', '31');
    expect(day31).toEqual({ day: 31, month: null, year: null });
    expect(withDatePart(day31!, 'month', '2')).toBeUndefined();
    expect(withDatePart(day31!, 'month', '13')).toBeUndefined();
    expect(withDatePart({ day: 29, month: 2, year: null }, 'year', '2023')).toBeUndefined();
    expect(withDatePart({ day: 29, month: 2, year: null }, 'year', '2024')).toEqual({ day: 29, month: 2, year: 2024 });
    expect(withDatePart({ day: 5, month: 1, year: 2023 }, 'day', '')).toEqual({ day: null, month: 1, year: 2023 });
    expect(withDatePart(blank, 'year', '20')).toBeUndefined();
  });

  it('shows date parts as the printed line writes them', () => {
    const date = { day: 5, month: 1, year: 2023 };
    expect(['day', 'month', 'year'].map((part) => displayDatePart(date, part as 'day'))).toEqual(['05', '01', '2023']);
    expect(displayDatePart({ day: 29, month: 6, year: 2019 }, 'month')).toBe('6');
    expect(displayDatePart(blank, 'day')).toBe('');
  });
});
