/**
 * Page geometry and text look-ups for the render tests: the decree's A4 sheet and margins in
 * points, and finding a given text (possibly wrapped over several lines) on a page.
 */
import type { Box, Line, PageSize, PdfPage, Rule, Word } from '../helpers/pdf';

const MM = 72 / 25.4;

export const A4 = { short: 210 * MM, long: 297 * MM };
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export function isPortraitA4(size: PageSize): boolean {
  return Math.abs(size.width - A4.short) <= 1 && Math.abs(size.height - A4.long) <= 1;
}

export function isLandscapeA4(size: PageSize): boolean {
  return Math.abs(size.width - A4.long) <= 1 && Math.abs(size.height - A4.short) <= 1;
}

export function describeSize(size: PageSize): string {
  const kind = isPortraitA4(size) ? 'A4 portrait' : isLandscapeA4(size) ? 'A4 landscape' : 'not A4';
  return `${size.width.toFixed(1)} × ${size.height.toFixed(1)} pt (${kind})`;
}

export const centreX = (box: Box): number => (box.xMin + box.xMax) / 2;
export const centreY = (box: Box): number => (box.yMin + box.yMax) / 2;
export const widthOf = (box: Box): number => box.xMax - box.xMin;

/** Horizontal centre of the text area between the left (30 mm) and right (15 mm) margins. */
export function textAreaCentre(page: PageSize): number {
  return (MARGIN.left + page.width - MARGIN.right) / 2;
}

/** Words whose centre lies above the top margin (where only the page number belongs). */
export function topMarginWords(page: PdfPage): Word[] {
  return page.words.filter((word) => centreY(word) < MARGIN.top);
}

/** Collapses runs of white space (including no-break spaces) to single spaces. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Lines sorted top to bottom, then left to right. */
export function linesInOrder(lines: Line[]): Line[] {
  return [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}

/**
 * Consecutive lines (top to bottom, from `candidates`) whose text joined with spaces reads
 * exactly `expected`: a title that the layout may have wrapped. Null when absent.
 */
export function findWrappedText(candidates: Line[], expected: string): Line[] | null {
  const want = squash(expected);
  const sorted = linesInOrder(candidates);
  for (let start = 0; start < sorted.length; start++) {
    let joined = '';
    for (let end = start; end < sorted.length; end++) {
      joined = squash(`${joined} ${sorted[end].text}`);
      if (joined === want) return sorted.slice(start, end + 1);
      if (!want.startsWith(joined)) break;
    }
  }
  return null;
}

/** The smallest box around several boxes. */
export function unionBox(boxes: Box[]): Box {
  return {
    xMin: Math.min(...boxes.map((b) => b.xMin)),
    yMin: Math.min(...boxes.map((b) => b.yMin)),
    xMax: Math.max(...boxes.map((b) => b.xMax)),
    yMax: Math.max(...boxes.map((b) => b.yMax)),
  };
}

/** Rules that start within `gap` points below the bottom of `box` and are centred under it (± `offCentre`). */
export function rulesUnder(rules: Rule[], box: Box, gap = 12, offCentre = 6): Rule[] {
  return rules.filter((rule) => rule.yMin >= box.yMax - 2 && rule.yMin <= box.yMax + gap && Math.abs(centreX(rule) - centreX(box)) <= offCentre);
}

export function describeRule(rule: Rule): string {
  return `${rule.length.toFixed(0)} pt long at x ${rule.xMin.toFixed(0)}–${rule.xMax.toFixed(0)}, y ${rule.yMin.toFixed(0)}`;
}

/** The rules a person would see in the same area as `box`, to explain a miss. */
export function rulesNear(rules: Rule[], box: Box, distance = 40): string {
  const near = rules.filter((rule) => rule.yMin > box.yMin - distance && rule.yMin < box.yMax + distance && rule.xMax > box.xMin - distance && rule.xMin < box.xMax + distance);
  return near.length ? near.map(describeRule).join('; ') : 'none';
}

/**
 * Drops dark runs that lie inside a word's box (runs of capital T's crossbars in "STTTT" are as
 * long as a short rule); a rule under a line sits below its words' boxes, at most in their descent.
 */
export function withoutGlyphRuns(rules: Rule[], words: Word[]): Rule[] {
  return rules.filter((rule) => {
    const y = (rule.yMin + rule.yMax) / 2;
    return !words.some((w) => y > w.yMin + 1 && y < w.yMax - 3 && rule.xMin < w.xMax && rule.xMax > w.xMin);
  });
}
