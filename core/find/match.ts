/**
 * Text matching for find and replace (Tìm và thay thế), pure: no DOM.
 *
 * Both the text and the query are taken as NFC (whatever form they arrive in); offsets returned
 * are UTF-16 offsets in the NFC text, as the model stores it. Options:
 *   matchCase        — "Ủy" does not find "ỦY" (off: case is ignored);
 *   wholeWord        — the match is not part of a longer word (letters with their marks, digits);
 *   ignoreDiacritics — "cai cach" finds "cải cách", "d" finds "đ" (off, the default: tones and
 *                      marks count, "cai" does not find "cải"). Case still follows matchCase.
 * Matches do not overlap: the search goes on after each match.
 */
import { isWordChar } from '../review/tokens';

export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
  ignoreDiacritics: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, wholeWord: false, ignoreDiacritics: false };

/** [start, end) in the NFC text. */
export interface TextMatch {
  start: number;
  end: number;
}

const COMBINING = /\p{M}/u;

/** One character folded for comparison (its diacritics dropped, đ taken as d, lower-cased), as code units. */
function foldChar(char: string, options: FindOptions): string {
  let out = char;
  if (options.ignoreDiacritics) {
    out = [...out.normalize('NFD')].filter((part) => !COMBINING.test(part)).join('');
    out = out.replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }
  return options.matchCase ? out : out.toLowerCase();
}

interface Folded {
  text: string;
  /** For each folded code unit, the index in the original of the character it came from. */
  origin: number[];
  /** For each folded code unit, whether it starts its original character's folding. */
  first: boolean[];
}

function fold(text: string, options: FindOptions): Folded {
  const origin: number[] = [];
  const first: boolean[] = [];
  let out = '';
  let index = 0;
  let start = 0;
  for (const char of text) {
    // A combining mark left over in NFC text (no precomposed form) belongs to the letter before it:
    // no match starts or ends between them.
    const attached = index > 0 && COMBINING.test(char);
    if (!attached) start = index;
    const piece = foldChar(char, options);
    for (let i = 0; i < piece.length; i++) {
      origin.push(start);
      first.push(i === 0 && !attached);
    }
    out += piece;
    index += char.length;
  }
  return { text: out, origin, first };
}

/** The query as it is compared: NFC, folded by the options. */
export function foldQuery(query: string, options: FindOptions): string {
  return fold(query.normalize('NFC'), options).text;
}

/** Every match of `query` in `text` (both read as NFC), in order. An empty query matches nothing. */
export function findInText(text: string, query: string, options: FindOptions): TextMatch[] {
  const needle = foldQuery(query, options);
  if (needle.length === 0) return [];
  const source = text.normalize('NFC');
  const folded = fold(source, options);
  const out: TextMatch[] = [];
  let from = 0;
  while (from <= folded.text.length - needle.length) {
    const at = folded.text.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    // The match must cover whole original characters: it starts where one starts and ends where one ends.
    const startsClean = folded.first[at];
    const endsClean = last + 1 === folded.text.length || folded.first[last + 1];
    if (startsClean && endsClean) {
      const start = folded.origin[at];
      const end = last + 1 === folded.text.length ? source.length : folded.origin[last + 1];
      if (!options.wholeWord || isWholeWord(source, start, end)) {
        out.push({ start, end });
        from = last + 1;
        continue;
      }
    }
    from = at + 1;
  }
  return out;
}

/** The character (code point) ending just before `index`, or starting at it. */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index > 1 ? text.slice(index - 2, index) : text[index - 1];
}

function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** No word goes on past either edge (a query edge that is not a letter or digit needs none). */
function isWholeWord(text: string, start: number, end: number): boolean {
  const edgeBefore = !isWordChar(charAt(text, start)) || !isWordChar(charBefore(text, start));
  const edgeAfter = !isWordChar(charBefore(text, end)) || !isWordChar(charAt(text, end));
  return edgeBefore && edgeAfter;
}
