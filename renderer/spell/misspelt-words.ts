/**
 * The misspelt words of a plain text (a header field, a table cell): the same rules as the body's
 * squiggles (spell-decorations.ts): words by their shape, the user's and the document's names and
 * the ignored words are never flagged, the word being typed (the caret in it or at its end) not
 * until the caret leaves it. Words the worker has not answered yet are asked about (their answer
 * comes through SpellClient.subscribe) and not flagged meanwhile.
 */
import type { SpellClient } from './spell-client';
import type { SpellingSource } from './spelling-source';
import { ignoredByShape, wordsOf, type WordSpan } from './words';

export function misspeltWords(text: string, client: SpellClient, source: SpellingSource, typing: number | null): WordSpan[] {
  if (!source.enabled) return [];
  const out: WordSpan[] = [];
  for (const span of wordsOf(text)) {
    if (ignoredByShape(span.word) || source.accepts(span.word)) continue;
    if (client.misspelt(span.word) !== true) continue;
    if (typing !== null && typing >= span.start && typing <= span.end) continue;
    out.push(span);
  }
  return out;
}
