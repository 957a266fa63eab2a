/** Text runs with the decree's font on every slot, black, and Vietnamese language. */
import { TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineText } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { ptToHalfPoints } from './units';

const { family, color, language } = DECREE30.font;

/** The font in all four slots (ascii, hAnsi, cs, eastAsia). */
export const FONT_ALL_SLOTS = { ascii: family, hAnsi: family, cs: family, eastAsia: family } as const;

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Run properties shared by every run the writer makes. */
export function runProperties(style: RunStyle): IRunOptions {
  return {
    font: FONT_ALL_SLOTS,
    size: ptToHalfPoints(style.size),
    color,
    language: { value: language },
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
}

/** One run of plain text. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ ...runProperties(style), text });
}

/** Runs for inline content: each segment keeps its own bold/italic/underline over the base style. */
export function inlineRuns(inlines: readonly InlineText[], base: RunStyle, upper = false): ParagraphChild[] {
  return inlines
    .filter((inline) => inline.text.length > 0)
    .map((inline) =>
      run(upper ? inline.text.toLocaleUpperCase('vi-VN') : inline.text, {
        size: base.size,
        bold: base.bold || inline.bold,
        italic: base.italic || inline.italic,
        underline: base.underline || inline.underline,
      }),
    );
}

/** Plain text of inline content. */
export function plainText(inlines: readonly InlineText[]): string {
  return inlines.map((inline) => inline.text).join('');
}
