/** Messages between the page and the spell-check worker (spell.worker.ts). */

export type ToWorker =
  /** Load the dictionary from these URLs (the page's own files). */
  | { type: 'init'; affUrl: string; dicUrl: string }
  /** Which of these words are misspelt. */
  | { type: 'check'; id: number; words: string[] }
  | { type: 'suggest'; id: number; word: string }
  | { type: 'userWords'; words: string[] };

export type FromWorker =
  | { type: 'checked'; id: number; misspelt: string[]; words: string[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  /** The dictionary could not be loaded: nothing is flagged. */
  | { type: 'failed'; message: string };
