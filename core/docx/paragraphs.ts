/** Paragraph builders shared by the parts of the document. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type ParagraphChild } from 'docx';
import { STYLE } from './styles';
import { DECREE30 } from '../rules/decree30';
import { ptToHalfPoints, ptToTwip } from './units';
import { run, type RunStyle } from './runs';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export interface LineOptions {
  align?: Alignment;
  before?: number;
  after?: number;
  keepNext?: boolean;
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
    ...(children.length === 0 ? { run: { size: ptToHalfPoints(style.size) } } : {}),
  });
}

/** A body paragraph: the default paragraph formatting (justified, first-line indent, 6 pt after). */
export function bodyParagraph(children: ParagraphChild[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ children, ...(options.keepNext ? { keepNext: true } : {}) });
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
