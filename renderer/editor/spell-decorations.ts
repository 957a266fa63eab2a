/**
 * Spell check squiggles as Slate decorations, computed at the root like the comments'
 * (comment-decorations.ts): slate-react splits them by block and re-renders only the blocks whose
 * squiggles changed. Each block's ranges are cached by the block node itself (Slate keeps the
 * node of a block nobody edited), so a keystroke recomputes one block; a block with words still
 * waiting for the worker is recomputed when answers arrive.
 *
 * The word being typed (the caret inside or at its end) is not flagged until the caret leaves it,
 * and nothing changes while an input method composes: the text under the caret is never split
 * into new leaves while a word is being written.
 *
 * A squiggled leaf carries `spelling: true` and `spellingAt` ("blockId start end", offsets in the
 * block's plain text) so the context menu can find the word it belongs to.
 */
import type { BaseRange } from 'slate';
import type { SpellAnswer, SpellClient } from '../spell/spell-client';
import type { SpellingSource } from '../spell/spelling-source';
import { ignoredByShape, wordsOf } from '../spell/words';
import { rangeOf } from './comment-decorations';
import type { BodyElement } from './slate-types';

export type SpellDecoration = BaseRange & { spelling: true; spellingAt: string };

/** The word being typed: block id and caret offset in its plain text. */
export interface TypingAt {
  blockId: string;
  offset: number;
}

interface Entry {
  index: number;
  epoch: number;
  answers: number;
  pending: boolean;
  ranges: SpellDecoration[];
}

/** A misspelt word a leaf belongs to, read back from `spellingAt`. */
export interface SpellingTarget {
  blockId: string;
  start: number;
  end: number;
}

export function parseSpellingAt(value: string | null | undefined): SpellingTarget | null {
  const match = /^(.+) (\d+) (\d+)$/.exec(value ?? '');
  return match ? { blockId: match[1], start: Number(match[2]), end: Number(match[3]) } : null;
}

export class SpellDecorator {
  private cache = new WeakMap<object, Entry>();
  private answers = 0;
  private last: SpellDecoration[] = [];
  /** Words waiting for the worker that would be squiggled (not the word being typed). */
  private readonly waiting = new Set<string>();
  /** The word being typed: not flagged yet. */
  typing: TypingAt | null = null;

  constructor(
    private readonly client: SpellClient,
    private readonly source: SpellingSource,
  ) {}

  /**
   * The worker answered: blocks that waited for it are computed again at the next render. True
   * when that render is needed now: a word waited for is misspelt (a partial word being typed
   * is not: it is checked when the caret leaves it, so typing costs no second render).
   */
  answered(answer: SpellAnswer | null): boolean {
    this.answers++;
    if (!answer) return true;
    let redraw = false;
    for (const word of answer.misspelt) if (this.waiting.delete(word)) redraw = true;
    return redraw;
  }

  /** The squiggles over `children`; the previous ones unchanged while an input method composes. */
  decorations(children: readonly unknown[], composing: boolean): SpellDecoration[] {
    if (composing) return this.last;
    if (!this.source.enabled) {
      this.last = [];
      return this.last;
    }
    const out: SpellDecoration[] = [];
    for (let index = 0; index < children.length; index++) {
      const element = children[index] as BodyElement;
      if (element.type !== 'block') continue;
      const typing = this.typing?.blockId === element.id ? this.typing.offset : null;
      let entry = typing === null ? this.cache.get(element) : undefined;
      if (!entry || entry.index !== index || entry.epoch !== this.source.epoch || (entry.pending && entry.answers !== this.answers)) {
        entry = this.compute(element, index, typing);
        if (typing === null) this.cache.set(element, entry);
      }
      for (const range of entry.ranges) out.push(range);
    }
    this.last = out;
    return out;
  }

  private compute(element: BodyElement, index: number, typing: number | null): Entry {
    const text = element.children.map((leaf) => leaf.text).join('');
    const ranges: SpellDecoration[] = [];
    let pending = false;
    for (const { word, start, end } of wordsOf(text)) {
      if (ignoredByShape(word) || this.source.accepts(word)) continue;
      const misspelt = this.client.misspelt(word);
      const typed = typing !== null && typing >= start && typing <= end;
      if (misspelt === undefined) {
        pending = true;
        if (!typed) this.waiting.add(word);
      }
      if (!misspelt || typed) continue;
      const range = rangeOf(element, index, start, end);
      if (range) ranges.push({ ...range, spelling: true, spellingAt: `${element.id} ${start} ${end}` });
    }
    return { index, epoch: this.source.epoch, answers: this.answers, pending, ranges };
  }
}
