/**
 * Vietnamese-aware tokens for word diffs: a syllable with its diacritics is one token
 * ("Nghị quyết" → "Nghị", " ", "quyết"), every punctuation mark is its own token and whitespace
 * runs are kept, so joining the tokens gives back the (NFC) text exactly.
 */

// Letters with their combining marks and digits form a word; whitespace runs stay whole; anything
// else (punctuation, symbols) is one code point per token.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

export function tokenize(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

export const isWhitespace = (token: string): boolean => /^\s+$/u.test(token);

/** Whether a character belongs to a word (a letter, one of its combining marks, a digit), as TOKEN groups them. */
export const isWordChar = (char: string | undefined): boolean => char !== undefined && /^[\p{L}\p{M}\p{N}]$/u.test(char);
