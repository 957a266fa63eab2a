/** Paragraph builders shared by the parts of the document. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import { STYLE } from './styles';
import { DECREE30 } from '../rules/decree30';
import { ptToHalfPoints, ptToTwip } from './units';
import { run, type RunStyle } from './runs';
import type { VanBanDocument } from '../model/types';
import { alignPairs } from './align';
import { revisedRuns, textPieces, wholePieces, type ChangeMark, type Tracker } from './revisions';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions {
  align?: Alignment;
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** The paragraph mark of an added or removed paragraph (tracked changes). */
  mark?: ParagraphMark;
}

/** A paragraph mark tracked as inserted or deleted: the paragraph itself was added or removed. */
export interface ParagraphMark {
  kind: 'ins' | 'del';
  change: ChangeMark;
}

/**
 * Paragraph-mark run properties for a tracked mark. They replace the empty line's size: in
 * w:pPr/w:rPr the w:ins / w:del must come first, and the docx library writes them last.
 */
function markRun(mark: ParagraphMark): { insertion: ChangeMark } | { deletion: ChangeMark } {
  return mark.kind === 'ins' ? { insertion: mark.change } : { deletion: mark.change };
}

/** A line of one run in the line style (centred unless told otherwise); spacing in points. */
export function textLine(text: string, style: RunStyle, options: LineOptions = {}): Paragraph {
  return lineOf(text ? [run(text, style)] : [], style, options);
}

export function lineOf(children: ParagraphChild[], style: RunStyle, options: LineOptions = {}): Paragraph {
  const spaced = options.before || options.after;
  return new Paragraph({
    style: STYLE.line,
    children,
    ...(options.align && options.align !== AlignmentType.CENTER ? { alignment: options.align } : {}),
    ...(spaced ? { spacing: { before: ptToTwip(options.before ?? 0), after: ptToTwip(options.after ?? 0) } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    // An empty line keeps the height of its text size.
    ...(options.mark ? { run: markRun(options.mark) } : children.length === 0 ? { run: { size: ptToHalfPoints(style.size) } } : {}),
  });
}

/** A body paragraph: the default paragraph formatting (justified, first-line indent, 6 pt after). */
export function bodyParagraph(children: ParagraphChild[], options: { keepNext?: boolean; mark?: ParagraphMark } = {}): Paragraph {
  return new Paragraph({ children, ...(options.keepNext ? { keepNext: true } : {}), ...(options.mark ? { run: markRun(options.mark) } : {}) });
}

/** What a tracked-changes copy compares the document with: the older version and the change marks. */
export interface DocTrack {
  before: VanBanDocument;
  tracker: Tracker;
}

/** Builds one paragraph of a list of lines from its runs (index = position in the written list). */
export type LineMaker = (children: ParagraphChild[], index: number, mark?: ParagraphMark) => Paragraph;

/**
 * Paragraphs for a list of lines derived from the document (`lines(doc)`). With a tracked-changes
 * copy the older version's lines are aligned with the newer ones: changed lines show their words
 * inserted and deleted, added and removed lines are inserted and deleted paragraphs.
 */
export function trackedParagraphs(
  doc: VanBanDocument,
  track: DocTrack | null,
  lines: (doc: VanBanDocument) => readonly string[],
  style: RunStyle,
  make: LineMaker,
): Paragraph[] {
  const after = lines(doc);
  if (!track) return after.map((line, index) => make(line ? [run(line, style)] : [], index));
  const { tracker } = track;
  return alignPairs(lines(track.before), after).map((pair, index) => {
    if (pair.before !== undefined && pair.after !== undefined) {
      return make(revisedRuns(textPieces(pair.before, pair.after), style, [], tracker), index);
    }
    const kind = pair.after !== undefined ? 'ins' : 'del';
    const text = pair.after ?? pair.before ?? '';
    return make(revisedRuns(wholePieces(kind, [{ text }]), style, [], tracker), index, { kind, change: tracker.mark() });
  });
}

/** trackedParagraphs for lines in the line style (textLine), with options by position. */
export function trackedLines(
  doc: VanBanDocument,
  track: DocTrack | null,
  lines: (doc: VanBanDocument) => readonly string[],
  style: RunStyle,
  options: (index: number) => LineOptions = () => ({}),
): Paragraph[] {
  return trackedParagraphs(doc, track, lines, style, (children, index, mark) => lineOf(children, style, { ...options(index), ...(mark ? { mark } : {}) }));
}

/** One line in the line style whose words are tracked (a changed line stays one paragraph). */
export function trackedLine(
  doc: VanBanDocument,
  track: DocTrack | null,
  text: (doc: VanBanDocument) => string,
  style: RunStyle,
  options: LineOptions = {},
): Paragraph {
  if (!track) return textLine(text(doc), style, options);
  return lineOf(revisedRuns(textPieces(text(track.before), text(doc)), style, [], track.tracker), style, options);
}

/**
 * A solid horizontal rule `length` twips long, centred in a box `boxWidth` wide: an empty, 4 pt high
 * paragraph whose bottom border is the line, narrowed by equal left and right indents.
 */
export function ruleParagraph(length: number, boxWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new Paragraph({
    style: STYLE.line,
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: ptToTwip(after), line: ptToTwip(4), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: DECREE30.font.color, space: 1 } },
    run: { size: 4 },
  });
}

/** CAPS bold text in a single-line frame (secrecy and urgency marks), centred in `boxWidth`. */
export function framedMark(text: string, sizePt: number, textWidth: number, boxWidth: number): Paragraph {
  const frame = { style: BorderStyle.SINGLE, size: 6, color: DECREE30.font.color, space: 2 };
  const side = Math.max(0, Math.round((boxWidth - textWidth) / 2) - 120);
  return new Paragraph({
    style: STYLE.line,
    children: [run(text, { size: sizePt, bold: true })],
    indent: { left: side, right: side },
    spacing: { before: ptToTwip(6), after: 0 },
    border: { top: frame, bottom: frame, left: frame, right: frame },
  });
}
