/**
 * Text runs: Vietnamese language on every run, plus the size and emphasis that differ from the
 * paragraph style (font and colour come from the styles, see styles.ts).
 */
import { TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { InlineText } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { ptToHalfPoints } from './units';

const { language } = DECREE30.font;

export interface RunStyle {
  /** Points; omitted from the run when it equals the paragraph style's size (`styleSize`). */
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Run properties: language always; size only where it differs from the style's; emphasis when on. */
export function runProperties(style: RunStyle, styleSize = DECREE30.body.size): IRunOptions {
  return {
    language: { value: language },
    ...(style.size !== styleSize ? { size: ptToHalfPoints(style.size) } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  };
}

/** One run of plain text. */
export function run(text: string, style: RunStyle, styleSize?: number): TextRun {
  return new TextRun({ ...runProperties(style, styleSize), text });
}

/**
 * Runs for inline content: each segment keeps its own bold/italic/underline over the base style;
 * neighbouring segments that end up formatted alike share one run.
 */
export function inlineRuns(inlines: readonly InlineText[], base: RunStyle, upper = false, styleSize?: number): ParagraphChild[] {
  return inlineSegments(inlines, base, upper).map((segment) => run(segment.text, segment.style, styleSize));
}

/** A stretch of text with one formatting: what one run prints. */
export interface Segment {
  text: string;
  style: RunStyle;
}

/** The segments inlineRuns turns into runs (upper-cased when asked), for callers that wrap runs differently. */
export function inlineSegments(inlines: readonly InlineText[], base: RunStyle, upper = false): Segment[] {
  const merged: Segment[] = [];
  for (const inline of inlines) {
    if (inline.text.length === 0) continue;
    const style: RunStyle = {
      size: base.size,
      bold: Boolean(base.bold || inline.bold),
      italic: Boolean(base.italic || inline.italic),
      underline: Boolean(base.underline || inline.underline),
    };
    const text = upper ? inline.text.toLocaleUpperCase('vi-VN') : inline.text;
    const last = merged[merged.length - 1];
    if (last && last.style.bold === style.bold && last.style.italic === style.italic && last.style.underline === style.underline) {
      last.text += text;
    } else {
      merged.push({ text, style });
    }
  }
  return merged;
}

/** Plain text of inline content. */
export function plainText(inlines: readonly InlineText[]): string {
  return inlines.map((inline) => inline.text).join('');
}
