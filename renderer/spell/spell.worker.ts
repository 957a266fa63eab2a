/**
 * The spell-check worker: loads the dictionary (dist/renderer/dictionaries/vi, fetched from the
 * page's own origin) and answers checks and suggestions off the main thread.
 */
import { createSpellChecker, type SpellChecker } from './checker';
import type { FromWorker, ToWorker } from './protocol';

// The renderer's TypeScript library is the DOM's; a worker's global needs only these two.
const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
let ready: Promise<SpellChecker> | null = null;
let userWords: string[] = [];

const post = (message: FromWorker) => scope.postMessage(message);

async function load(affUrl: string, dicUrl: string): Promise<SpellChecker> {
  const [aff, dic] = await Promise.all(
    [affUrl, dicUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    }),
  );
  const checker = createSpellChecker(aff, dic);
  checker.setUserWords(userWords);
  return checker;
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = load(message.affUrl, message.dicUrl);
    ready.catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return;
  }
  if (message.type === 'userWords') {
    userWords = message.words;
    (await ready?.catch(() => null))?.setUserWords(userWords);
    return;
  }
  const checker = await ready?.catch(() => null);
  if (!checker) return;
  if (message.type === 'check') {
    post({ type: 'checked', id: message.id, words: message.words, misspelt: message.words.filter((word) => !checker.correct(word)) });
  } else {
    post({ type: 'suggested', id: message.id, suggestions: checker.suggestions(message.word) });
  }
};
