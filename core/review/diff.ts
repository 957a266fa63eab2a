/**
 * Compare two versions of a document (so sánh phiên bản): a word-level diff of every block, aligned
 * by block id, and of the header, summary, signature and list fields. The result is what an inline
 * redline or a side-by-side view renders; it never changes either document.
 */
import { flattenBody, type FlatBlock } from '../model/flat-body';
import type { DocumentContent, InlineText, TableModel, VanBanDocument } from '../model/types';
import { myersDiff, type EditOp } from './myers';
import { isWhitespace, tokenize } from './tokens';

export interface WordOp {
  op: EditOp;
  text: string;
}

export type DiffStatus = 'same' | 'added' | 'removed' | 'changed';

/** What differs in a changed block: its words, its kind (clause → point), or only formatting. */
export type BlockChange = 'text' | 'kind' | 'format';

export interface DiffBlock {
  /** "body", or "appendix:<id>" for a block in an appendix. */
  part: string;
  block: FlatBlock;
  /** Plain text (a table's cells joined by " | ", its rows by "\n"). */
  text: string;
}

export interface BlockDiff {
  id: string;
  status: DiffStatus;
  /** In both versions but out of its old order relative to the other blocks. */
  moved: boolean;
  changes: BlockChange[];
  before?: DiffBlock;
  after?: DiffBlock;
  /** Word ops from before to after; for added and removed blocks one insert or delete. */
  words?: WordOp[];
}

export interface FieldDiff {
  /** "header.number", "summary", "signature.signerName", "recipients", "appendix:<id>.title"… */
  field: string;
  status: DiffStatus;
  before: string;
  after: string;
  words: WordOp[];
}

export interface DocumentDiff {
  fields: FieldDiff[];
  /** Blocks in reading order of the newer version, removed ones where they used to be. */
  blocks: BlockDiff[];
  /** True when nothing printed differs. */
  same: boolean;
}

type Segment = { equal: string[] } | { del: string[]; ins: string[] };

const isChange = (segment: Segment | undefined): segment is { del: string[]; ins: string[] } => segment !== undefined && 'del' in segment;

/** Edits as alternating equal and changed stretches. */
function segments(edits: ReturnType<typeof myersDiff<string>>): Segment[] {
  const out: Segment[] = [];
  for (const { op, item } of edits) {
    const last = out[out.length - 1];
    if (op === 'equal') {
      if (last && !isChange(last)) last.equal.push(item);
      else out.push({ equal: [item] });
    } else {
      const change = isChange(last) ? last : (out[out.length] = { del: [], ins: [] });
      (op === 'delete' ? change.del : change.ins).push(item);
    }
  }
  return out;
}

/**
 * Joins two changes split by one space so the redline reads by phrase: "-chủ trì +phối hợp", not
 * "-chủ +phối = -trì +hợp". Two insertions (or two deletions) are joined only when the space can
 * slide past them, so the texts of both sides stay exactly as they were.
 */
function joinAcrossSpaces(list: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const segment = list[i];
    const prev = out[out.length - 1];
    const next = list[i + 1];
    if (isChange(segment) || !isChange(prev) || !isChange(next) || segment.equal.length !== 1 || !isWhitespace(segment.equal[0])) {
      out.push(segment);
      continue;
    }
    const space = segment.equal[0];
    const pureOf = (change: { del: string[]; ins: string[] }): 'del' | 'ins' | null =>
      change.del.length === 0 ? 'ins' : change.ins.length === 0 ? 'del' : null;
    const side = pureOf(prev);
    if (side !== null && side === pureOf(next)) {
      if (next[side][next[side].length - 1] === space) {
        prev[side].push(space, ...next[side].slice(0, -1));
        list[i + 1] = { equal: [space] };
      } else if (prev[side][0] === space) {
        out[out.length - 1] = { equal: [space] };
        out.push({ del: [], ins: [], [side]: [...prev[side].slice(1), space, ...next[side]] } as { del: string[]; ins: string[] });
        i += 1;
      } else out.push(segment);
      continue;
    }
    prev.del.push(space, ...next.del);
    prev.ins.push(space, ...next.ins);
    i += 1;
  }
  return out;
}

/** Word ops turning `before` into `after`, both taken as NFC; in a change, the deletion comes first. */
export function diffWords(before: string, after: string): WordOp[] {
  const out: WordOp[] = [];
  const push = (op: EditOp, tokens: string[]): void => {
    if (tokens.length === 0) return;
    const last = out[out.length - 1];
    if (op === 'equal' && last?.op === 'equal') last.text += tokens.join('');
    else out.push({ op, text: tokens.join('') });
  };
  for (const segment of joinAcrossSpaces(segments(myersDiff(tokenize(before), tokenize(after))))) {
    if (isChange(segment)) {
      push('delete', segment.del);
      push('insert', segment.ins);
    } else push('equal', segment.equal);
  }
  return out;
}

const plain = (runs: readonly InlineText[]): string => runs.map((run) => run.text).join('').normalize('NFC');

function tableText(table: TableModel): string {
  return [...table.headerRows, ...table.rows]
    .map((row) => row.map((cell) => cell.paragraphs.map(plain).join('\n')).join(' | '))
    .join('\n');
}

export function blockText(block: FlatBlock): string {
  return block.kind === 'table' ? tableText(block.table) : plain(block.content);
}

/** Formatting of a block without its text: run boundaries by formatting, table shape and spans. */
function formatSignature(block: FlatBlock, withLengths: boolean): string {
  if (block.kind === 'table') {
    const { columns, numbered } = block.table;
    const spans = [...block.table.headerRows, ...block.table.rows].map((row) => row.map((cell) => `${cell.colSpan ?? 1}x${cell.rowSpan ?? 1}`));
    const runs = [...block.table.headerRows, ...block.table.rows].map((row) => row.map((cell) => cell.paragraphs.map((p) => runFormats(p, withLengths))));
    return JSON.stringify({ columns, numbered, spans, runs });
  }
  return JSON.stringify({ titled: block.titled ?? null, runs: runFormats(block.content, withLengths) });
}

/**
 * Each formatted stretch as [length, flags], neighbours with the same flags joined. Without lengths
 * (when the text changed too) only the order of formatted stretches counts.
 */
function runFormats(runs: readonly InlineText[], withLengths: boolean): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const run of runs) {
    const text = run.text.normalize('NFC');
    if (!text) continue;
    const flags = `${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.underline ? 'u' : ''}`;
    const last = out[out.length - 1];
    if (last && last[1] === flags) last[0] += text.length;
    else out.push([text.length, flags]);
  }
  return withLengths ? out : out.map(([, flags]) => [0, flags]);
}

function documentBlocks(doc: VanBanDocument | DocumentContent): DiffBlock[] {
  const parts: Array<[string, FlatBlock[]]> = [
    ['body', flattenBody(doc.body)],
    ...doc.appendices.map((appendix): [string, FlatBlock[]] => [`appendix:${appendix.id}`, flattenBody(appendix.body)]),
  ];
  return parts.flatMap(([part, blocks]) => blocks.map((block) => ({ part, block, text: blockText(block) })));
}

function compareBlocks(before: DiffBlock, after: DiffBlock, moved: boolean): BlockDiff {
  const changes: BlockChange[] = [];
  if (before.text !== after.text) changes.push('text');
  if (before.block.kind !== after.block.kind) changes.push('kind');
  const sameText = before.text === after.text;
  if (formatSignature(before.block, sameText) !== formatSignature(after.block, sameText)) changes.push('format');
  const words: WordOp[] = changes.includes('text') ? diffWords(before.text, after.text) : after.text ? [{ op: 'equal', text: after.text }] : [];
  return { id: after.block.id, status: changes.length ? 'changed' : 'same', moved, changes, before, after, words };
}

/** Blocks aligned by id; ids in both but off the longest common order are moved. */
export function diffBlocks(beforeBlocks: readonly DiffBlock[], afterBlocks: readonly DiffBlock[]): BlockDiff[] {
  const beforeById = new Map(beforeBlocks.map((entry) => [entry.block.id, entry]));
  const afterById = new Map(afterBlocks.map((entry) => [entry.block.id, entry]));
  const edits = myersDiff(beforeBlocks.map((entry) => entry.block.id), afterBlocks.map((entry) => entry.block.id));
  const out: BlockDiff[] = [];
  for (const { op, item: id } of edits) {
    const before = beforeById.get(id);
    const after = afterById.get(id);
    if (op === 'equal') out.push(compareBlocks(before!, after!, false));
    else if (op === 'insert') {
      if (before) out.push(compareBlocks(before, after!, true));
      else out.push({ id, status: 'added', moved: false, changes: [], after, words: after!.text ? [{ op: 'insert', text: after!.text }] : [] });
    } else if (!after) {
      out.push({ id, status: 'removed', moved: false, changes: [], before, words: before!.text ? [{ op: 'delete', text: before!.text }] : [] });
    }
  }
  return out;
}

function fieldDiff(field: string, before: string, after: string): FieldDiff {
  const a = before.normalize('NFC');
  const b = after.normalize('NFC');
  const status: DiffStatus = a === b ? 'same' : a === '' ? 'added' : b === '' ? 'removed' : 'changed';
  return { field, status, before: a, after: b, words: a === b ? (a ? [{ op: 'equal', text: a }] : []) : diffWords(a, b) };
}

const dateText = ({ day, month, year }: VanBanDocument['header']['date']): string =>
  [day, month, year].map((part) => (part === null ? '…' : String(part).padStart(2, '0'))).join('/');

function documentFields(doc: VanBanDocument | DocumentContent): Array<[string, string]> {
  const { header, signature } = doc;
  return [
    ['kind', doc.kind],
    ['variant', doc.variant],
    ['header.parentAgency', header.parentAgency],
    ['header.issuingAgency', header.issuingAgency],
    ['header.issuingAgencyInText', header.issuingAgencyInText],
    ['header.number', header.number === null ? '' : String(header.number)],
    ['header.agencyCode', header.agencyCode],
    ['header.unitCode', header.unitCode],
    ['header.place', header.place],
    ['header.date', dateText(header.date)],
    ['header.secrecy', header.secrecy ?? ''],
    ['header.urgency', header.urgency ?? ''],
    ['summary', doc.summary],
    ['addressees', doc.addressees.join('\n')],
    ['legalBasis', doc.legalBasis.join('\n')],
    ['closing', doc.closing],
    ['signature.collective', signature.collective],
    ['signature.authority', signature.authority ?? ''],
    ['signature.headTitle', signature.headTitle],
    ['signature.signerTitle', signature.signerTitle],
    ['signature.signerName', signature.signerName],
    ['recipients', doc.recipients.join('\n')],
    ['archive', doc.archive],
  ];
}

function appendixTitles(doc: VanBanDocument | DocumentContent): Map<string, string> {
  return new Map(doc.appendices.map((appendix) => [appendix.id, appendix.title]));
}

export function diffFields(before: VanBanDocument | DocumentContent, after: VanBanDocument | DocumentContent): FieldDiff[] {
  const afterFields = new Map(documentFields(after));
  const fields = documentFields(before).map(([field, value]) => fieldDiff(field, value, afterFields.get(field) ?? ''));
  const titlesBefore = appendixTitles(before);
  const titlesAfter = appendixTitles(after);
  const ids = [...new Set([...titlesBefore.keys(), ...titlesAfter.keys()])];
  for (const id of ids) fields.push(fieldDiff(`appendix:${id}.title`, titlesBefore.get(id) ?? '', titlesAfter.get(id) ?? ''));
  return fields;
}

/**
 * Everything printed that differs between two versions. Comments are not compared. Either side may be
 * a document or a version snapshot's content (`DocumentVersion.document`).
 */
export function diffDocuments(before: VanBanDocument | DocumentContent, after: VanBanDocument | DocumentContent): DocumentDiff {
  const fields = diffFields(before, after);
  const blocks = diffBlocks(documentBlocks(before), documentBlocks(after));
  const same = fields.every((field) => field.status === 'same') && blocks.every((block) => block.status === 'same' && !block.moved);
  return { fields, blocks, same };
}
