// Suggestions for misspelt Vietnamese syllables, with the real dictionary (dictionary-vi through
// nspell): the common confusions (s/x, ch/tr, d/gi/r, l/n, hỏi/ngã) come first, a capital is kept,
// either tone placement (hoà / hòa) is correct, and the user's words are known.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSpellChecker, type SpellChecker } from '../../renderer/spell/checker';
import { confusionCandidates, initialSwaps, orderedSuggestions } from '../../renderer/spell/suggest';
import { otherTonePlacement } from '../../renderer/spell/tone-placement';

let checker: SpellChecker;

beforeAll(() => {
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-vi'));
  checker = createSpellChecker(readFileSync(join(folder, 'index.aff'), 'utf8'), readFileSync(join(folder, 'index.dic'), 'utf8'));
});

describe('the confusion fix comes first', () => {
  it.each([
    ['xản', 'sản'],
    ['xoạn', 'soạn'],
    ['chiển', 'triển'],
    ['trỉ', 'chỉ'],
    ['chiệu', 'triệu'],
    ['luôi', 'nuôi'],
    ['lày', 'này'],
  ])('%s → %s first', (word, fix) => {
    expect(checker.correct(word)).toBe(false);
    expect(checker.correct(fix)).toBe(true);
    expect(checker.suggestions(word)[0]).toBe(fix);
  });

  it('r → d and r → gi both before anything else', () => {
    expect(checker.correct('rữ')).toBe(false);
    expect(checker.suggestions('rữ').slice(0, 2)).toEqual(['dữ', 'giữ']);
  });

  it('hỏi ↔ ngã is offered among the first', () => {
    // "nghỉ" written "nghĩ" is a word too; a syllable that exists only with the other tone:
    expect(checker.correct('sẻ') && checker.correct('sẽ')).toBe(true);
    expect(checker.correct('kỉ')).toBe(true);
    expect(checker.correct('bẽn')).toBe(true);
    expect(checker.correct('bẻn')).toBe(false);
    expect(checker.suggestions('bẻn')[0]).toBe('bẽn');
  });

  it('keeps a capital letter', () => {
    expect(checker.suggestions('Xản')[0]).toBe('Sản');
    expect(checker.suggestions('Chiển')[0]).toBe('Triển');
  });

  it('without a confusion, the checker suggests what is close', () => {
    expect(checker.suggestions('hoặch')).toContain('hoặc');
    expect(checker.suggestions('hoặch').length).toBeLessThanOrEqual(8);
  });

  it('suggestions are never the word itself and never repeat', () => {
    for (const word of ['xản', 'rữ', 'chiển', 'Xản']) {
      const list = checker.suggestions(word);
      expect(list).not.toContain(word);
      expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('the confusion candidates', () => {
  it('swap initials within their group, gi before a vowel and g before i', () => {
    expect(initialSwaps('sản')).toEqual(['xản']);
    expect(initialSwaps('trình')).toEqual(['chình']);
    expect(initialSwaps('giữ')).toEqual(['dữ', 'rữ']);
    expect(initialSwaps('gì')).toEqual(['dì', 'rì']);
    expect(initialSwaps('dì')).toEqual(['gì', 'rì']);
    expect(initialSwaps('lăm')).toEqual(['năm']);
    // nh, ng, ngh are initials of their own.
    expect(initialSwaps('nhà')).toEqual([]);
    expect(initialSwaps('nghị')).toEqual([]);
  });

  it('put initial swaps before the tone swap and the finals', () => {
    expect(confusionCandidates('xẻn')).toEqual(['sẻn', 'xẽn', 'sẽn', 'xẻng']);
  });

  it('an order that does not depend on the checker', () => {
    const fake = { correct: (word: string) => ['sản', 'bản'].includes(word), suggest: () => ['bản', 'sản'] };
    expect(orderedSuggestions('xản', fake)).toEqual(['sản', 'bản']);
  });
});

describe('tone placement', () => {
  it('both hoà and hòa, uỷ and ủy, khoẻ and khỏe are correct', () => {
    for (const word of ['hoà', 'hòa', 'Hòa', 'uỷ', 'ủy', 'Ủy', 'thuỷ', 'thủy', 'khoẻ', 'khỏe', 'hoá', 'hóa']) expect(checker.correct(word), word).toBe(true);
  });

  it('moves the tone only in a final oa, oe, uy, never after qu', () => {
    expect(otherTonePlacement('hòa')).toBe('hoà');
    expect(otherTonePlacement('hoà')).toBe('hòa');
    expect(otherTonePlacement('ủy')).toBe('uỷ');
    expect(otherTonePlacement('hoàng')).toBeNull();
    expect(otherTonePlacement('quý')).toBeNull();
    expect(otherTonePlacement('hoa')).toBeNull();
  });

  it('a wrong tone place is still wrong', () => {
    expect(checker.correct('qúy')).toBe(false);
  });
});

describe("the user's words", () => {
  it('are correct once added, whatever their case', () => {
    expect(checker.correct('Kontum')).toBe(false);
    checker.setUserWords(['Kontum']);
    expect(checker.correct('Kontum')).toBe(true);
    expect(checker.correct('KONTUM')).toBe(true);
    checker.setUserWords([]);
    expect(checker.correct('Kontum')).toBe(false);
  });
});
