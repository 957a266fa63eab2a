/** Place-and-date line: "Quảng Trị, ngày 05 tháng 01 năm 2023". */
import type { IssueDate } from '../model/types';

/** The width left for a date part the clerk writes by hand once the document is issued. */
export const BLANK_FIELD = '\u00A0'.repeat(5);

/** Days below 10 take a leading zero: 5 → "05", 29 → "29". */
export function formatDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** Months 1 and 2 take a leading zero; 3 to 12 never do: 1 → "01", 3 → "3", 12 → "12". */
export function formatMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2023"; blank parts stay as space for handwriting. */
export function formatDatePhrase(date: IssueDate): string {
  const day = date.day === null ? BLANK_FIELD : formatDay(date.day);
  const month = date.month === null ? BLANK_FIELD : formatMonth(date.month);
  const year = date.year === null ? BLANK_FIELD : String(date.year);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "Quảng Trị, ngày 05 tháng 01 năm 2023". */
export function formatPlaceAndDate(place: string, date: IssueDate): string {
  const phrase = formatDatePhrase(date);
  return place.trim() ? `${place.trim()}, ${phrase}` : phrase;
}

/** True when the date names a real calendar day (blank parts are allowed). */
export function isPlausibleDate(date: IssueDate): boolean {
  if (date.month !== null && (date.month < 1 || date.month > 12)) return false;
  if (date.day !== null && (date.day < 1 || date.day > 31)) return false;
  if (date.day !== null && date.month !== null) {
    const year = date.year ?? 2000; // a leap year, so 29 February passes while the year is blank
    const daysInMonth = new Date(Date.UTC(year, date.month, 0)).getUTCDate();
    if (date.day > daysInMonth) return false;
  }
  return true;
}
