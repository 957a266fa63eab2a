/**
 * Typed list markers at the start of a line: "I." … (Roman), "1.", "a)" … "đ)" (Vietnamese
 * letters), "-", "+", "•". Shared by the typing shortcuts and by paste.
 */
import type { FlatTextKind } from '../../core/model/flat-body';

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Vietnamese point letters (no f, j, w, z).
const POINT_LETTER = /^[abcdđeghiklmnopqrstuvxy]$/;

/** The kind a marker stands for, or null when the string is not a marker. */
export function kindOfMarker(marker: string): FlatTextKind | null {
  if (marker === '-' || marker === '–' || marker === '•' || marker === '·') return 'dash';
  if (marker === '+') return 'plus';
  const dotted = /^(.+)\.$/.exec(marker);
  if (dotted) {
    const body = dotted[1];
    if (/^\d{1,3}$/.test(body)) return 'clause';
    if (ROMAN.test(body)) return 'section';
    return null;
  }
  const paren = /^(.)\)$/.exec(marker);
  if (paren && POINT_LETTER.test(paren[1])) return 'point';
  return null;
}

export interface LeadingMarker {
  kind: FlatTextKind;
  /** Characters the marker and the whitespace after it take at the start of the line. */
  length: number;
}

const LEADING = /^(\S{1,8})[ \t\u00a0]+/;

/** A marker followed by whitespace at the start of a line ("1. Mục tiêu" → clause, 3). */
export function leadingMarker(line: string): LeadingMarker | null {
  const match = LEADING.exec(line);
  if (!match) return null;
  const kind = kindOfMarker(match[1]);
  return kind ? { kind, length: match[0].length } : null;
}
