/**
 * The printed width of a line of text in Times New Roman (per mille of the em), from the font's
 * own advance widths (core/data/serif-advances.json): close enough to tell whether the next
 * word would have fitted on a line copied out of a PDF.
 */
import advances from '../data/serif-advances.json';

const REGULAR: Record<string, number> = advances.regular;

function advance(char: string): number {
  const known = REGULAR[char];
  if (known !== undefined) return known;
  // A letter the table lacks takes the width of its base letter.
  const base = char.normalize('NFD').charAt(0);
  return REGULAR[base] ?? 500;
}

export function lineWidth(text: string): number {
  let width = 0;
  for (const char of text) width += advance(char);
  return width;
}
