/**
 * Lines of formatted runs as collected from pasted HTML or text, turned into clean blocks:
 * whitespace tidied, no empty runs or lines, NFC with no XML-illegal characters, and a typed
 * marker at the start of a line ("1. ", "a) ", "- " …) turned into the block's kind.
 */
import type { FlatTextBlock, FlatTextKind } from '../../../core/model/flat-body';
import { newId } from '../../../core/model/ids';
import { cleanText } from '../../../core/model/text';
import type { InlineText } from '../../../core/model/types';
import { sliceInlines } from '../../../core/model/inline-text';
import { leadingMarker } from '../marker-syntax';

const sameMarks = (a: InlineText, b: InlineText): boolean =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/** Runs with tidy whitespace: tabs and no-break spaces as spaces, no doubled or edge spaces. */
export function tidyRuns(runs: readonly InlineText[]): InlineText[] {
  const out: InlineText[] = [];
  let lastWasSpace = true; // drops leading spaces
  for (const run of runs) {
    let text = '';
    for (const ch of cleanText(run.text.replace(/[\t\u00a0\u2007\u202f\r\n]/g, ' '))) {
      if (ch === ' ') {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      text += ch;
    }
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, run)) last.text += text;
    else out.push(withMarks(text, run));
  }
  // Trailing space.
  const last = out[out.length - 1];
  if (last && last.text.endsWith(' ')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') out.pop();
  }
  return out;
}

function withMarks(text: string, marks: InlineText): InlineText {
  const run: InlineText = { text };
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.underline) run.underline = true;
  return run;
}

/** Removes the first `count` characters of a run list. */
export function dropLeading(runs: readonly InlineText[], count: number): InlineText[] {
  return sliceInlines(runs, count);
}

export interface LineHint {
  /** The kind the source gave the line (list item, heading, Word list); null for plain lines. */
  kind: FlatTextKind | null;
  /** Whether a typed marker at the line's start may decide the kind (plain lines and headings). */
  detectMarker: boolean;
  /** Headings: a clause made from one is a title. */
  heading?: boolean;
}

/** A pasted block remembers the marker typed in its text, for when it is pasted into a line. */
export type PastedTextBlock = FlatTextBlock & { typedMarker?: string };

/** One block from one line of runs, or null for an empty line. */
export function blockFromLine(rawRuns: readonly InlineText[], hint: LineHint): PastedTextBlock | null {
  let runs = tidyRuns(rawRuns);
  if (runs.length === 0) return null;
  let kind: FlatTextKind = hint.kind ?? 'paragraph';
  let typedMarker: string | undefined;
  if (hint.detectMarker) {
    const text = runs.map((r) => r.text).join('');
    const marker = leadingMarker(text);
    if (marker && marker.length < text.length) {
      kind = marker.kind;
      typedMarker = text.slice(0, marker.length);
      runs = dropLeading(runs, marker.length);
    }
  }
  const block: PastedTextBlock = { id: newId(), kind, content: runs };
  if (typedMarker) Object.defineProperty(block, 'typedMarker', { value: typedMarker, enumerable: false });
  const allBold = runs.every((r) => r.bold);
  if (kind === 'clause') block.titled = Boolean(hint.heading) || allBold;
  // Sections and titled clauses are bold by their kind; bold marks over all of them add nothing.
  if ((kind === 'section' || (kind === 'clause' && block.titled)) && allBold) {
    block.content = runs.map(({ bold: _bold, ...rest }) => rest);
  }
  return block;
}
