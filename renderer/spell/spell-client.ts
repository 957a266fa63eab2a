/**
 * The page's side of the spell check: one worker for the window (spell.worker.ts), started on
 * the first word asked about, and a cache of every answer, so the editor asks about each word
 * once and knows the answer at once the next time (a keystroke costs map look-ups, never a wait).
 * Words are sent in batches; listeners hear when answers arrive.
 */
import type { FromWorker, ToWorker } from './protocol';

/** Where the build puts the dictionary (renderer/vite.config.ts), relative to index.html. */
const DICTIONARY_DIR = 'dictionaries/vi/';

/** Words the worker found misspelt in one answer. */
export interface SpellAnswer {
  misspelt: ReadonlySet<string>;
}

export class SpellClient {
  private worker: Worker | null = null;
  private failed = false;
  private readonly known = new Map<string, boolean>();
  private readonly queued = new Set<string>();
  private readonly asked = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<(answer: SpellAnswer | null) => void>();
  private nextId = 1;
  private readonly suggestions = new Map<number, (list: string[]) => void>();
  private userWords: string[] = [];

  constructor(private readonly createWorker: () => Worker = defaultWorker) {}

  /** true: misspelt; false: correct; undefined: not known yet (asked). */
  misspelt(word: string): boolean | undefined {
    const answer = this.known.get(word);
    if (answer !== undefined) return !answer;
    if (this.failed) return false;
    if (!this.asked.has(word)) {
      this.queued.add(word);
      this.scheduleFlush();
    }
    return undefined;
  }

  /** Suggestions for a misspelt word, the likeliest first ([] when the checker is not there). */
  suggest(word: string): Promise<string[]> {
    const worker = this.start();
    if (!worker) return Promise.resolve([]);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.suggestions.set(id, resolve);
      worker.postMessage({ type: 'suggest', id, word } satisfies ToWorker);
    });
  }

  /** The user's dictionary words (for suggestions in the worker). */
  setUserWords(words: readonly string[]): void {
    this.userWords = [...words];
    this.worker?.postMessage({ type: 'userWords', words: this.userWords } satisfies ToWorker);
  }

  /** Called when answers arrive with misspelt words (null: the checker failed, nothing is flagged). */
  subscribe(listener: (answer: SpellAnswer | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private start(): Worker | null {
    if (this.failed) return null;
    if (this.worker) return this.worker;
    try {
      const worker = this.createWorker();
      worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
      worker.onerror = () => this.fail();
      const base = new URL(DICTIONARY_DIR, document.baseURI);
      worker.postMessage({ type: 'init', affUrl: new URL('index.aff', base).href, dicUrl: new URL('index.dic', base).href } satisfies ToWorker);
      if (this.userWords.length > 0) worker.postMessage({ type: 'userWords', words: this.userWords } satisfies ToWorker);
      this.worker = worker;
      return worker;
    } catch {
      this.fail();
      return null;
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    // After the keystroke's render: the words of a whole document go in one message.
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      const words = [...this.queued];
      this.queued.clear();
      const worker = this.start();
      if (!worker || words.length === 0) return;
      for (const word of words) this.asked.add(word);
      worker.postMessage({ type: 'check', id: this.nextId++, words } satisfies ToWorker);
    }, 0);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'failed') return this.fail();
    if (message.type === 'suggested') {
      this.suggestions.get(message.id)?.(message.suggestions);
      this.suggestions.delete(message.id);
      return;
    }
    const bad = new Set(message.misspelt);
    for (const word of message.words) {
      this.known.set(word, !bad.has(word));
      this.asked.delete(word);
    }
    // Only misspelt words change what is drawn.
    if (bad.size > 0) this.notify({ misspelt: bad });
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.suggestions.values()) resolve([]);
    this.suggestions.clear();
    this.notify(null);
  }

  private notify(answer: SpellAnswer | null): void {
    for (const listener of this.listeners) listener(answer);
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module', name: 'vanban-spell' });
}

let shared: SpellClient | null = null;

/** The window's spell client. */
export function spellClient(): SpellClient {
  shared ??= new SpellClient();
  return shared;
}
