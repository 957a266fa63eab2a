/**
 * Plain text as lines of a page: where each line starts, which page it is on, and the page
 * furniture taken out (page numbers and running heads or feet), the way a reader skips them.
 *
 * Text copied from a PDF keeps page breaks as form feeds (pdftotext) or not at all (a viewer's
 * copy); page numbers are then found as a rising run of lone numbers far apart, and running
 * heads as the same short line next to several page breaks.
 */
import { cleanText } from '../model/text';

export interface TextLine {
  /** The line with runs of spaces made one, trimmed; tabs kept (they separate table cells). */
  text: string;
  /** The line as written (tabs, spaces), without its line end. */
  raw: string;
  /** Leading spaces (a tab counts 4). */
  indent: number;
  page: number;
  /** Blank lines before this one (since the previous non-blank line). */
  blanksBefore: number;
}

export interface PageText {
  lines: TextLine[];
  /** Lines taken out as page furniture, for the import report. */
  dropped: { text: string; page: number; kind: 'page-number' | 'running' }[];
  /** Laid out (`pdftotext -layout`): columns kept apart by runs of spaces, first lines indented. */
  layout: boolean;
  /** Paragraphs separated by blank lines (most line ends are followed by a blank line). */
  blankSeparated: boolean;
}

const LONE_NUMBER = /^\d{1,4}$/u;

function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

function tidy(raw: string): string {
  return raw
    .split('\t')
    .map((part) => part.replace(/[\u00a0 ]+/gu, ' ').trim())
    .join('\t')
    .replace(/^\t+|\t+$/gu, '');
}

/** Splits the text into lines, drops page numbers and running heads/feet. */
export function readPages(input: string): PageText {
  const pages = input.replace(/\r\n?/gu, '\n').split('\f');
  const all: TextLine[] = [];
  pages.forEach((pageText, page) => {
    let blanks = 0;
    for (const rawLine of cleanText(pageText).split('\n')) {
      const raw = rawLine.replace(/\s+$/u, '');
      const text = tidy(raw);
      if (!text) {
        blanks++;
        continue;
      }
      all.push({ text, raw, indent: indentOf(raw), page, blanksBefore: blanks });
      blanks = 0;
    }
  });

  const dropped: PageText['dropped'] = [];
  const drop = new Set<TextLine>();
  const pageCount = pages.length;
  if (pageCount > 1) {
    // Each page's first and last two lines are where numbers and running heads sit.
    const edges = new Map<number, TextLine[]>();
    for (let p = 0; p < pageCount; p++) {
      const onPage = all.filter((l) => l.page === p);
      edges.set(p, [...onPage.slice(0, 2), ...onPage.slice(-2)]);
    }
    for (const [, lines] of edges) for (const l of lines) if (LONE_NUMBER.test(l.text) && Number(l.text) >= 1 && Number(l.text) <= pageCount + 1) drop.add(l);
    const counts = new Map<string, number>();
    for (const [, lines] of edges) for (const t of new Set(lines.filter((l) => !drop.has(l)).map((l) => l.text))) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [, lines] of edges) for (const l of lines) if (!drop.has(l) && (counts.get(l.text) ?? 0) >= 2 && l.text.length <= 80) drop.add(l);
  } else {
    // No page breaks: page numbers are lone numbers rising by one, each far from the last.
    let expected = 2;
    let lastAt = 0;
    all.forEach((l, index) => {
      if (!LONE_NUMBER.test(l.text)) return;
      const n = Number(l.text);
      // The next number, or the one after (a blank page copies as nothing).
      if ((n === expected || n === expected + 1) && index - lastAt >= 15 && !nearTableCells(all, index)) {
        drop.add(l);
        expected = n + 1;
        lastAt = index;
      }
    });
    if (drop.size > 0) {
      // Running heads or feet: the same short line next to two or more of those page numbers.
      const near = new Map<string, TextLine[]>();
      for (const n of drop) {
        const index = all.indexOf(n);
        for (const l of [all[index - 1], all[index + 1]]) if (l && !drop.has(l) && l.text.length <= 80) near.set(l.text, [...(near.get(l.text) ?? []), l]);
      }
      // Known furniture: every copy of those lines goes, near a page number or not.
      const running = new Set([...near].filter(([, lines]) => lines.length >= 2).map(([text]) => text));
      for (const l of all) if (running.has(l.text)) drop.add(l);
    }
  }
  for (const l of all) if (drop.has(l)) dropped.push({ text: l.text, page: l.page, kind: LONE_NUMBER.test(l.text) ? 'page-number' : 'running' });
  const lines = all.filter((l) => !drop.has(l));
  // A removed line leaves the blank lines around it; they count once for the next line.
  const nonBlank = lines.length;
  const gapped = /\S {3,}\S/u;
  const layoutLines = lines.filter((l) => l.indent >= 3 || gapped.test(l.raw.trim())).length;
  const layout = nonBlank > 0 && layoutLines >= 0.1 * nonBlank && !lines.some((l) => l.raw.includes('\t'));
  const separated = lines.slice(1).filter((l) => l.blanksBefore > 0).length;
  return { lines, dropped, layout, blankSeparated: nonBlank > 2 && separated >= 0.6 * (nonBlank - 1) };
}

/** A lone number with other lone numbers close by: an STT cell of a one-cell-a-line table, not a page number. */
function nearTableCells(lines: TextLine[], index: number): boolean {
  const around = [...lines.slice(Math.max(0, index - 8), index), ...lines.slice(index + 1, index + 9)];
  return around.filter((l) => LONE_NUMBER.test(l.text)).length >= 2;
}

/** The parts of a laid-out line, split at runs of three or more spaces, with their columns. */
export function segments(line: TextLine, gap = 3): { text: string; column: number }[] {
  const out: { text: string; column: number }[] = [];
  // Words parted by fewer spaces than the gap belong together.
  const re = new RegExp(`\\S+(?:[ \\u00a0]{1,${gap - 1}}\\S+)*`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(line.raw.replace(/\t/gu, '    '))) !== null) out.push({ text: m[0].replace(/\s+/gu, ' '), column: m.index });
  return out;
}
