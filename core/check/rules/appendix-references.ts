/**
 * Which appendices a text refers to, by the phrases real plans use: "Phụ lục I, II", "Phụ lục
 * số 01", "Phụ lục 1 - 3", "các Phụ lục", and a bare "Phụ lục" or "tại Phụ lục kèm theo Kế hoạch
 * này" (every appendix: the body sends the reader to the appendices without numbering them).
 */
import { romanValue } from '../text-utils';

const ANY = /phụ\s+lục/giu;
const NUMERAL = String.raw`(?:[IVXLC]+|\d{1,3})`;
const NUMBERED = new RegExp(String.raw`phụ\s+lục\s+(?:(?:số|SỐ|Số)\s*)?(${NUMERAL}(?:\s*(?:,|và|-|–|đến)\s*(?:(?:số|Số)\s*)?${NUMERAL})*)(?![\p{L}\p{N}])`, 'yiu');

function value(numeral: string): number | null {
  return /^\d+$/u.test(numeral) ? Number(numeral) : romanValue(numeral);
}

/**
 * The appendices referred to, as 1-based numbers out of `numbers` (each appendix's own number,
 * or its position when its heading has none).
 */
export function referencedAppendices(text: string, numbers: readonly number[]): Set<number> {
  const all = new Set(numbers);
  const out = new Set<number>();
  let bare = false;
  for (const mention of text.matchAll(ANY)) {
    NUMBERED.lastIndex = mention.index;
    const numbered = NUMBERED.exec(text);
    if (!numbered || numbered.index !== mention.index) {
      bare = true;
      continue;
    }
    const list = numbered[1];
    const values = list
      .split(/\s*(?:,|và|-|–|đến)\s*/u)
      .map((n) => value(n.replace(/^(?:số|Số)\s*/u, '')))
      .filter((v): v is number => v !== null);
    // "Phụ lục I - III", "Phụ lục 01 đến 03" name a range.
    if (values.length === 2 && /[-–]|đến/u.test(list)) for (let v = values[0]; v <= values[1]; v++) out.add(v);
    for (const v of values) out.add(v);
  }
  return bare ? all : out;
}
