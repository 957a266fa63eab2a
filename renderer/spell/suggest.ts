/**
 * Suggestions for a misspelt syllable, the likeliest first: the spellings Vietnamese writers
 * confuse most (initials s/x, ch/tr, d/gi/r, l/n; the hỏi/ngã tone; finals n/ng, c/t) that the
 * dictionary knows, then the checker's own suggestions. The word's capitalisation is kept.
 */

/** What the suggestions need of a checker. */
export interface WordChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** At most this many suggestions are shown. */
export const MAX_SUGGESTIONS = 8;

/** Initials that are confused with each other, in the order their swaps are offered. */
const INITIAL_GROUPS: readonly (readonly string[])[] = [
  ['s', 'x'],
  ['ch', 'tr'],
  ['d', 'gi', 'r'],
  ['l', 'n'],
];

const I_VOWEL = /^[iìíỉĩị]/u;
const VOWEL = /^[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]/u;

/** The word's initial consonant among the confusable ones, and the rest; null when it has none. */
function splitInitial(word: string): { initial: string; rest: string } | null {
  if (word.startsWith('gi') && VOWEL.test(word.slice(2))) return { initial: 'gi', rest: word.slice(2) };
  // "gì", "gìn": the i of gi carries the tone.
  if (word.startsWith('g') && I_VOWEL.test(word.slice(1))) return { initial: 'gi', rest: word.slice(1) };
  if (word.startsWith('ch') || word.startsWith('tr')) return { initial: word.slice(0, 2), rest: word.slice(2) };
  // nh, ng, ngh are other initials.
  if (/^n[gh]/u.test(word)) return null;
  const first = word[0];
  if ('sxdrln'.includes(first) && VOWEL.test(word.slice(1))) return { initial: first, rest: word.slice(1) };
  return null;
}

/** gi + a rest that starts with i drops its own i ("d" + "ì" → "gì"). */
function joinInitial(initial: string, rest: string): string {
  return initial === 'gi' && I_VOWEL.test(rest) ? `g${rest}` : initial + rest;
}

/** The word with each confusable initial swapped for the others of its group. */
export function initialSwaps(word: string): string[] {
  const split = splitInitial(word);
  if (!split) return [];
  const group = INITIAL_GROUPS.find((members) => members.includes(split.initial));
  return group ? group.filter((other) => other !== split.initial).map((other) => joinInitial(other, split.rest)) : [];
}

/** hỏi ↔ ngã: the tone most often confused in writing. */
export function toneSwaps(word: string): string[] {
  const decomposed = word.normalize('NFD');
  if (decomposed.includes('\u0309')) return [decomposed.replace('\u0309', '\u0303').normalize('NFC')];
  if (decomposed.includes('\u0303')) return [decomposed.replace('\u0303', '\u0309').normalize('NFC')];
  return [];
}

/** Finals n ↔ ng and c ↔ t (not ch / nh). */
export function finalSwaps(word: string): string[] {
  if (word.endsWith('ng')) return [word.slice(0, -1)];
  if (/[^gh]n$/u.test(word) || word === 'n') return [`${word}g`];
  if (/[^h]c$/u.test(word)) return [`${word.slice(0, -1)}t`];
  if (/t$/u.test(word) && !word.endsWith('th')) return [`${word.slice(0, -1)}c`];
  return [];
}

/** The confusion fixes to try, likeliest first (every single swap, then initial + tone together). */
export function confusionCandidates(word: string): string[] {
  const out = [...initialSwaps(word), ...toneSwaps(word)];
  for (const swapped of initialSwaps(word)) out.push(...toneSwaps(swapped));
  out.push(...finalSwaps(word));
  return [...new Set(out)].filter((candidate) => candidate !== word);
}

type Casing = 'lower' | 'capitalised' | 'upper';

function casingOf(word: string): Casing {
  const lower = word.toLocaleLowerCase('vi');
  if (word === lower) return 'lower';
  if (word === word.toLocaleUpperCase('vi') && [...word].length > 1) return 'upper';
  return 'capitalised';
}

function applyCasing(word: string, casing: Casing): string {
  if (casing === 'upper') return word.toLocaleUpperCase('vi');
  if (casing === 'capitalised') return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
  return word;
}

/** The suggestions for `word` (NFC), likeliest first, without repeats, at most MAX_SUGGESTIONS. */
export function orderedSuggestions(word: string, checker: WordChecker): string[] {
  const casing = casingOf(word);
  const lower = word.toLocaleLowerCase('vi');
  const fixes = confusionCandidates(lower).filter((candidate) => checker.correct(candidate));
  // The checker's suggestions in lower case when that is a word too ("Ra" for "rữ" is the name).
  const others = checker.suggest(lower).map((suggestion) => {
    const folded = suggestion.toLocaleLowerCase('vi');
    return folded !== suggestion && checker.correct(folded) ? folded : suggestion;
  });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const candidate of [...fixes, ...others]) {
    const shaped = candidate === candidate.toLocaleLowerCase('vi') ? applyCasing(candidate.normalize('NFC'), casing) : candidate.normalize('NFC');
    if (shaped === word || seen.has(shaped)) continue;
    seen.add(shaped);
    out.push(shaped);
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}
