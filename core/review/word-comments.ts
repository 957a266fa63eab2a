/**
 * Comments a leader added in Word (góp ý trên Word) brought back into the document.
 *
 * The .docx is opened with the shared reader (core/docx-read: size and zip-bomb limits, entry
 * names checked, any DOCTYPE refused). From it come word/comments.xml (author, initials, date,
 * text), word/commentsExtended.xml (threads by w15:paraIdParent, resolved by w15:done), the
 * commentRangeStart / commentRangeEnd positions in word/document.xml and, when Word wrote them,
 * the UTC dates of word/commentsExtensible.xml.
 *
 * Each thread's passage is put back on the document's blocks (body and appendix bodies, in the
 * plain text of core/review/diff blockText):
 *   1. the Word paragraph reads exactly as a block (as exported: "1. " markers, CAPS headings;
 *      either with the leader's tracked edits or without them): the same offsets in that block;
 *   2. else the passage occurs exactly once in the blocks, or in the block at the paragraph's
 *      position: there;
 *   3. else, and for passages in the header and title area (before the first body paragraph),
 *      the comment is kept orphaned, collapsed at the start of the nearest block (the first body
 *      block for the title area), its quote the passage.
 * Dates: the UTC date of commentsExtensible.xml when Word wrote one; else w:date, which Word writes
 * as its local wall-clock time marked "Z", read as local time of the machine importing.
 * Replies join their thread. A comment already in the document (same author, same text, same date
 * to the minute: one we exported ourselves; without any date, on the same passage or in the same
 * thread) is not added again, and a reply to it joins our thread;
 * when Word marks such a thread resolved, ours is resolved too (never reopened). All text is NFC
 * with XML-illegal characters removed.
 */
import { elements, parseXml, type XmlElement } from '../docx-read/xml';
import { readDocxPackage, relatedPart } from '../docx-read/package';
import { resolveLimits } from '../docx-read/limits';
import { flattenBody } from '../model/flat-body';
import { newId } from '../model/ids';
import { cleanText, upperVi } from '../model/text';
import type { BodyBlock, DocumentComment, VanBanDocument } from '../model/types';
import { numberBody } from '../numbering/numbering';
import { blockText } from './diff';
import { alignPairs } from '../docx/align';

export interface WordCommentsReport {
  /** Comments in the Word file, replies included. */
  found: number;
  /** Comments added to the document, replies included. */
  added: number;
  /** Of those added, the ones whose passage was not found (kept, flagged orphaned). */
  orphaned: number;
  /** Already in the document (same author, date to the minute and text; undated: same passage): not added again. */
  duplicates: number;
}

export interface WordCommentsResult {
  document: VanBanDocument;
  report: WordCommentsReport;
}

/** Anchor of an orphan in a document without any body block (never shown: the pane lists it as orphaned). */
const NO_BLOCK = 'none';

// ---------------------------------------------------------------------------------------------
// word/comments.xml and its companions

interface WordComment {
  id: string;
  author: string;
  initials: string;
  /** w:date as written (Word writes local time marked Z) and the true UTC date when known. */
  date?: string;
  dateUtc?: string;
  text: string;
  /** w14:paraId of the comment's last paragraph: the key of commentsExtended.xml. */
  paraId?: string;
  parentParaId?: string;
  done: boolean;
}

/** Visible text of a WordprocessingML fragment: w:t, tabs and breaks; deleted text and field codes left out. */
function visibleText(element: XmlElement): string {
  let out = '';
  const visit = (node: XmlElement): void => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:t') out += c.children.filter((t): t is string => typeof t === 'string').join('');
      else if (c.name === 'w:tab' && node.name === 'w:r') out += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
      else if (c.name === 'w:noBreakHyphen') out += '-';
      else if (!['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'w:pPr', 'w:rPr', 'mc:Fallback'].includes(c.name)) visit(c);
    }
  };
  visit(element);
  return out;
}

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('')
    .toLocaleUpperCase('vi-VN');

function readComments(part: (path: string) => XmlElement | undefined, paths: Record<'comments' | 'extended' | 'ids' | 'extensible', string>): WordComment[] {
  const root = part(paths.comments);
  if (!root) return [];
  const extended = new Map<string, XmlElement>();
  for (const entry of elements(part(paths.extended), 'w15:commentEx')) extended.set(entry.attrs['w15:paraId'] ?? '', entry);
  // paraId → durableId (commentsIds.xml) → dateUtc (commentsExtensible.xml).
  const durable = new Map<string, string>();
  for (const entry of elements(part(paths.ids), 'w16cid:commentId')) durable.set(entry.attrs['w16cid:paraId'] ?? '', entry.attrs['w16cid:durableId'] ?? '');
  const utc = new Map<string, string>();
  for (const entry of elements(part(paths.extensible), 'w16cex:commentExtensible')) {
    const date = entry.attrs['w16cex:dateUtc'];
    if (date) utc.set(entry.attrs['w16cex:durableId'] ?? '', date);
  }
  return elements(root, 'w:comment').map((comment) => {
    const paragraphs = elements(comment).filter((c) => c.name === 'w:p');
    const paraId = paragraphs[paragraphs.length - 1]?.attrs['w14:paraId'];
    const ext = paraId !== undefined ? extended.get(paraId) : undefined;
    const author = cleanText(comment.attrs['w:author'] ?? '').trim();
    const dateUtc = paraId !== undefined ? utc.get(durable.get(paraId) ?? '') : undefined;
    return {
      id: comment.attrs['w:id'] ?? '',
      author,
      initials: cleanText(comment.attrs['w:initials'] ?? '').trim() || initialsOf(author),
      ...(comment.attrs['w:date'] ? { date: comment.attrs['w:date'] } : {}),
      ...(dateUtc ? { dateUtc } : {}),
      text: cleanText(paragraphs.map(visibleText).join('\n')).trim(),
      ...(paraId !== undefined ? { paraId } : {}),
      ...(ext?.attrs['w15:paraIdParent'] ? { parentParaId: ext.attrs['w15:paraIdParent'] } : {}),
      done: ['1', 'true', 'on'].includes(ext?.attrs['w15:done'] ?? ''),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// word/document.xml: paragraphs and where each comment range starts and ends

/**
 * A paragraph in two readings of the leader's tracked changes: with them accepted (inserted text
 * in, deleted text out) and rejected (the text as exported). Offsets of comment markers are kept
 * in both readings.
 */
interface WordParagraph {
  accepted: string;
  rejected: string;
  /** Index of the top-level w:body child (paragraph or table) the paragraph is in. */
  topIndex: number;
}

interface Position {
  paragraph: number;
  accepted: number;
  rejected: number;
}

interface Ranges {
  paragraphs: WordParagraph[];
  starts: Map<string, Position>;
  ends: Map<string, Position>;
  references: Map<string, Position>;
  /** Top-level index of the first table in w:body (the header table), or -1. */
  firstTable: number;
}

function readRanges(document: XmlElement): Ranges {
  const paragraphs: WordParagraph[] = [];
  const starts = new Map<string, Position>();
  const ends = new Map<string, Position>();
  const references = new Map<string, Position>();
  const body = elements(document, 'w:body')[0];
  const open: number[] = [];
  const pendingStarts: string[] = [];
  let topIndex = 0;
  let firstTable = -1;

  const here = (): Position | undefined => {
    const index = open[open.length - 1] ?? paragraphs.length - 1;
    if (index < 0) return undefined;
    const paragraph = paragraphs[index];
    return { paragraph: index, accepted: paragraph.accepted.length, rejected: paragraph.rejected.length };
  };
  const add = (text: string, mode: 'both' | 'inserted' | 'deleted'): void => {
    const index = open[open.length - 1];
    if (index === undefined) return;
    if (mode !== 'deleted') paragraphs[index].accepted += text;
    if (mode !== 'inserted') paragraphs[index].rejected += text;
  };
  const visit = (node: XmlElement, mode: 'both' | 'inserted' | 'deleted', inRun: boolean): void => {
    for (const c of node.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:p': {
          paragraphs.push({ accepted: '', rejected: '', topIndex });
          open.push(paragraphs.length - 1);
          for (const id of pendingStarts.splice(0)) starts.set(id, { paragraph: paragraphs.length - 1, accepted: 0, rejected: 0 });
          visit(c, mode, false);
          open.pop();
          break;
        }
        case 'w:t':
        case 'w:delText':
          add(c.children.filter((t): t is string => typeof t === 'string').join(''), mode);
          break;
        case 'w:tab':
          if (inRun) add('\t', mode);
          break;
        case 'w:br':
        case 'w:cr':
          add('\n', mode);
          break;
        case 'w:noBreakHyphen':
          add('-', mode);
          break;
        case 'w:commentRangeStart': {
          const id = c.attrs['w:id'] ?? '';
          const position = open.length > 0 ? here() : undefined;
          if (position) starts.set(id, position);
          else pendingStarts.push(id);
          break;
        }
        case 'w:commentRangeEnd': {
          const position = here();
          if (position) ends.set(c.attrs['w:id'] ?? '', position);
          break;
        }
        case 'w:commentReference': {
          const position = here();
          if (position) references.set(c.attrs['w:id'] ?? '', position);
          break;
        }
        case 'w:ins':
        case 'w:moveTo':
          visit(c, 'inserted', inRun);
          break;
        case 'w:del':
        case 'w:moveFrom':
          visit(c, 'deleted', inRun);
          break;
        case 'w:pPr':
        case 'w:rPr':
        case 'w:instrText':
        case 'w:delInstrText':
        case 'mc:Fallback':
        case 'w:sectPr':
          break;
        case 'w:r':
          visit(c, mode, true);
          break;
        default:
          visit(c, mode, inRun);
      }
    }
  };
  for (const c of body ? elements(body) : []) {
    if (c.name === 'w:tbl' && firstTable < 0) firstTable = topIndex;
    visit({ name: '#wrap', attrs: {}, children: [c] }, 'both', false);
    topIndex += 1;
  }
  return { paragraphs, starts, ends, references, firstTable };
}

// ---------------------------------------------------------------------------------------------
// The document's blocks as they were exported

interface Target {
  blockId: string;
  /** Plain text (blockText): what anchors count in. */
  text: string;
  /** As the DOCX writer prints it: the marker and a space first, headings in capitals. */
  printed: string;
  /** Length of the marker and its space in `printed`. */
  prefix: number;
}

function targets(doc: VanBanDocument): Target[] {
  const of = (body: readonly BodyBlock[]): Target[] => {
    const markers = numberBody(body);
    return flattenBody(body).map((block) => {
      const text = blockText(block);
      const marker = markers.get(block.id);
      const prefix = marker && block.kind !== 'table' ? `${marker} ` : '';
      const printed = `${prefix}${text}`;
      return { blockId: block.id, text, printed: block.kind === 'section' ? upperVi(printed) : printed, prefix: prefix.length };
    });
  };
  return [...of(doc.body), ...doc.appendices.flatMap((appendix) => of(appendix.body))];
}

/** How a Word paragraph matched a block exactly: which reading, and the length of the marker before the block's text. */
interface ExactMatch {
  target: number;
  reading: 'accepted' | 'rejected';
  prefix: number;
}

/** A Word paragraph's two readings as compared with blocks: NFC, trailing spaces off. */
type Readings = Record<'accepted' | 'rejected', string>;

const comparable = (paragraph: WordParagraph): Readings => ({
  accepted: paragraph.accepted.normalize('NFC').trimEnd(),
  rejected: paragraph.rejected.normalize('NFC').trimEnd(),
});

function exactMatch(paragraph: Readings, target: Target): Omit<ExactMatch, 'target'> | null {
  for (const reading of ['accepted', 'rejected'] as const) {
    const text = paragraph[reading];
    if (!text) continue;
    if (text === target.printed.trimEnd()) return { reading, prefix: target.prefix };
    if (text === target.text.trimEnd()) return { reading, prefix: 0 };
  }
  return null;
}

/** An offset in a paragraph's text as read from the file, counted in its NFC form (what blocks count in). */
const nfcOffset = (text: string, offset: number): number => text.slice(0, offset).normalize('NFC').length;

interface Placement {
  exact: Map<number, ExactMatch>;
  /** The block at each Word paragraph's position (exact, paired in a changed stretch, or the nearest before). */
  position: number[];
  /** Index of the first Word paragraph that is exactly a block: the title area ends there. */
  firstBody: number;
}

function place(wordParagraphs: readonly WordParagraph[], blocks: readonly Target[]): Placement {
  const paragraphs = wordParagraphs.map(comparable);
  type Item = { kind: 'p'; index: number } | { kind: 't'; index: number };
  const equals = (a: Item, b: Item): boolean => {
    const [p, t] = a.kind === 'p' ? [a, b] : [b, a];
    return p.kind === 'p' && t.kind === 't' && exactMatch(paragraphs[p.index], blocks[t.index]) !== null;
  };
  const pairs = alignPairs<Item>(
    paragraphs.map((_, index) => ({ kind: 'p', index })),
    blocks.map((_, index) => ({ kind: 't', index })),
    equals,
  );
  const exact = new Map<number, ExactMatch>();
  const paired = new Map<number, number>();
  for (const { before, after } of pairs) {
    if (!before || !after) continue;
    paired.set(before.index, after.index);
    const match = exactMatch(paragraphs[before.index], blocks[after.index]);
    if (match) exact.set(before.index, { target: after.index, ...match });
  }
  // A paragraph paired in a stretch of changes between two exact matches is that block, changed;
  // any other paragraph (the closing, the signature, appendix headings) is nearest the block of the
  // exact match before it.
  const lastExact = Math.max(-1, ...exact.keys());
  const position: number[] = [];
  let last = blocks.length > 0 ? 0 : -1;
  paragraphs.forEach((_, index) => {
    const match = exact.get(index);
    if (match) last = match.target;
    const pairedHere = paired.get(index);
    position.push(!match && pairedHere !== undefined && index < lastExact ? pairedHere : last);
  });
  // With no paragraph matching a block at all, only the header table counts as the title area.
  const firstBody = exact.size > 0 ? Math.min(...exact.keys()) : 0;
  return { exact, position, firstBody };
}

// ---------------------------------------------------------------------------------------------
// Putting one thread on the blocks

interface Located {
  blockId: string;
  start: number;
  end: number;
  quote: string;
  orphaned: boolean;
}

function passage(ranges: Ranges, start: Position, end: Position, reading: 'accepted' | 'rejected'): string {
  if (end.paragraph < start.paragraph || (end.paragraph === start.paragraph && end[reading] < start[reading])) return '';
  const parts: string[] = [];
  for (let p = start.paragraph; p <= end.paragraph; p++) {
    const text = ranges.paragraphs[p][reading];
    parts.push(text.slice(p === start.paragraph ? start[reading] : 0, p === end.paragraph ? end[reading] : text.length));
  }
  return parts.join('\n');
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function locate(wordId: string, ranges: Ranges, placement: Placement, blocks: readonly Target[]): Located {
  const start = ranges.starts.get(wordId) ?? ranges.references.get(wordId);
  const end = ranges.ends.get(wordId) ?? ranges.references.get(wordId) ?? start;
  const firstBlock = blocks[0]?.blockId ?? NO_BLOCK;
  if (!start || !end) return { blockId: firstBlock, start: 0, end: 0, quote: '', orphaned: true };
  const seen = cleanText(passage(ranges, start, end, 'accepted'));
  const orphan = (blockIndex: number): Located => ({ blockId: blocks[blockIndex]?.blockId ?? firstBlock, start: 0, end: 0, quote: seen, orphaned: true });

  // The header and title area (the header table, and everything before the first paragraph that is
  // exactly a block: type name, summary, legal basis): no block there.
  if (start.paragraph < placement.firstBody || ranges.paragraphs[start.paragraph]?.topIndex === ranges.firstTable) return orphan(0);

  const exact = placement.exact.get(start.paragraph);
  if (exact) {
    const target = blocks[exact.target];
    const length = target.text.length;
    const text = ranges.paragraphs[start.paragraph][exact.reading];
    const from = Math.min(Math.max(nfcOffset(text, start[exact.reading]) - exact.prefix, 0), length);
    const to = end.paragraph === start.paragraph ? Math.min(Math.max(nfcOffset(text, end[exact.reading]) - exact.prefix, from), length) : length;
    return { blockId: target.blockId, start: from, end: to, quote: target.text.slice(from, to), orphaned: false };
  }

  const positionBlock = placement.position[start.paragraph] ?? 0;
  for (const reading of ['accepted', 'rejected'] as const) {
    const text = cleanText(passage(ranges, start, end, reading));
    if (!text.trim()) continue;
    const found = blocks.flatMap((block, index) => occurrences(block.text, text).map((at) => ({ index, at })));
    const here = found.filter((hit) => hit.index === positionBlock);
    const hit = found.length === 1 ? found[0] : here.length === 1 ? here[0] : undefined;
    if (hit) return { blockId: blocks[hit.index].blockId, start: hit.at, end: hit.at + text.length, quote: text, orphaned: false };
  }
  return orphan(positionBlock);
}

// ---------------------------------------------------------------------------------------------

/** Milliseconds of an ISO date-time; one without a zone is taken as UTC (the same on every machine). */
function parseDate(date: string | undefined): number {
  if (!date) return Number.NaN;
  const zoned = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(date.trim()) ? date.trim() : `${date.trim()}Z`;
  return Date.parse(zoned);
}

const WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?(?:[zZ])?$/;

/**
 * Milliseconds of a w:date with no UTC companion. Word writes the local wall-clock time of the
 * machine it ran on and marks it "Z": the time is read as wall-clock time of the machine importing
 * (the leader and the drafter work in the same time zone). A date with an explicit offset keeps it.
 */
function parseWordDate(date: string | undefined): number {
  const match = date ? WALL_CLOCK.exec(date.trim()) : null;
  if (!match) return parseDate(date);
  const [, year, month, day, hour, minute, second = '0', fraction = '0'] = match;
  const time = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0')));
  return time.getTime();
}

/** Minutes since the epoch of a time in milliseconds, or null. */
function minuteOf(time: number): number | null {
  return Number.isNaN(time) ? null : Math.floor(time / 60_000);
}

/** Minutes since the epoch of an ISO date-time, or null. */
function minute(date: string | undefined): number | null {
  return minuteOf(parseDate(date));
}

/**
 * The minutes a Word comment may carry in our document: its UTC date, and its w:date read both as
 * UTC (our own exports write UTC there) and as local wall-clock time (what Word writes).
 */
function wordMinutes(word: WordComment): number[] {
  return [minute(word.dateUtc), minute(word.date), minuteOf(parseWordDate(word.date))].filter((m): m is number => m !== null);
}

/** The comment's date as stored: the UTC date when Word kept one, else w:date as local wall-clock time. */
function wordIsoDate(word: WordComment, fallback: string): string {
  const time = word.dateUtc !== undefined && !Number.isNaN(parseDate(word.dateUtc)) ? parseDate(word.dateUtc) : parseWordDate(word.date);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

const normalized = (text: string): string => cleanText(text).trim();

function isoDate(date: string | undefined, fallback: string): string {
  const time = parseDate(date);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

export function importWordComments(bytes: Uint8Array, doc: VanBanDocument, now: string = new Date().toISOString()): WordCommentsResult {
  const limit = resolveLimits();
  const pkg = readDocxPackage(bytes, limit);
  const part = (path: string): XmlElement | undefined => {
    const text = pkg.parts.get(path);
    return text === undefined ? undefined : parseXml(text, { part: path, maxDepth: limit.maxXmlDepth });
  };
  const main = pkg.mainDocumentPath;
  const related = (type: string, fallback: string): string => relatedPart(pkg, main, type) ?? fallback;
  const wordComments = readComments(part, {
    comments: related('comments', 'word/comments.xml'),
    extended: related('commentsExtended', 'word/commentsExtended.xml'),
    ids: related('commentsIds', 'word/commentsIds.xml'),
    extensible: related('commentsExtensible', 'word/commentsExtensible.xml'),
  });
  const report: WordCommentsReport = { found: wordComments.length, added: 0, orphaned: 0, duplicates: 0 };
  if (wordComments.length === 0) return { document: doc, report };

  const ranges = readRanges(part(main)!);
  const blocks = targets(doc);
  const placement = place(ranges.paragraphs, blocks);
  const fallbackDate = isoDate(now, new Date(0).toISOString());

  const existing = doc.comments;
  const existingById = new Map(existing.map((comment) => [comment.id, comment]));
  const rootIdOf = (comment: DocumentComment): string => {
    let current = comment;
    const seen = new Set([current.id]);
    while (current.parentId !== null) {
      const parent = existingById.get(current.parentId);
      if (!parent || seen.has(parent.id)) break;
      seen.add(parent.id);
      current = parent;
    }
    return current.id;
  };
  const sameWords = (word: WordComment, comment: DocumentComment): boolean => normalized(comment.author) === normalized(word.author) && normalized(comment.text) === normalized(word.text);
  /**
   * The comment already in the document that this Word comment is: same author and text, and the
   * same date to the minute; without any date (Word may leave w:date out), in the same thread
   * (a reply) or on the same passage (a thread's root).
   */
  const duplicateOf = (word: WordComment, threadRoot: DocumentComment | undefined, where: () => Located): DocumentComment | undefined => {
    const minutes = wordMinutes(word);
    if (minutes.length > 0) return existing.find((comment) => sameWords(word, comment) && minutes.includes(minute(comment.date) ?? Number.NaN));
    if (threadRoot) return existing.find((comment) => sameWords(word, comment) && comment.parentId !== null && rootIdOf(comment) === threadRoot.id);
    const passage = where();
    return existing.find(
      (comment) =>
        sameWords(word, comment) &&
        comment.parentId === null &&
        normalized(comment.quote ?? '') === normalized(passage.quote) &&
        (comment.orphaned || passage.orphaned || comment.anchor.blockId === passage.blockId),
    );
  };

  const byParaId = new Map(wordComments.filter((c) => c.paraId !== undefined).map((c) => [c.paraId!, c]));
  const wordRoot = (comment: WordComment): WordComment => {
    let current = comment;
    const seen = new Set<WordComment>([current]);
    while (current.parentParaId !== undefined) {
      const parent = byParaId.get(current.parentParaId);
      if (!parent || seen.has(parent)) break;
      seen.add(parent);
      current = parent;
    }
    return current;
  };

  // Thread roots first, so replies find where their root went.
  const ordered = [...wordComments.filter((c) => wordRoot(c) === c), ...wordComments.filter((c) => wordRoot(c) !== c)];
  const placed = new Map<WordComment, DocumentComment>();
  const added: DocumentComment[] = [];
  const resolveThreads = new Set<string>();
  for (const word of ordered) {
    const root = wordRoot(word);
    const rootComment = root === word ? undefined : placed.get(root);
    const threadRoot = rootComment ? (existingById.has(rootComment.id) ? existingById.get(rootIdOf(rootComment))! : rootComment) : undefined;
    let located: Located | undefined;
    const where = (): Located =>
      (located ??= threadRoot ? { ...threadRoot.anchor, quote: threadRoot.quote ?? '', orphaned: threadRoot.orphaned } : locate(word.id, ranges, placement, blocks));
    const duplicate = duplicateOf(word, threadRoot, where);
    if (duplicate) {
      report.duplicates += 1;
      placed.set(word, duplicate);
      if (root === word && word.done && !duplicate.resolved) resolveThreads.add(rootIdOf(duplicate));
      continue;
    }
    const spot = where();
    const comment: DocumentComment = {
      id: newId(),
      author: word.author,
      initials: word.initials,
      date: wordIsoDate(word, fallbackDate),
      text: word.text,
      anchor: { blockId: spot.blockId, start: spot.start, end: spot.end },
      resolved: threadRoot ? threadRoot.resolved || root.done : word.done,
      parentId: threadRoot ? threadRoot.id : null,
      orphaned: spot.orphaned,
      ...(spot.quote ? { quote: spot.quote } : {}),
    };
    placed.set(word, comment);
    added.push(comment);
    report.added += 1;
    if (comment.orphaned) report.orphaned += 1;
  }

  if (added.length === 0 && resolveThreads.size === 0) return { document: doc, report };
  const kept = existing.map((comment) => (resolveThreads.has(rootIdOf(comment)) && !comment.resolved ? { ...comment, resolved: true } : comment));
  return { document: { ...doc, comments: [...kept, ...added] }, report };
}
