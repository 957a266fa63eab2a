import { describe, expect, it } from 'vitest';
import { myersDiff, type Edit } from '../../core/review/myers';

const script = (edits: Edit<string>[]): string =>
  edits.map(({ op, item }) => (op === 'equal' ? item : op === 'insert' ? `+${item}` : `-${item}`)).join(' ');

/** Applying the script's equal + insert items gives b, its equal + delete items give a. */
const sides = (edits: Edit<string>[]): [string, string] => [
  edits.filter((e) => e.op !== 'insert').map((e) => e.item).join(''),
  edits.filter((e) => e.op !== 'delete').map((e) => e.item).join(''),
];

describe('myersDiff', () => {
  it('ABCABBA → CBABAC: a shortest script (5 edits, as in the paper)', () => {
    const edits = myersDiff([...'ABCABBA'], [...'CBABAC']);
    expect(edits.filter((e) => e.op !== 'equal')).toHaveLength(5);
    expect(sides(edits)).toEqual(['ABCABBA', 'CBABAC']);
  });

  it('one word replaced in the middle', () => {
    expect(script(myersDiff(['a', 'b', 'c'], ['a', 'x', 'c']))).toBe('a -b +x c');
  });

  it('empty sides', () => {
    expect(script(myersDiff([], ['a', 'b']))).toBe('+a +b');
    expect(script(myersDiff(['a'], []))).toBe('-a');
    expect(myersDiff([], [])).toEqual([]);
  });

  it('random sequences: the script always rebuilds both sides and is no longer than the LCS bound', () => {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round += 1) {
      const a = Array.from({ length: Math.floor(rand() * 12) }, () => 'abc'[Math.floor(rand() * 3)]);
      const b = Array.from({ length: Math.floor(rand() * 12) }, () => 'abc'[Math.floor(rand() * 3)]);
      const edits = myersDiff(a, b);
      expect(sides(edits)).toEqual([a.join(''), b.join('')]);
      const lcs = lcsLength(a, b);
      expect(edits.filter((e) => e.op === 'equal')).toHaveLength(lcs);
    }
  });

  it('beyond maxEdits: everything between prefix and suffix is replaced', () => {
    expect(script(myersDiff(['k', 'a', 'b', 'z'], ['k', 'c', 'd', 'z'], Object.is, 1))).toBe('k -a -b +c +d z');
  });
});

function lcsLength(a: string[], b: string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1)
      table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
  return table[a.length][b.length];
}
