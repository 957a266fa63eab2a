/** The issue date as the records clerk types it: day/month/year ("05/01/2026"). */
import type { IssueDate } from '../../core/model/types';
import { isPlausibleDate } from '../../core/format/date';

export function formatIssueDate(date: { day: number; month: number; year: number }): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

/** Today in the clerk's time zone. */
export function today(now = new Date()): { day: number; month: number; year: number } {
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}

/** "5/1/2026", "05/01/2026", "05-01-2026", "05.01.2026" → the date; null when it is not a real day. */
export function parseIssueDate(text: string): (IssueDate & { day: number; month: number; year: number }) | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  if (date.year < 1945 || date.year > 9999 || date.day < 1 || date.month < 1) return null;
  return isPlausibleDate(date) ? date : null;
}

/** A register number typed by the clerk: a positive whole number, else null. */
export function parseRegisterNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 ? value : null;
}
