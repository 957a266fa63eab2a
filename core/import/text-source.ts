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
  SENTENCE_END,
  isCaps,
  normaliseSpaces,
} from './patterns';
import { classify } from './body-tree';
import { isSignatureLine } from './signature';
import { para, type SourceDocument, type SourcePara } from './source';

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
    /^\(Kèm theo/u.test(line)
  );
}

export function textToSource(text: string): SourceDocument {
  const lines = cleanText(text.replace(/\r\n?/g, '\n')).split('\n').map((l) => normaliseSpaces(l));
  const paras: SourcePara[] = [];
  let current: string | null = null;
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
      continue;
    }
    const prev: string = current;
    const capsChange = isCaps(prev) !== isCaps(line);
    const joins = !startsParagraph(line) && !SENTENCE_END.test(prev) && !capsChange;
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
