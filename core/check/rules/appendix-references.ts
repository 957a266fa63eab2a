/** Which appendices a text refers to: "Phụ lục" (one appendix), "Phụ lục I, II", "các Phụ lục". */
import { romanValue } from '../text-utils';

const ANY = /phụ\s+lục/iu;
const ALL = /(?:các|những)\s+phụ\s+lục/iu;
const NUMBERED = /phụ\s+lục\s+((?:[IVXLC]+)(?:\s*(?:,|và|-|–)\s*[IVXLC]+)*)(?![\p{L}\p{N}])/gu;

/** Zero-based indexes of the appendices referred to, out of `count`. */
export function referencedAppendices(text: string, count: number): Set<number> {
  const all = new Set(Array.from({ length: count }, (_, i) => i));
  if (count === 1) return ANY.test(text) ? all : new Set();
  if (ALL.test(text)) return all;
  const out = new Set<number>();
  for (const match of text.matchAll(NUMBERED)) {
    const numerals = match[1].split(/\s*(?:,|và|-|–)\s*/u);
    const values = numerals.map((n) => romanValue(n)).filter((v): v is number => v !== null);
    // "Phụ lục I - III" names a range.
    if (values.length === 2 && /[-–]/u.test(match[1])) for (let v = values[0]; v <= values[1]; v++) out.add(v - 1);
    for (const value of values) out.add(value - 1);
  }
  return out;
}
