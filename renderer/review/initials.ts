/**
 * Initials from a person's name, as shown beside comments and steps: the first letter of each
 * word, upper case, as a letter of the Vietnamese alphabet: its tone mark dropped, its own marks
 * kept ("Nguyễn Văn An" → "NVA", "Đỗ Thị Hà" → "ĐTH", "Ấu Ước" → "ÂƯ").
 */

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** The profile's limit (settings schema: 1–10 characters). */
export const MAX_INITIALS = 10;

export function deriveInitials(name: string): string {
  const letters: string[] = [];
  for (const word of name.normalize('NFC').split(/[\s\-–.,]+/u)) {
    const first = /\p{L}\p{M}*/u.exec(word);
    if (first) letters.push(first[0].normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
  }
  // Upper case, then NFC again (a letter and its marks as one character).
  return letters.join('').toLocaleUpperCase('vi').normalize('NFC').slice(0, MAX_INITIALS);
}

/** A name as stored: NFC, inner runs of spaces made one, no spaces around. */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
