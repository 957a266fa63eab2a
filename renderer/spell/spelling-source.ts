/**
 * What the screen tells the editors about spell check, through one stable object (like the
 * comments' BodyCommentsSource): whether it is on, the user's dictionary words, the names of the
 * profile and the document that are never flagged, and the words ignored in this window
 * ("Bỏ qua"). Editors subscribe; a change re-decorates only the blocks whose squiggles change.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { foldWord } from './words';

export interface SpellingState {
  enabled: boolean;
  /** The user's dictionary (settings), as typed. */
  userWords: readonly string[];
  /** Folded words never flagged: names of the agency profile, the user, the document's header. */
  extraWords: ReadonlySet<string>;
}

export interface SpellingActions {
  /** "Thêm vào từ điển": kept in the user's settings. */
  addWord(word: string): void;
  /** Spell check on or off: remembered in the settings. */
  setEnabled(enabled: boolean): void;
}

export class SpellingSource {
  enabled = false;
  /** Bumped on every change of what is never flagged. */
  epoch = 0;
  private userFolded = new Set<string>();
  private userList: readonly string[] = [];
  private extra: ReadonlySet<string> = new Set();
  private readonly ignored = new Set<string>();
  private readonly listeners = new Set<() => void>();
  actions: SpellingActions = { addWord: () => undefined, setEnabled: () => undefined };

  get userWords(): readonly string[] {
    return this.userList;
  }

  /** Whether a word is never flagged for the user's or the document's sake (not by its shape). */
  accepts(word: string): boolean {
    const folded = foldWord(word);
    return this.userFolded.has(folded) || this.extra.has(folded) || this.ignored.has(folded);
  }

  set(state: Partial<SpellingState>): void {
    let changed = false;
    if (state.enabled !== undefined && state.enabled !== this.enabled) {
      this.enabled = state.enabled;
      changed = true;
    }
    if (state.userWords && !sameList(state.userWords, this.userList)) {
      this.userList = [...state.userWords];
      this.userFolded = new Set(this.userList.map(foldWord));
      changed = true;
    }
    if (state.extraWords && !sameSet(state.extraWords, this.extra)) {
      this.extra = state.extraWords;
      changed = true;
    }
    if (changed) this.changed();
  }

  /** "Bỏ qua": this word is not flagged again in this window. */
  ignore(word: string): void {
    this.ignored.add(foldWord(word));
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.epoch++;
    for (const listener of this.listeners) listener();
  }
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((word, i) => word === b[i]);
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((word) => b.has(word));

/** The screen's spelling source; null (no spell check) outside the app (tests, the compare view). */
export const SpellingContext = createContext<SpellingSource | null>(null);

export function useSpelling(): SpellingSource | null {
  return useContext(SpellingContext);
}

/** Whether spell check is on, re-rendering when it changes (false outside the app). */
export function useSpellingEnabled(): boolean {
  const source = useSpelling();
  return useSyncExternalStore(
    (listener) => source?.subscribe(listener) ?? (() => undefined),
    () => source?.enabled ?? false,
  );
}
