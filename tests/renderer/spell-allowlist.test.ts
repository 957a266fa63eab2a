// What spell check never flags: the allowlist (renderer/spell/allowlist.json), abbreviations in
// capitals, words with digits, single letters, and the names of the profile, the user and the
// document; and how words are cut from the text.
import { describe, expect, it } from 'vitest';
import allowlist from '../../renderer/spell/allowlist.json';
import { SpellingSource } from '../../renderer/spell/spelling-source';
import { ALLOWLIST, extraWordsOf, ignoredByShape, wordsOf } from '../../renderer/spell/words';

describe('words of a text', () => {
  it('are letter runs with their offsets; punctuation, "/" and "-" separate them', () => {
    expect(wordsOf('Số: 20-KH/UBND, ngày')).toEqual([
      { word: 'Số', start: 0, end: 2 },
      { word: '20', start: 4, end: 6 },
      { word: 'KH', start: 7, end: 9 },
      { word: 'UBND', start: 10, end: 14 },
      { word: 'ngày', start: 16, end: 20 },
    ]);
  });

  it('keep decomposed marks inside the word', () => {
    expect(wordsOf('tie\u0302\u0301n bộ').map((span) => span.word)).toEqual(['tie\u0302\u0301n', 'bộ']);
  });
});

describe('never flagged by their shape or the allowlist', () => {
  it.each(['UBND', 'HĐND', 'CCHC', 'TTHC', 'KH', 'QĐ', 'STTTT', 'III', 'IV', 'MẬT'])('all capitals: %s', (word) => {
    expect(ignoredByShape(word)).toBe(true);
  });

  it.each(['Sở', 'sở', 'TTr', 'CTr', 'QyĐ', 'Tp', 'Huế', 'Đắk', 'Lắk', 'email'])('the allowlist: %s', (word) => {
    expect(ignoredByShape(word)).toBe(true);
  });

  it.each(['20', 'QĐ-UBND2', 'k2', 'COVID19'])('words with digits: %s', (word) => {
    expect(ignoredByShape(word)).toBe(true);
  });

  it.each(['a', 'b', 'đ', 'A'])('single letters: %s', (word) => {
    expect(ignoredByShape(word)).toBe(true);
  });

  it.each(['xản', 'Xản', 'chiển', 'Kontum', 'tuyen'])('a word of letters in lower or sentence case is checked: %s', (word) => {
    expect(ignoredByShape(word)).toBe(false);
  });

  it('holds every abbreviation of Decree 30 Appendix III and the signature prefixes', () => {
    for (const abbreviation of ['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'TM', 'KT', 'TL', 'TUQ']) {
      expect(ALLOWLIST.has(abbreviation.toLocaleLowerCase('vi')), abbreviation).toBe(true);
    }
  });

  it('is data: every list of the JSON file is taken', () => {
    const lists = Object.entries(allowlist).filter(([key]) => !key.startsWith('$'));
    expect(lists.length).toBeGreaterThanOrEqual(4);
    for (const [, words] of lists) for (const word of words as string[]) expect(ALLOWLIST.has(word.toLocaleLowerCase('vi')), word).toBe(true);
  });
});

describe('names of the profile, the user and the document', () => {
  it('are folded words, never flagged once the source has them', () => {
    const source = new SpellingSource();
    const extra = extraWordsOf(['Ủy ban nhân dân tỉnh Đắk Lắk', 'Y Bhiêr Niê', null, 'Kontum']);
    expect(extra.has('bhiêr')).toBe(true);
    expect(source.accepts('Bhiêr')).toBe(false);
    let heard = 0;
    source.subscribe(() => heard++);
    source.set({ extraWords: extra });
    expect(heard).toBe(1);
    expect(source.accepts('Bhiêr')).toBe(true);
    expect(source.accepts('KONTUM')).toBe(true);
    // The same names again change nothing.
    source.set({ extraWords: extraWordsOf(['Ủy ban nhân dân tỉnh Đắk Lắk', 'Y Bhiêr Niê', 'Kontum']) });
    expect(heard).toBe(1);
  });

  it("the user's dictionary and the words ignored in this window", () => {
    const source = new SpellingSource();
    source.set({ userWords: ['Pleiku'] });
    expect(source.accepts('pleiku')).toBe(true);
    expect(source.accepts('Bleiku')).toBe(false);
    source.ignore('Bleiku');
    expect(source.accepts('Bleiku')).toBe(true);
  });
});
