/**
 * Plain text (copied from a PDF, an e-mail or a web page) → source blocks, read as a person reads
 * a page: page furniture skipped (text-lines.ts); the header's two columns put in a header table;
 * wrapped lines joined by sentence shape, line width and indentation rather than by blank lines;
 * hyphenation joined; the signature and the recipients (in either order, or interleaved line by
 * line as a PDF copy of the two-column table gives them) put in a signature table; each appendix's
 * heading, title, reference line and table (text-tables.ts). The recogniser then reads these
 * blocks exactly as it reads a Word file's.
 */
import { isAppendixHeading, isAppendixReference } from '../rules/appendix-forms';
import { lineWidth } from './line-width';
import { isHeaderLine } from './header';
import {
  ADDRESSEE,
  ARCHIVE,
  CLOSING_MARK,
  LEGAL_BASIS,
  MOTTO,
  NATIONAL_TITLE,
  PARTY_TITLE,
  PLACE_DATE,
  RECIPIENTS_LABEL,
  SECRECY,
  SEPARATOR,
  SIGN_PLACEHOLDER,
  SUBJECT,
  URGENCY,
  isCaps,
} from './patterns';
import { classify } from './body-tree';
import { isSignatureLine } from './signature';
import { para, type SourceBlock, type SourceDocument, type SourcePara, type SourceTable } from './source';
import { readPages, segments, type PageText, type TextLine } from './text-lines';
import { readTextTable } from './text-tables';
import { DOCUMENT_TYPES } from '../rules/decree30';
import { makeNote, type ImportNote } from './notes';

/** Words that open a paragraph of a plan or letter. */
const OPENING = /^(Thực hiện|Trên đây|Nhằm|Để|Theo|Căn cứ|Đề nghị)(?=\s)/u;
const TYPE_NAMES = new Set(DOCUMENT_TYPES.map((t) => t.typeName).filter(Boolean));

export interface TextSourceResult {
  source: SourceDocument;
  /** Where the reader was unsure (page furniture left out, paragraphs joined across pages, tables). */
  notes: ImportNote[];
  /** The lines left out as page furniture. */
  dropped: string[];
}

function isMarker(text: string): boolean {
  return classify(para(text)).kind !== null;
}

function isTypeName(text: string): boolean {
  return TYPE_NAMES.has(text.replace(/\s+/gu, ' ').trim());
}

/** A line that always starts a paragraph of its own. */
function startsParagraph(text: string): boolean {
  return (
    isMarker(text) ||
    LEGAL_BASIS.test(text) ||
    ADDRESSEE.test(text) ||
    RECIPIENTS_LABEL.test(text) ||
    (ARCHIVE.test(text) && /^[-–+•]?\s*Lưu\b/u.test(text)) ||
    isAppendixHeading(text) ||
    isAppendixReference(text) ||
    isSignatureLine(text) ||
    isHeaderLine(text) ||
    isTypeName(text) ||
    SECRECY.test(text) ||
    URGENCY.test(text) ||
    OPENING.test(text)
  );
}

/** Header lines that belong to the right column whatever their position. */
function isRightHeader(text: string): boolean {
  return NATIONAL_TITLE.test(text) || MOTTO.test(text) || PARTY_TITLE.test(text) || (PLACE_DATE.test(text) && /ngày/iu.test(text));
}

/** Lines of the recipients list ("Nơi nhận:", "- …;", "- Lưu: VT."). */
function isRecipientStart(text: string): boolean {
  return RECIPIENTS_LABEL.test(text) || /^[-–+•]/u.test(text) || /^Lưu\b/u.test(text);
}

/** "Lê Hoàng Đức": two to five capitalised words, no punctuation. */
function isNameLike(text: string): boolean {
  return /^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}$/u.test(text);
}

type Measure = (text: string) => number;
const PRINTED: Measure = lineWidth;
const CHARACTERS: Measure = (text) => [...text].length;

/** Spread (coefficient of variation) of the widths of lines that surely wrap (the next goes on in lower case). */
function spread(lines: TextLine[], measure: Measure): number {
  const widths = lines.filter((l, i) => i + 1 < lines.length && /^\p{Ll}/u.test(lines[i + 1].text) && !l.text.includes('\t')).map((l) => measure(l.text));
  if (widths.length < 3) return Infinity;
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
  const variance = widths.reduce((a, b) => a + (b - mean) ** 2, 0) / widths.length;
  return Math.sqrt(variance) / mean;
}

class Reader {
  readonly blocks: SourceBlock[] = [];
  readonly notes: ImportNote[] = [];
  private i = 0;
  private readonly lines: TextLine[];
  /** Width of a full line of body text (twips, estimated); 0 when lines are not wrapped. */
  private readonly fullWidth: number;
  /** The measure the text was wrapped by: printed width (a PDF) or characters (an e-mail wrapped at 72). */
  private readonly measure: Measure;
  private readonly bodyIndent: number;

  constructor(private readonly page: PageText) {
    this.lines = page.lines;
    this.measure = spread(this.lines, CHARACTERS) < spread(this.lines, PRINTED) ? CHARACTERS : PRINTED;
    const widths = this.lines.filter((l) => !l.text.includes('\t')).map((l) => this.measure(l.text)).sort((a, b) => b - a);
    // Wrapped text: many lines about as wide as the widest ones (a PDF copy, a hard-wrapped e-mail).
    const reference = widths[Math.floor(widths.length * 0.03)] ?? 0;
    const near = widths.filter((w) => w >= 0.85 * reference).length;
    this.fullWidth = widths.length >= 6 && near >= 0.3 * widths.length ? reference : 0;
    const indents = this.lines.map((l) => l.indent).sort((a, b) => a - b);
    this.bodyIndent = indents[Math.floor(indents.length * 0.2)] ?? 0;
    for (const d of page.dropped) this.notes.push(makeNote('page-furniture', 'page', d.text, { kind: d.kind }, d.page + 1));
  }

  read(): SourceDocument {
    this.header();
    this.title();
    this.body();
    this.tail();
    while (this.i < this.lines.length) this.appendix();
    return { blocks: this.blocks, finalLandscape: false, plain: true };
  }

  private get line(): TextLine | undefined {
    return this.lines[this.i];
  }

  /** The header lines up to the first line of the title or body, as a two-column header table. */
  private header() {
    const left: string[] = [];
    const right: string[] = [];
    let inSubject = false;
    let end = this.i;
    // The header ends before the type name, "Kính gửi", the first marker or opening sentence.
    const limit = Math.min(this.lines.length, 16);
    let lastHeader = -1;
    let subjectOpen = false;
    for (let k = 0; k < limit; k++) {
      const t = this.lines[k].text;
      if (isTypeName(t) || ADDRESSEE.test(t) || OPENING.test(t) || LEGAL_BASIS.test(t) || (isMarker(t) && !SEPARATOR.test(t))) break;
      const parts = this.page.layout ? segments(this.lines[k]).map((s) => s.text) : [t];
      if (parts.some((p) => isHeaderLine(p) || isRightHeader(p))) {
        lastHeader = k;
        subjectOpen = parts.some((p) => SUBJECT.test(p));
      } else if (subjectOpen && /^\p{Ll}/u.test(parts[0])) lastHeader = k;
      else if (isCaps(t) || SEPARATOR.test(t)) subjectOpen = false;
      else break;
    }
    if (lastHeader < 0) return;
    end = lastHeader + 1;
    // A wrapped "V/v" summary continues on the next left-column lines (lowercase starts).
    while (end < this.lines.length && /^\p{Ll}/u.test(this.lines[end].text) && !isMarker(this.lines[end].text)) end++;
    for (let k = 0; k < end; k++) {
      const line = this.lines[k];
      const parts = this.page.layout ? segments(line) : [{ text: line.text, column: line.indent }];
      for (const part of parts) {
        const t = part.text;
        if (SUBJECT.test(t)) {
          inSubject = true;
          left.push(t);
          continue;
        }
        const rightSide = isRightHeader(t) || (this.page.layout && parts.length > 1 && part !== parts[0] && !/^Số[\s:]/u.test(t));
        if (rightSide) {
          inSubject = false;
          right.push(t);
        } else if (inSubject && (/^\p{Ll}/u.test(t) || !isCaps(t))) {
          left[left.length - 1] = `${left[left.length - 1]} ${t}`;
        } else {
          inSubject = false;
          left.push(t);
        }
      }
    }
    this.blocks.push(twoColumns(left, right));
    this.i = end;
  }

  /** The type name and the summary under it (wrapped lines joined, up to the rule or the body). */
  private title() {
    while (this.line && (SECRECY.test(this.line.text) || URGENCY.test(this.line.text))) this.blocks.push(para(this.lines[this.i++].text));
    const line = this.line;
    if (!line || !isTypeName(line.text)) return;
    this.blocks.push(para(line.text));
    this.i++;
    const summary: string[] = [];
    while (this.line && summary.length < 3) {
      const t = this.line.text;
      if (SEPARATOR.test(t)) {
        this.blocks.push(para(summary.join(' ')), para(t));
        this.i++;
        return;
      }
      if (startsParagraph(t) && summary.length > 0) break;
      // Without a rule under it, the summary is one line (or lines that wrap, ending short).
      if (summary.length > 0 && !this.continues(summary[summary.length - 1], this.line, true)) break;
      summary.push(t);
      this.i++;
    }
    if (summary.length > 0) this.blocks.push(para(summary.join(' ')));
  }

  /** Body paragraphs up to the signature, the recipients or an appendix. */
  private body() {
    let current: string | null = null;
    let lastLine: TextLine | null = null;
    const flush = () => {
      if (current !== null) this.blocks.push(para(current));
      current = null;
    };
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      const t = line.text;
      if (RECIPIENTS_LABEL.test(t) || isSignatureLine(t) || isAppendixHeading(t) || (this.page.layout && segments(line).some((s) => RECIPIENTS_LABEL.test(s.text)))) break;
      if (current !== null && lastLine && this.continues(current, line, false, lastLine, this.lines[this.i + 1])) {
        if (line.page !== lastLine.page) this.notes.push(makeNote('joined-across-page', 'body', `${lastLine.text} ${t}`, {}, line.page + 1));
        current = join(current, t);
      } else {
        flush();
        current = t;
      }
      lastLine = line;
      this.i++;
      // The closing mark ends the body: what follows is the signature block.
      if (CLOSING_MARK.test(current) && !isMarker(current)) {
        flush();
        break;
      }
    }
    flush();
  }

  /**
   * True when `line` continues the paragraph ending with `previous` (the paragraph's text so far).
   * `last` is the previous line itself (for its width and page).
   */
  private continues(previous: string, line: TextLine, title: boolean, last?: TextLine, after?: TextLine): boolean {
    const t = line.text;
    if (startsParagraph(t) || CLOSING_MARK.test(previous)) return false;
    if (t.includes('\t')) return false;
    const prevLine = last?.text ?? previous;
    // Headings: a CAPS line continues only a CAPS heading; a line after a heading is a new paragraph
    // unless the heading clearly wraps (it is full and the line goes on in lower case).
    if (isCaps(t) && !isCaps(prevLine) && !(t.length < 15 && !t.includes(' '))) return false;
    // A CAPS section heading wrapped onto a second CAPS line.
    if (isCaps(t) && isCaps(prevLine) && classify(para(previous)).kind === 'section') return true;
    if (isCaps(prevLine) && !isCaps(t) && !/^\p{Ll}/u.test(t)) return false;
    const startsLower = /^\p{Ll}/u.test(t);
    if (this.page.blankSeparated && !title) {
      // Blank lines part paragraphs; a page break's blank lines do not (the line goes on in lower case).
      if (line.blanksBefore === 0) return true;
      return startsLower && !/[.;:!?]$/u.test(prevLine) && (last ? line.page !== last.page || this.full(prevLine, t) : false);
    }
    if (this.page.layout && line.indent >= this.bodyIndent + 3 && !startsLower) return false;
    if (this.fullWidth > 0) {
      // Wrapped text: the line goes on when its first word would not have fitted on the line before.
      // A sentence ending with the line, then a wrapped line short by a first-line indent: a new paragraph.
      const sentenceEnds = /[.;:!?]$/u.test(prevLine) && /^\p{Lu}/u.test(t);
      const indentedFirst = sentenceEnds && after !== undefined && /^\p{Ll}/u.test(after.text) && !startsParagraph(after.text) && !this.full(t, after.text, false) && this.full(t, after.text, true);
      if (this.full(prevLine, t, previous === prevLine)) return !indentedFirst;
      return startsLower && !/[.;:!?]$/u.test(prevLine) && !isCaps(prevLine);
    }
    // One paragraph a line (a paste without blank lines): only a lower-case start goes on.
    return startsLower && !/[.;:!?]$/u.test(prevLine) && !title;
  }

  /**
   * True when the first word of `next` would not have fitted after `previous`: the line was full
   * and the paragraph goes on. A paragraph's first line is shorter by its indent.
   */
  private full(previous: string, next: string, firstLine = false): boolean {
    if (this.fullWidth <= 0) return false;
    const word = next.split(' ')[0];
    return this.measure(`${previous} ${word}`) > this.fullWidth * (firstLine ? 0.9 : 0.985);
  }

  /** Signature and recipients, in either order or interleaved, up to the first appendix. */
  private tail() {
    const recipients: string[] = [];
    const signature: string[] = [];
    const extras: string[] = [];
    let openRecipient = false;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i];
      if (isAppendixHeading(line.text)) break;
      const parts = this.page.layout ? segments(line) : [{ text: line.text, column: line.indent }];
      const splitColumn = Math.max(20, Math.round((this.maxColumn() * 2) / 5));
      for (const part of parts) {
        const t = part.text;
        const rightColumn = this.page.layout && parts.length > 1 && part.column >= splitColumn;
        if (!rightColumn && (isRecipientStart(t) || (openRecipient && !isCaps(t) && !isNameLike(t)) || (openRecipient && /^\p{Ll}/u.test(t)))) {
          if (isRecipientStart(t) || recipients.length === 0) recipients.push(t);
          else recipients[recipients.length - 1] = join(recipients[recipients.length - 1], t);
          openRecipient = !/[;.]$/u.test(t) || RECIPIENTS_LABEL.test(t);
          continue;
        }
        if (isCaps(t) || isSignatureLine(t) || SIGN_PLACEHOLDER.test(t) || isNameLike(t)) signature.push(t);
        else if (!hasLetters(t) && SEPARATOR.test(t)) signature.push(t);
        else extras.push(t);
      }
      this.i++;
    }
    if (recipients.length > 0 || signature.length > 0) this.blocks.push(twoColumns(recipients, signature));
    for (const t of extras) this.blocks.push(para(t));
  }

  private maxColumn(): number {
    return Math.max(40, ...this.lines.slice(0, 40).map((l) => l.raw.length));
  }

  /** One appendix: heading, title lines, reference line, table, then its other lines. */
  private appendix() {
    const heading = this.lines[this.i++];
    this.blocks.push(para(heading.text));
    // Title (CAPS lines, joined) and the reference line (which may wrap).
    const title: string[] = [];
    while (this.line && /\p{Lu}|\d/u.test(this.line.text) && !/\p{Ll}/u.test(this.line.text) && !isAppendixHeading(this.line.text) && !/^\(/u.test(this.line.text) && !this.line.text.includes('\t') && !/^(STT|TT)$/u.test(segments(this.line, 2)[0]?.text ?? '')) {
      title.push(this.lines[this.i++].text);
    }
    if (title.length > 0) this.blocks.push(para(title.join(' ')));
    if (this.line && /^\(/u.test(this.line.text)) {
      let reference = this.lines[this.i++].text;
      while (!/\)\s*$/u.test(reference) && this.line && this.line.text.length < 120 && !this.line.text.includes('\t')) reference = join(reference, this.lines[this.i++].text);
      this.blocks.push(para(reference));
    }
    let current: string | null = null;
    while (this.i < this.lines.length && !isAppendixHeading(this.lines[this.i].text)) {
      const found = readTextTable(this.lines, this.i, this.page.layout);
      if (found) {
        if (current !== null) this.blocks.push(para(current));
        current = null;
        this.blocks.push(found.table);
        this.notes.push(makeNote('table-from-text', 'appendix', this.lines[this.i].text, { rows: found.table.rows.length, columns: found.table.rows[0]?.cells.length ?? 0, form: found.form }));
        this.i += found.length;
        continue;
      }
      const line = this.lines[this.i];
      if (current !== null && this.continues(current, line, false)) current = join(current, line.text);
      else {
        if (current !== null) this.blocks.push(para(current));
        current = line.text;
      }
      this.i++;
    }
    if (current !== null) this.blocks.push(para(current));
  }
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * Joins a wrapped line: "phát tri-" + "ển" is hyphenation (the hyphen goes); "76/NQ-" + "CP" is a
 * code broken at its hyphen (the hyphen stays, no space); "kinh tế -" + "xã hội" is a spaced dash.
 */
function join(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  if (/[\p{L}\p{N}]-$/u.test(previous) && /^[\p{Lu}\p{N}]/u.test(next)) return previous + next;
  return `${previous} ${next}`;
}

function twoColumns(left: string[], right: string[]): SourceTable {
  const cell = (lines: string[]) => ({ gridSpan: 1, vMerge: null, paras: lines.length > 0 ? lines.map((l) => para(l)) : [para('')] });
  return { type: 'table', grid: [], bordered: false, rows: [{ header: false, cells: [cell(left), cell(right)] }] };
}

export function readText(text: string): TextSourceResult {
  const pages = readPages(text);
  const reader = new Reader(pages);
  const source = reader.read();
  return { source, notes: reader.notes, dropped: pages.dropped.map((d) => d.text) };
}

export function textToSource(text: string): SourceDocument {
  return readText(text).source;
}

export type { SourcePara };
