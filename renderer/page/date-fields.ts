/** Parsing the header's number and date fields as the clerk types them (digits only; blank allowed). */
import type { IssueDate } from '../../core/model/types';
import { formatDay, formatMonth, isPlausibleDate } from '../../core/format/date';
import { formatRegisterNumber } from '../../core/format/number-code';

export type DatePart = 'day' | 'month' | 'year';

/** Digits of what was typed; "" stays blank. */
export function digitsOnly(text: string): string {
  return text.replace(/\D+/g, '');
}

/** A register number: blank → null, a positive integer, or undefined when not acceptable. */
export function parseRegisterNumber(text: string): number | null | undefined {
  const digits = digitsOnly(text);
  if (!digits) return null;
  const value = Number.parseInt(digits, 10);
  return value >= 1 && value <= 999_999 ? value : undefined;
}

const LIMITS: Record<DatePart, [number, number]> = { day: [1, 31], month: [1, 12], year: [1945, 9999] };

/** What the clerk typed in the three date fields, digits only ("" = blank). */
export type TypedDate = Record<DatePart, string>;

/** Why typed date parts are not a date: a part out of its range, or a day the month does not have. */
export type DateProblem =
  | { kind: 'range'; part: DatePart; min: number; max: number }
  /** A year of fewer than four digits: not wrong while the clerk is still typing it. */
  | { kind: 'year-incomplete' }
  | { kind: 'day-in-month'; day: number; month: number; year: number | null; days: number };

/** The date the typed parts make, or what is wrong with them (so the field can say it and keep the text). */
export function readTypedDate(typed: TypedDate): { date: IssueDate } | { problem: DateProblem } {
  const values = {} as Record<DatePart, number | null>;
  for (const part of ['day', 'month', 'year'] as const) {
    const digits = digitsOnly(typed[part]);
    const value = digits ? Number.parseInt(digits, 10) : null;
    const [min, max] = LIMITS[part];
    if (part === 'year' && digits && digits.length < 4) return { problem: { kind: 'year-incomplete' } };
    if (value !== null && (value < min || value > max)) return { problem: { kind: 'range', part, min, max } };
    values[part] = value;
  }
  const date: IssueDate = { day: values.day, month: values.month, year: values.year };
  if (!isPlausibleDate(date) && date.day !== null && date.month !== null) {
    const days = new Date(Date.UTC(date.year ?? 2000, date.month, 0)).getUTCDate();
    return { problem: { kind: 'day-in-month', day: date.day, month: date.month, year: date.year, days } };
  }
  return { date };
}

/** The document's date as the three fields show it. */
export function typedFromDate(date: IssueDate): TypedDate {
  return { day: displayDatePart(date, 'day'), month: displayDatePart(date, 'month'), year: displayDatePart(date, 'year') };
}

export function sameDate(a: IssueDate, b: IssueDate): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

/** A date part as the printed line writes it: "05", "01", "6", "2025"; "" when blank. */
export function displayDatePart(date: IssueDate, part: DatePart): string {
  const value = date[part];
  if (value === null) return '';
  if (part === 'day') return formatDay(value);
  if (part === 'month') return formatMonth(value);
  return String(value);
}

export function displayNumber(number: number | null): string {
  return number === null ? '' : formatRegisterNumber(number, 'state');
}
