/**
 * Heading numbers derived from position. Nothing here is stored in the document: moving or
 * deleting a block and numbering again renumbers everything after it.
 */
import type { BodyBlock, BodyBlockType } from '../model/types';
import { DECREE30 } from '../rules/decree30';

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * 1 → "a", 5 → "đ", 6 → "e", 7 → "g" (Vietnamese order: no f, j, w, z). Past "y" the letters
 * double ("aa", "bb", …), which keeps them distinct and in order.
 */
export function pointLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`No point letter for ${n}`);
  const letters = DECREE30.pointLetters;
  const letter = letters[(n - 1) % letters.length];
  return letter.repeat(Math.floor((n - 1) / letters.length) + 1);
}

/** The marker printed before a block: "I.", "1.", "a)", "-", "+"; "" for paragraphs and tables. */
export function markerFor(type: BodyBlockType, ordinal: number): string {
  switch (type) {
    case 'section':
      return `${toRoman(ordinal)}.`;
    case 'clause':
      return `${ordinal}.`;
    case 'point':
      return `${pointLetter(ordinal)})`;
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    default:
      return '';
  }
}

/**
 * Markers of every block in a body, by block id. Each kind is counted among its siblings of the
 * same kind, so a paragraph between two clauses does not restart their numbers.
 */
export function numberBody(blocks: readonly BodyBlock[]): Map<string, string> {
  const markers = new Map<string, string>();
  const visit = (siblings: readonly BodyBlock[]): void => {
    const counts = new Map<BodyBlockType, number>();
    for (const block of siblings) {
      const ordinal = (counts.get(block.type) ?? 0) + 1;
      counts.set(block.type, ordinal);
      markers.set(block.id, markerFor(block.type, ordinal));
      if ('children' in block) visit(block.children);
    }
  };
  visit(blocks);
  return markers;
}

/** "PHỤ LỤC" for a single appendix, "PHỤ LỤC I", "PHỤ LỤC II"… when there are several. */
export function appendixHeading(index: number, count: number): string {
  return count > 1 ? `PHỤ LỤC ${toRoman(index + 1)}` : 'PHỤ LỤC';
}

/** "IV" → 4; null when the text is not a Roman numeral. */
export function romanValue(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]];
    if (value === undefined) return null;
    const next = values[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
