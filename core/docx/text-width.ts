/** Estimated printed width of a line of text, used to size decorative rules. */
import metrics from '../data/font-metrics.json';
import { ptToTwip } from './units';

function baseLetter(char: string): string {
  // Strip combining marks: "Ộ" → "O"; "Đ"/"đ" have no decomposition and are letters already.
  return char.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || char;
}

function emWidth(char: string, weight: 'regular' | 'bold'): number {
  const table = metrics[weight];
  if (char === ' ' || char === '\u00A0') return table.space;
  if (metrics.narrowChars.includes(char)) return table.narrow;
  const base = baseLetter(char);
  if (/\d/.test(base)) return table.digit;
  const wide = metrics.wideChars.includes(base) ? 1.3 : 1;
  if (base !== base.toLowerCase()) return table.upper * wide;
  if (base !== base.toUpperCase()) return table.lower * wide;
  return table.other;
}

/** Width in twips of one line of text at `sizePt`. */
export function estimateTextWidth(text: string, sizePt: number, bold: boolean): number {
  let ems = 0;
  for (const char of text) ems += emWidth(char, bold ? 'bold' : 'regular');
  return Math.round(ems * ptToTwip(sizePt));
}

/** Width of the longest line when the text is laid out in a box `maxWidth` twips wide. */
export function longestLineWidth(text: string, sizePt: number, bold: boolean, maxWidth: number): number {
  return Math.min(
    maxWidth,
    Math.max(0, ...text.split('\n').map((line) => estimateTextWidth(line, sizePt, bold))),
  );
}
