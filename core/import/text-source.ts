/**
 * Plain text (copied from a PDF or an e-mail) → source paragraphs. Blank lines end paragraphs;
 * a wrapped line joins the previous one when that one does not end a sentence and the line does
 * not start a new item; "-" at a line end joins without a space only when a letter follows on
 * the next line in lowercase (real hyphenation), never before a marker.
 */
import { cleanText } from '../model/text';
import { isHeaderLine } from './header';
import {
  ADDRESSEE,
  APPENDIX_HEADING,
  ARCHIVE,
  LEGAL_BASIS,
  RECIPIENTS_LABEL,
  SECRECY,
  SENTENCE_END,
  URGENCY,
  isCaps,
  normaliseSpaces,
} from './patterns';
import { classify } from './body-tree';
import { isSignatureLine } from './signature';
import { para, type SourceDocument, type SourcePara } from './source';

/** Words that open a paragraph of a plan or letter (a sentence cannot continue with them capitalised). */
const OPENING = /^(Thực hiện|Trên đây|Nhằm|Để|Theo|Căn cứ|Đề nghị)(?=\s)/u;

/** A line that always starts a paragraph of its own. */
function startsParagraph(line: string): boolean {
  return (
    classify(para(line)).kind !== null ||
    LEGAL_BASIS.test(line) ||
    ADDRESSEE.test(line) ||
    RECIPIENTS_LABEL.test(line) ||
    ARCHIVE.test(line) && /^[-–+•]?\s*Lưu\b/u.test(line) ||
    APPENDIX_HEADING.test(line) ||
    isSignatureLine(line) ||
    isHeaderLine(line) ||
    /^\(Kèm theo/u.test(line) ||
    SECRECY.test(line) ||
    URGENCY.test(line) ||
    OPENING.test(line)
  );
}

export function textToSource(text: string): SourceDocument {
  const lines = cleanText(text.replace(/\r\n?/g, '\n')).split('\n').map((l) => normaliseSpaces(l));
  // Text wrapped at a fixed width (a PDF copy): most lines are nearly as long as the longest.
  // There, a full line continues into the next one and a short line ends its paragraph.
  const lengths = lines.filter(Boolean).map((l) => l.length);
  const width = Math.max(0, ...lengths);
  const wrapped = width > 0 && width < 200 && lengths.filter((n) => n >= 0.8 * width).length >= 0.4 * lengths.length;
  const isFull = (line: string) => wrapped && line.length >= 0.75 * width;
  const paras: SourcePara[] = [];
  let current: string | null = null;
  let lastLine = '';
  const flush = () => {
    if (current !== null && current.trim()) paras.push(para(current.trim()));
    current = null;
  };
  for (const line of lines) {
    if (!line) {
      flush();
      continue;
    }
    if (current === null) {
      current = line;
      lastLine = line;
      continue;
    }
    const prev: string = current;
    // CAPS lines stay apart (agency lines, titles) unless they continue a numbered heading.
    // A lone acronym ("CCHC.") may end a wrapped sentence.
    const acronym = isCaps(line) && !line.includes(' ') && !isCaps(prev);
    const capsOk = acronym || (isCaps(line) ? isCaps(prev) && classify(para(prev)).kind !== null : !isCaps(prev));
    // A line starting in lowercase continues a sentence whatever ends the previous line.
    const continues = /^\p{Ll}/u.test(line) && classify(para(line)).kind === null;
    const ends = wrapped ? !isFull(lastLine) : SENTENCE_END.test(prev) && !continues;
    lastLine = line;
    const joins = !startsParagraph(line) && capsOk && !ends;
    if (!joins) {
      flush();
      current = line;
    } else if (/\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(line)) {
      // Real hyphenation: "phát tri-" + "ển" → "phát triển". Compound words with a spaced dash stay apart.
      current = prev.slice(0, -1) + line;
    } else {
      current = `${prev} ${line}`;
    }
  }
  flush();
  return { blocks: paras, finalLandscape: false, plain: true };
}
