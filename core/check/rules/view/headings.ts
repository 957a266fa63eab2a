/**
 * Heading sequences in the text: I, II, III…; 1, 2, 3… (restarting in each section); a, b, c, d,
 * đ, e… (restarting in each clause). Nothing skipped or repeated. Only markers typed as text are
 * read; Word's automatic numbering is not.
 */
import { pointLetter, toRoman } from '../../../numbering/numbering';
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { DocxView, ViewParagraph } from '../../view/view';
import { romanValue } from '../../text-utils';
import type { Finding } from '../../types';
import { locationOf } from './elements';

interface Marker {
  level: 0 | 1 | 2;
  value: number;
  text: string;
}

function markerOf(text: string): Marker | null {
  let m = /^([IVXLC]+)\.\s/u.exec(text);
  if (m) {
    const value = romanValue(m[1]);
    return value ? { level: 0, value, text: `${m[1]}.` } : null;
  }
  m = /^(\d{1,3})\.(?!\d)\s*\S/u.exec(text);
  if (m) return { level: 1, value: Number.parseInt(m[1], 10), text: `${m[1]}.` };
  m = /^([a-zđ]{1,2})\)\s/u.exec(text);
  if (m) {
    const letters = DECREE30.pointLetters;
    const single = m[1][0];
    if (m[1].length === 2 && m[1][1] !== single) return null;
    const index = letters.indexOf(single);
    // A letter outside the Vietnamese alphabet (f, j, w, z) sorts just after the letter before it.
    const at = index >= 0 ? index + 1 : letters.filter((l) => (l === 'đ' ? 'd' : l) < single).length + 0.5;
    return { level: 2, value: at + (m[1].length - 1) * letters.length, text: `${m[1]})` };
  }
  return null;
}

function expectedText(level: number, value: number): string {
  if (level === 0) return `${toRoman(value)}.`;
  if (level === 1) return `${value}.`;
  return `${pointLetter(value)})`;
}

function checkRun(paragraphs: ViewParagraph[], out: Finding[]): void {
  const counters = [0, 0, 0];
  /** The last marker seen at each level since its parent's last marker. */
  const last: string[] = ['', '', ''];
  for (const p of paragraphs) {
    const marker = markerOf(p.text);
    if (!marker) continue;
    const expected = counters[marker.level] + 1;
    if (marker.value !== expected) {
      // "c)" after "a)"; the first of a level is compared with its parent: "2." after "II.".
      const previous = last[marker.level] || last.slice(0, marker.level).filter(Boolean).pop() || '—';
      out.push(finding('headings.sequence', locationOf(p), { found: marker.text, previous, expected: expectedText(marker.level, expected), text: p.text }));
    }
    counters[marker.level] = Number.isInteger(marker.value) ? marker.value : expected;
    last[marker.level] = marker.text;
    for (let level = marker.level + 1; level < counters.length; level++) {
      counters[level] = 0;
      last[level] = '';
    }
  }
}

export function checkHeadings(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const text = (p: ViewParagraph) => !p.inTable && p.text;
  checkRun(view.paragraphs.filter((p) => p.part === 'body' && text(p)), out);
  // Each appendix numbers its own headings.
  let appendix: ViewParagraph[] = [];
  for (const p of view.paragraphs.filter((q) => q.part === 'appendix' && text(q))) {
    if (p.role === 'appendixHeading') {
      checkRun(appendix, out);
      appendix = [];
    } else appendix.push(p);
  }
  checkRun(appendix, out);
  return out;
}
