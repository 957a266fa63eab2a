/**
 * The Vietnamese checker: nspell (Hunspell-compatible) over the dictionary-vi syllable list,
 * taking either tone placement in oa / oe / uy (hoà / hòa), plus the words the user added.
 * Pure: no DOM, no worker; spell.worker.ts runs it off the main thread, the unit tests in Node.
 */
import nspell from 'nspell';
import { orderedSuggestions, type WordChecker } from './suggest';
import { otherTonePlacement } from './tone-placement';
import { foldWord } from './words';

export interface SpellChecker {
  /** Whether the dictionary (or the user) knows the word. */
  correct(word: string): boolean;
  /** Suggestions, the likeliest first (suggest.ts). */
  suggestions(word: string): string[];
  /** The user's added words (replaces the previous list). */
  setUserWords(words: readonly string[]): void;
}

export function createSpellChecker(aff: string, dic: string): SpellChecker {
  const engine = nspell({ aff, dic });
  let userWords = new Set<string>();
  const knows = (word: string): boolean => {
    if (userWords.has(foldWord(word))) return true;
    if (engine.correct(word)) return true;
    const other = otherTonePlacement(word);
    return other !== null && engine.correct(other);
  };
  const checker: WordChecker = {
    correct: knows,
    suggest: (word) => engine.suggest(word),
  };
  return {
    correct: (word) => knows(word.normalize('NFC')),
    suggestions: (word) => orderedSuggestions(word.normalize('NFC'), checker),
    setUserWords(words) {
      userWords = new Set(words.map(foldWord));
    },
  };
}
