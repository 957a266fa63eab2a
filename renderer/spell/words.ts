/**
 * The words of a text as the spell check sees them, and the words it never flags.
 *
 * A word is a run of letters (with their combining marks) and digits; anything else (spaces,
 * punctuation, "/", "-") separates words, so "20-KH/UBND" is "20", "KH" and "UBND". Vietnamese is
 * written in syllables, and the dictionary lists syllables: each syllable is a word here.
 *
 * Never flagged: single letters (points "a)", "b)"; initials), words with a digit, all-caps words
 * (abbreviations: UBND, HĐND, CCHC, Roman numerals), the allowlist (allowlist.json: data, not code),
 * and the extra words of the user and of the document (profile names, header names).
 */
import allowlistData from './allowlist.json';

/** One word and where it is: UTF-16 offsets [start, end) in the text. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** The words of `text` with their offsets. */
export function wordsOf(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/**
 * Answers per distinct word, remembered: a plan repeats a few thousand syllables, and the locale
 * case functions are slow enough that folding every word of a 300-page plan again at each render
 * cost about half a second at open. Emptied when it grows past a bound (pasted random text).
 */
function memo<T>(compute: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      if (known.size >= 50_000) known.clear();
      answer = compute(word);
      known.set(word, answer);
    }
    return answer;
  };
}

/** Folds a word for comparison with the allowlist and the user's words (case and composition). */
export const foldWord: (word: string) => string = memo((word) => word.normalize('NFC').toLocaleLowerCase('vi'));

/** Every word of the allowlist data, folded. */
export const ALLOWLIST: ReadonlySet<string> = new Set(
  Object.entries(allowlistData as Record<string, unknown>)
    .filter(([key, value]) => !key.startsWith('$') && Array.isArray(value))
    .flatMap(([, value]) => (value as string[]).map(foldWord)),
);

/** Whether a word is one the spell check never flags, by its shape alone (or the allowlist). */
export const ignoredByShape: (word: string) => boolean = memo((word) => {
  if ([...word].filter((char) => LETTER.test(char)).length <= 1) return true;
  if (DIGIT.test(word)) return true;
  // All capitals: abbreviations (UBND, QĐ) and Roman numerals are everywhere in a plan.
  if (word === word.toLocaleUpperCase('vi') && word !== word.toLocaleLowerCase('vi')) return true;
  return ALLOWLIST.has(foldWord(word));
});

/** The folded words of some texts (names of the agency profile, the user, the document's header). */
export function extraWordsOf(texts: readonly (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) if (text) for (const { word } of wordsOf(text)) out.add(foldWord(word));
  return out;
}
