import { describe, expect, it } from 'vitest';
import { appendixHeading, markerFor, numberBody, pointLetter, toRoman } from '../../core/numbering/numbering';
import type { BodyBlock } from '../../core/model/types';
import { clause, dash, makePlan, para, plus, point, section, table } from '../fixtures/documents';

/** Markers as an object keyed by id, for readable expectations. */
function markers(blocks: BodyBlock[]): Record<string, string> {
  return Object.fromEntries(numberBody(blocks));
}

describe('toRoman', () => {
  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [6, 'VI'], [9, 'IX'], [10, 'X'],
    [14, 'XIV'], [19, 'XIX'], [40, 'XL'], [49, 'XLIX'], [90, 'XC'], [400, 'CD'], [1994, 'MCMXCIV'], [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN])('rejects %s', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });
});

describe('pointLetter', () => {
  const ORDER = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

  it('follows the Vietnamese alphabet a … y, with đ after d and no f, j, w, z', () => {
    expect(ORDER.map((_, i) => pointLetter(i + 1))).toEqual(ORDER);
  });

  it('never produces f, j, w or z in the first hundred points', () => {
    const letters = Array.from({ length: 100 }, (_, i) => pointLetter(i + 1));
    expect(letters.filter((l) => /[fjwz]/.test(l))).toEqual([]);
    expect(new Set(letters).size).toBe(100);
  });

  it('doubles letters past y', () => {
    expect(pointLetter(23)).toBe('y');
    expect(pointLetter(24)).toBe('aa');
    expect(pointLetter(28)).toBe('đđ');
  });

  it('returns NFC text ("đ" is one code point)', () => {
    expect(pointLetter(5)).toBe('\u0111');
  });

  it.each([0, -3, 2.5])('rejects %s', (n) => {
    expect(() => pointLetter(n)).toThrow(RangeError);
  });
});

describe('markerFor', () => {
  it('prints each level as the decree shows it', () => {
    expect(markerFor('section', 2)).toBe('II.');
    expect(markerFor('clause', 3)).toBe('3.');
    expect(markerFor('point', 5)).toBe('đ)');
    expect(markerFor('dash', 7)).toBe('-');
    expect(markerFor('plus', 7)).toBe('+');
    expect(markerFor('paragraph', 1)).toBe('');
    expect(markerFor('table', 1)).toBe('');
  });
});

describe('numberBody', () => {
  it('derives markers of every level from position', () => {
    const body = [
      section('MỤC ĐÍCH, YÊU CẦU', [
        clause('Mục đích', [dash('Một', [plus('Một một', [], { id: 'p1' })], { id: 'd1' })], { id: 'c1' }),
        clause('Yêu cầu', [point('A', [], { id: 'pa' }), point('B', [], { id: 'pb' })], { id: 'c2' }),
      ], { id: 's1' }),
      section('NỘI DUNG', [], { id: 's2' }),
    ];
    expect(markers(body)).toEqual({
      s1: 'I.', c1: '1.', d1: '-', p1: '+', c2: '2.', pa: 'a)', pb: 'b)', s2: 'II.',
    });
  });

  it('numbers the fixture plan: sections I–III, clauses restart in each section', () => {
    const doc = makePlan();
    const numbered = numberBody(doc.body);
    const top = doc.body.map((block) => numbered.get(block.id));
    expect(top).toEqual(['I.', 'II.', 'III.']);
    const third = doc.body[2];
    if (third.type !== 'section') throw new Error('fixture changed');
    expect(third.children.map((block) => numbered.get(block.id))).toEqual(['1.', '2.']);
  });

  it('renumbers the sections after a deleted one', () => {
    const before = [
      section('A', [], { id: 'a' }),
      section('B', [], { id: 'b' }),
      section('C', [], { id: 'c' }),
      section('D', [], { id: 'd' }),
    ];
    expect(markers(before)).toEqual({ a: 'I.', b: 'II.', c: 'III.', d: 'IV.' });

    const after = before.filter((block) => block.id !== 'b');
    expect(markers(after)).toEqual({ a: 'I.', c: 'II.', d: 'III.' });
  });

  it('renumbers when a section moves, and its clauses keep their own numbers', () => {
    const body = [
      section('A', [clause('a1', [], { id: 'a1' })], { id: 'a' }),
      section('B', [clause('b1', [], { id: 'b1' }), clause('b2', [], { id: 'b2' })], { id: 'b' }),
      section('C', [], { id: 'c' }),
    ];
    // Move C to the front.
    const moved = [body[2], body[0], body[1]];
    expect(markers(moved)).toEqual({ c: 'I.', a: 'II.', a1: '1.', b: 'III.', b1: '1.', b2: '2.' });
  });

  it('renumbers points after one is deleted, so no letter is skipped', () => {
    const points = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => point(id, [], { id }));
    const after = points.filter((block) => block.id !== 'c');
    expect(markers(after)).toEqual({ a: 'a)', b: 'b)', d: 'c)', e: 'd)', f: 'đ)' });
  });

  it('does not restart clause numbers across paragraphs and tables between them', () => {
    const body = [
      clause('one', [], { id: 'c1' }),
      para('intro', { id: 'p1' }),
      clause('two', [], { id: 'c2' }),
      table(['STT', 'Nội dung'], [['', 'x']], { id: 't1', numbered: true }),
      clause('three', [], { id: 'c3' }),
    ];
    expect(markers(body)).toEqual({ c1: '1.', p1: '', c2: '2.', t1: '', c3: '3.' });
  });

  it('restarts nested counters in each parent', () => {
    const body = [
      clause('one', [point('x', [], { id: '1a' }), point('y', [], { id: '1b' })], { id: 'c1' }),
      clause('two', [point('x', [], { id: '2a' })], { id: 'c2' }),
      section('S', [clause('s-one', [], { id: 's1' })], { id: 's' }),
    ];
    expect(markers(body)).toEqual({ c1: '1.', '1a': 'a)', '1b': 'b)', c2: '2.', '2a': 'a)', s: 'I.', s1: '1.' });
  });

  it('numbers a long list of points past đ in the decree order', () => {
    const points = Array.from({ length: 8 }, (_, i) => point(`p${i}`, [], { id: `p${i}` }));
    expect(numberBody(points).get('p7')).toBe('h)');
    expect([...numberBody(points).values()]).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)']);
  });

  it('returns an empty map for an empty body', () => {
    expect(numberBody([]).size).toBe(0);
  });
});

describe('appendixHeading', () => {
  it('is "PHỤ LỤC" for a single appendix', () => {
    expect(appendixHeading(0, 1)).toBe('PHỤ LỤC');
  });

  it('numbers several appendices with Roman numerals', () => {
    expect([0, 1, 2, 3].map((i) => appendixHeading(i, 4))).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III', 'PHỤ LỤC IV']);
  });

  it('uses NFC letters (Ụ as one code point)', () => {
    expect([...appendixHeading(0, 1)]).toHaveLength(7);
  });
});
