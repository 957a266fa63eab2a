// Spell check squiggles as decorations: misspelt words of text blocks become ranges with their
// place, the word being typed waits until the caret leaves it, nothing changes while an input
// method composes, the user's and the document's words and the switch are obeyed, and a block
// nobody edited keeps its ranges.
import { describe, expect, it } from 'vitest';
import { parseSpellingAt, SpellDecorator } from '../../renderer/editor/spell-decorations';
import type { SpellClient } from '../../renderer/spell/spell-client';
import { SpellingSource } from '../../renderer/spell/spelling-source';

const MISSPELT = new Set(['xản', 'chiển']);

/** A client that knows every word at once: the misspelt ones above. */
const client = { misspelt: (word: string) => MISSPELT.has(word) } as unknown as SpellClient;

const block = (id: string, ...texts: string[]) => ({ type: 'block', kind: 'paragraph', id, children: texts.map((text) => ({ text })) });

function setup() {
  const source = new SpellingSource();
  source.set({ enabled: true });
  return { source, speller: new SpellDecorator(client, source) };
}

const words = (children: unknown[], ranges: { spellingAt: string }[]) =>
  ranges.map((range) => {
    const at = parseSpellingAt(range.spellingAt)!;
    const element = children.find((node) => (node as { id: string }).id === at.blockId) as { children: { text: string }[] };
    return element.children.map((leaf) => leaf.text).join('').slice(at.start, at.end);
  });

describe('SpellDecorator', () => {
  it('flags misspelt words of text blocks with their offsets, over several leaves, never tables', () => {
    const { speller } = setup();
    const children = [block('a', 'Đẩy mạnh xản ', 'xuất, chiển khai'), { type: 'table', id: 't', children: [{ text: '' }] }];
    const ranges = speller.decorations(children, false);
    expect(words(children, ranges)).toEqual(['xản', 'chiển']);
    expect(ranges[0]).toMatchObject({ anchor: { path: [0, 0], offset: 9 }, focus: { path: [0, 0], offset: 12 }, spelling: true, spellingAt: 'a 9 12' });
    expect(ranges[1]).toMatchObject({ anchor: { path: [0, 1], offset: 6 }, focus: { path: [0, 1], offset: 11 } });
  });

  it('leaves alone abbreviations, the user\'s and the document\'s words; obeys the switch', () => {
    const { source, speller } = setup();
    const children = [block('a', 'UBND xản QĐ chiển')];
    expect(words(children, speller.decorations(children, false))).toEqual(['xản', 'chiển']);
    source.set({ userWords: ['Xản'] });
    expect(words(children, speller.decorations(children, false))).toEqual(['chiển']);
    source.set({ extraWords: new Set(['chiển']) });
    expect(speller.decorations(children, false)).toEqual([]);
    source.set({ userWords: [], extraWords: new Set() });
    source.set({ enabled: false });
    expect(speller.decorations(children, false)).toEqual([]);
  });

  it('does not flag the word being typed until the caret leaves it', () => {
    const { speller } = setup();
    const children = [block('a', 'mạnh xản')];
    speller.typing = { blockId: 'a', offset: 8 };
    expect(speller.decorations(children, false)).toEqual([]);
    speller.typing = null;
    expect(words(children, speller.decorations(children, false))).toEqual(['xản']);
  });

  it('gives the same ranges while an input method composes', () => {
    const { speller } = setup();
    const before = [block('a', 'xản ')];
    const drawn = speller.decorations(before, false);
    const composing = [block('a', 'xản chiển')];
    expect(speller.decorations(composing, true)).toBe(drawn);
    expect(words(composing, speller.decorations(composing, false))).toEqual(['xản', 'chiển']);
  });

  it('keeps the ranges of a block nobody edited (the same objects)', () => {
    const { speller } = setup();
    const first = block('a', 'xản');
    const second = block('b', 'chiển');
    const once = speller.decorations([first, second], false);
    const edited = block('b', 'chiển xản');
    const twice = speller.decorations([first, edited], false);
    expect(twice[0]).toBe(once[0]);
    expect(words([first, edited], twice)).toEqual(['xản', 'chiển', 'xản']);
  });
});
