/**
 * The forms real plans give an appendix's opening lines, shared by the importer and the checker.
 *
 * Headings: "PHỤ LỤC", "Phụ lục", "PHỤ LỤC I", "Phụ lục số 01", "Phụ lục 2", each optionally
 * followed by its title after a separator ("PHỤ LỤC I: DANH MỤC …", "Phụ lục 01 - Dự toán …").
 * Reference lines: "(Kèm theo Kế hoạch số 05/KH-UBND ngày … của …)",
 * "(Ban hành kèm theo Kế hoạch số …)", "(Kèm theo Công văn số …)".
 * A sentence that merely starts with the words ("Phụ lục này gồm …") is not a heading.
 */
import { romanValue } from '../numbering/numbering';

export interface AppendixHeading {
  /** The numeral as written ("I", "01", "2"), or null for an unnumbered heading. */
  numeral: string | null;
  /** 1-based value of the numeral (Roman or Arabic), or null. */
  value: number | null;
  /** The title written on the heading line after its separator, or ''. */
  title: string;
}

export interface AppendixReference {
  /** The words inside the brackets after "kèm theo" ("Kế hoạch số 05/KH-UBND ngày … của …"). */
  inner: string;
  /** "Ban hành kèm theo" (true) or plain "Kèm theo" (false). */
  issuedWith: boolean;
  /** The document named: its type words before "số" ("Kế hoạch", "Công văn"), or ''. */
  documentType: string;
  /** The number written after "số", or ''. */
  number: string;
  /** The agency after the last "của", or ''. */
  issuer: string;
}

const HEADING = /^\s*(PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:(?:SỐ|số|Số)\s*)?([IVXLC]+|\d{1,3})(?![\p{L}\p{N}]))?\s*(?:([:.\-–—])\s*(.*))?$/u;
const REFERENCE = /^\s*\(\s*(Ban\s+hành\s+)?kèm\s+theo\s+(.*?)\s*\)\s*$/iu;

/** The heading of an appendix, or null when the line is not one. */
export function parseAppendixHeading(text: string): AppendixHeading | null {
  const line = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const match = HEADING.exec(line);
  if (!match) return null;
  const [, , numeral = null, separator, rest = ''] = match;
  // "Phụ lục." alone, or a separator followed by a title; anything else after the words is a sentence.
  if (separator === undefined && line.length > match[0].length) return null;
  const title = rest.trim();
  // "Phụ lục: xem …" in running text: a title in lower case is a sentence, not a heading.
  if (title && /^\p{Ll}/u.test(title)) return null;
  let value: number | null = null;
  if (numeral) value = /^\d+$/u.test(numeral) ? Number(numeral) : romanValue(numeral);
  return { numeral, value, title };
}

/** True when the line opens an appendix. */
export function isAppendixHeading(text: string): boolean {
  return parseAppendixHeading(text) !== null;
}

/** The reference line under an appendix heading, or null when the line is not one. */
export function parseAppendixReference(text: string): AppendixReference | null {
  const line = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const match = REFERENCE.exec(line);
  if (!match) return null;
  const inner = match[2];
  const typed = /^(.*?)\s+số(?!\p{L})\s*:?\s*(\S*)/iu.exec(inner);
  const of = /\bcủa\s+(.+?)\s*$/u.exec(inner);
  return {
    inner,
    issuedWith: Boolean(match[1]),
    documentType: typed ? typed[1].trim() : '',
    number: typed ? typed[2].trim() : '',
    issuer: of ? of[1].trim() : '',
  };
}

/** True when the line is an appendix's reference line. */
export function isAppendixReference(text: string): boolean {
  return parseAppendixReference(text) !== null;
}
