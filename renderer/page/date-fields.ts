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

/** The date with one part changed, or undefined when that would not be a real date. */
export function withDatePart(date: IssueDate, part: DatePart, text: string): IssueDate | undefined {
  const digits = digitsOnly(text);
  const value = digits ? Number.parseInt(digits, 10) : null;
  if (value !== null) {
    const [min, max] = LIMITS[part];
    if (value < min || value > max) return undefined;
  }
  const next = { ...date, [part]: value };
  return isPlausibleDate(next) ? next : undefined;
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
