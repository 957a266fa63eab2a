/**
 * Amounts of money written in words, as funding sections write them:
 * "150.000.000 đồng (Một trăm năm mươi triệu đồng)". The reading of the number is the
 * read-vietnamese-number library's; this file finds the amount in a paragraph and shapes the
 * words (capital first letter, "tỷ" as legal texts write it, the unit "đồng").
 */
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';

/** An amount found in a paragraph's text, and the words already written after it, if any. */
export interface AmountInText {
  /** Where the amount starts and where its unit ("đồng") ends. */
  start: number;
  end: number;
  /** The value in đồng, as decimal digits. */
  value: string;
  /** The "(… đồng)" already following it: its place, or null. */
  words: { start: number; end: number } | null;
}

const MULTIPLIERS: Record<string, number> = { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

/**
 * "150.000.000 đồng", "150.000.000đ", "150 triệu đồng", "1,5 tỷ đồng", "2.500.000 VNĐ": the number
 * (dots between thousands, a comma before decimals), an optional multiplier, the unit.
 */
const AMOUNT = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(?:(nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(đồng|đ|VNĐ|VND)(?![\p{L}\p{N}])/gu;
/** Words in brackets right after an amount: "(Một trăm năm mươi triệu đồng)". */
const WORDS_AFTER = /^\s*\(\s*[\p{Lu}][^()]*đồng\s*\)/u;

function config(): ReadingConfig {
  const reading = new ReadingConfig();
  reading.unit = ['đồng'];
  reading.units = [[], ['nghìn'], ['triệu'], ['tỷ']];
  return reading;
}

/** The value in đồng of "1,5" × 10^9; null when it is not a whole number of đồng. */
function toDong(integral: string, fraction: string | undefined, power: number): string | null {
  const digits = integral.replace(/\./g, '') + (fraction ?? '');
  const shift = power - (fraction?.length ?? 0);
  if (shift < 0) {
    // Decimals beyond the multiplier ("1,2345 nghìn"): only trailing zeros may go.
    const cut = digits.slice(0, digits.length + shift);
    if (!/^0*$/.test(digits.slice(digits.length + shift))) return null;
    return cut.replace(/^0+(?=\d)/, '');
  }
  return (digits + '0'.repeat(shift)).replace(/^0+(?=\d)/, '');
}

/** Every amount of money in a text, in order. */
export function findAmounts(text: string): AmountInText[] {
  const out: AmountInText[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const value = toDong(match[1], match[2], match[3] ? MULTIPLIERS[match[3]] : 0);
    if (value === null) continue;
    const after = WORDS_AFTER.exec(text.slice(end));
    out.push({ start, end, value, words: after ? { start: end, end: end + after[0].length } : null });
  }
  return out;
}

/** The amount the caret is in or right after (or the only one in the text), or null. */
export function amountAt(text: string, offset: number): AmountInText | null {
  const amounts = findAmounts(text);
  const around = amounts.find((amount) => offset >= amount.start && offset <= (amount.words?.end ?? amount.end));
  if (around) return around;
  return amounts.length === 1 ? amounts[0] : null;
}

/** "Một trăm năm mươi triệu đồng" for 150000000. */
export function amountInWords(value: string | bigint): string {
  const words = doReadNumber(String(value), config());
  return words.charAt(0).toLocaleUpperCase('vi-VN') + words.slice(1);
}

/** The edit that writes the amount in words after it, or replaces the words already there. */
export function amountWordsEdit(amount: AmountInText): { start: number; end: number; text: string } {
  const text = ` (${amountInWords(amount.value)})`;
  return amount.words ? { ...amount.words, text } : { start: amount.end, end: amount.end, text };
}
