/** A VanBanDocument into and out of a Y.Doc in the layout of shape.ts. */
import * as Y from 'yjs';
import { flattenBody, nestBody, type FlatBlock } from '../model/flat-body';
import type {
  Appendix,
  DocumentComment,
  DocumentHeader,
  DocumentReview,
  DocumentVersion,
  InlineText,
  SignatureBlock,
  StepEntry,
  TableCell,
  TableModel,
  VanBanDocument,
} from '../model/types';
import { bodyFromSlateNodes, bodyToSlateNodes, readSlateNodes, writeSlateNodes } from './body-xml';
import { docRoots, type DocRoots } from './shape';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const nfc = (value: unknown): string => String(value ?? '').normalize('NFC');

/** An account's assignment as the review map records it. */
export interface AssignedReviewer {
  accountId: string;
  name: string;
}

/** A step entry as stored: the model's entry plus the account that made the move (server moves). */
export type StoredStep = StepEntry & { accountId?: string };

/** A comment as stored: the model's comment plus its writer's account and its place in the list. */
export type StoredComment = DocumentComment & { authorId: string | null; order: number };

const HEADER_SCALARS = ['parentAgency', 'issuingAgency', 'issuingAgencyInText', 'number', 'agencyCode', 'unitCode', 'place', 'secrecy', 'urgency'] as const;
const SIGNATURE_KEYS = ['collective', 'authority', 'headTitle', 'signerTitle', 'signerName'] as const;
const FIELD_KEYS = ['kind', 'variant', 'summary', 'closing', 'archive'] as const;

function writeMap(map: Y.Map<unknown>, entries: Record<string, unknown>): void {
  for (const key of [...map.keys()]) if (!(key in entries)) map.delete(key);
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) map.set(key, value);
}

function writeLines(array: Y.Array<string>, lines: readonly string[]): void {
  if (array.length > 0) array.delete(0, array.length);
  array.push(lines.map((line) => line.normalize('NFC')));
}

export function cellToYMap(cell: TableCell): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('paragraphs', copy(cell.paragraphs));
  if (cell.colSpan !== undefined) map.set('colSpan', cell.colSpan);
  if (cell.rowSpan !== undefined) map.set('rowSpan', cell.rowSpan);
  return map;
}

function rowsToYArray(rows: readonly TableCell[][]): Y.Array<Y.Array<Y.Map<unknown>>> {
  const array = new Y.Array<Y.Array<Y.Map<unknown>>>();
  array.push(
    rows.map((row) => {
      const yRow = new Y.Array<Y.Map<unknown>>();
      yRow.push(row.map(cellToYMap));
      return yRow;
    }),
  );
  return array;
}

export function tableToYMap(table: TableModel): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('columns', copy(table.columns));
  map.set('numbered', table.numbered);
  map.set('headerRows', rowsToYArray(table.headerRows));
  map.set('rows', rowsToYArray(table.rows));
  return map;
}

function blockToYMap(block: FlatBlock): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', block.id);
  map.set('kind', block.kind);
  if (block.kind === 'table') map.set('table', tableToYMap(block.table));
  else {
    if (block.titled !== undefined) map.set('titled', block.titled);
    map.set('content', copy(block.content));
  }
  return map;
}

function appendixToYMap(appendix: Appendix): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', appendix.id);
  map.set('title', nfc(appendix.title));
  if (appendix.reference !== undefined) map.set('reference', nfc(appendix.reference));
  map.set('landscape', appendix.landscape);
  const body = new Y.Array<Y.Map<unknown>>();
  body.push(flattenBody(appendix.body).map(blockToYMap));
  map.set('body', body);
  return map;
}

/** A comment as a Y.Map (authorId: the writer's account, null when unknown, e.g. imported from Word). */
export function commentToYMap(comment: DocumentComment, authorId: string | null, order: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(copy(comment))) map.set(key, value);
  map.set('authorId', authorId);
  map.set('order', order);
  return map;
}

function writeReview(map: Y.Map<unknown>, review: DocumentReview, assigned: AssignedReviewer | null): void {
  map.set('status', review.status);
  map.set('lockedHash', review.lockedHash);
  const log = new Y.Array<StoredStep>();
  log.push(copy(review.log));
  map.set('log', log);
  const versions = new Y.Array<DocumentVersion>();
  versions.push(copy(review.versions));
  map.set('versions', versions);
  map.set('assignedReviewer', assigned);
}

export interface WriteOptions {
  /** Account id recorded as every comment's writer (default null: unknown). */
  commentAuthorIds?: Readonly<Record<string, string>>;
  assignedReviewer?: AssignedReviewer | null;
}

/** Replaces everything in the Y.Doc with the document, in one transaction (origin passed through). */
export function writeDocumentIntoYDoc(ydoc: Y.Doc, document: VanBanDocument, options: WriteOptions = {}, origin: unknown = null): void {
  const roots = docRoots(ydoc);
  ydoc.transact(() => {
    writeSlateNodes(roots.body, bodyToSlateNodes(document.body));
    writeMap(roots.fields, { kind: document.kind, variant: document.variant, summary: nfc(document.summary), closing: nfc(document.closing), archive: nfc(document.archive) });
    const { date, ...header } = document.header;
    writeMap(roots.header, { ...header, 'date.day': date.day, 'date.month': date.month, 'date.year': date.year });
    writeMap(roots.signature, { ...document.signature });
    writeLines(roots.addressees, document.addressees);
    writeLines(roots.legalBasis, document.legalBasis);
    writeLines(roots.recipients, document.recipients);
    if (roots.appendices.length > 0) roots.appendices.delete(0, roots.appendices.length);
    roots.appendices.push(document.appendices.map(appendixToYMap));
    for (const key of [...roots.comments.keys()]) roots.comments.delete(key);
    document.comments.forEach((comment, order) => roots.comments.set(comment.id, commentToYMap(comment, options.commentAuthorIds?.[comment.id] ?? null, order)));
    writeReview(roots.review, document.review, options.assignedReviewer ?? null);
  }, origin);
}

/** A new Y.Doc holding the document. */
export function documentToYDoc(document: VanBanDocument, options: WriteOptions = {}): Y.Doc {
  const ydoc = new Y.Doc();
  writeDocumentIntoYDoc(ydoc, document, options);
  return ydoc;
}

// ---- reading -------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function cellFromJson(json: Json): TableCell {
  const cell: TableCell = { paragraphs: (json.paragraphs as TableCell['paragraphs']) ?? [] };
  if (json.colSpan !== undefined) cell.colSpan = json.colSpan as number;
  if (json.rowSpan !== undefined) cell.rowSpan = json.rowSpan as number;
  return cell;
}

function tableFromJson(json: Json): TableModel {
  const rows = (value: unknown): TableCell[][] => ((value as Json[][]) ?? []).map((row) => row.map(cellFromJson));
  return { columns: (json.columns as TableModel['columns']) ?? [], headerRows: rows(json.headerRows), rows: rows(json.rows), numbered: Boolean(json.numbered) };
}

function flatFromJson(json: Json): FlatBlock {
  if (json.kind === 'table') return { id: String(json.id), kind: 'table', table: tableFromJson(json.table as Json) };
  const block: FlatBlock = { id: String(json.id), kind: json.kind as Exclude<FlatBlock['kind'], 'table'>, content: (json.content as InlineText[] | undefined) ?? [] };
  if (json.titled !== undefined) block.titled = Boolean(json.titled);
  return block;
}

/** An appendix from its stored JSON (what Y.Map.toJSON gives). */
export function appendixFromJson(json: Json): Appendix {
  const appendix: Appendix = { id: String(json.id), title: nfc(json.title), body: nestBody(((json.body as Json[]) ?? []).map(flatFromJson)), landscape: Boolean(json.landscape) };
  if (json.reference !== undefined) appendix.reference = nfc(json.reference);
  // keep the model's key order (id, title, reference, body, landscape)
  const { id, title, reference, body, landscape } = appendix;
  return reference === undefined ? { id, title, body, landscape } : { id, title, reference, body, landscape };
}

/** The stored comments in document order (order, then id), with their extra keys. */
export function storedComments(roots: DocRoots): StoredComment[] {
  const list = [...roots.comments.values()].map((map) => map.toJSON() as StoredComment);
  return list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function commentFromStored(stored: StoredComment): DocumentComment {
  const { authorId: _authorId, order: _order, ...comment } = stored;
  return comment;
}

export function stepFromStored(stored: StoredStep): StepEntry {
  const { accountId: _accountId, ...step } = stored;
  return step;
}

/** The review record in the Y.Doc (a draft with no steps when absent). */
export function readReview(roots: DocRoots): DocumentReview {
  const json = roots.review.toJSON() as Json;
  return {
    status: (json.status as DocumentReview['status']) ?? 'draft',
    log: ((json.log as StoredStep[]) ?? []).map(stepFromStored),
    versions: (json.versions as DocumentVersion[]) ?? [],
    lockedHash: (json.lockedHash as string | null) ?? null,
  };
}

/** The reviewer the document was last submitted to, or null. */
export function assignedReviewer(ydoc: Y.Doc): AssignedReviewer | null {
  return (docRoots(ydoc).review.get('assignedReviewer') as AssignedReviewer | null | undefined) ?? null;
}

/** The document's content other than body, appendices, comments and review (text NFC). */
export type DocumentHead = Omit<VanBanDocument, 'body' | 'appendices' | 'comments' | 'review'>;

/** The head of the document (kind, header, signature, the line lists…), in the model's key order. */
export function readDocumentHead(roots: DocRoots): DocumentHead {
  const fields = roots.fields.toJSON() as Json;
  const h = roots.header.toJSON() as Json;
  const header = {} as DocumentHeader;
  for (const key of HEADER_SCALARS) (header as unknown as Json)[key] = h[key] ?? (key === 'number' || key === 'secrecy' || key === 'urgency' ? null : '');
  const ordered: DocumentHeader = {
    parentAgency: nfc(header.parentAgency),
    issuingAgency: nfc(header.issuingAgency),
    issuingAgencyInText: nfc(header.issuingAgencyInText),
    number: header.number,
    agencyCode: nfc(header.agencyCode),
    unitCode: nfc(header.unitCode),
    place: nfc(header.place),
    date: { day: (h['date.day'] as number | null) ?? null, month: (h['date.month'] as number | null) ?? null, year: (h['date.year'] as number | null) ?? null },
    secrecy: header.secrecy,
    urgency: header.urgency,
  };
  const s = roots.signature.toJSON() as Json;
  const signature = {} as SignatureBlock;
  for (const key of SIGNATURE_KEYS) (signature as unknown as Json)[key] = key === 'authority' ? (s[key] ?? null) : nfc(s[key]);
  const f = {} as Record<(typeof FIELD_KEYS)[number], string>;
  for (const key of FIELD_KEYS) f[key] = nfc(fields[key]);
  return {
    kind: f.kind,
    variant: f.variant as VanBanDocument['variant'],
    header: ordered,
    summary: f.summary,
    addressees: roots.addressees.toArray().map(nfc),
    legalBasis: roots.legalBasis.toArray().map(nfc),
    closing: f.closing,
    signature,
    recipients: roots.recipients.toArray().map(nfc),
    archive: f.archive,
  };
}

/** The document the Y.Doc holds (text NFC). */
export function yDocToDocument(ydoc: Y.Doc): VanBanDocument {
  const roots = docRoots(ydoc);
  const head = readDocumentHead(roots);
  return {
    kind: head.kind,
    variant: head.variant,
    header: head.header,
    summary: head.summary,
    addressees: head.addressees,
    legalBasis: head.legalBasis,
    body: bodyFromSlateNodes(readSlateNodes(roots.body)),
    closing: head.closing,
    signature: head.signature,
    recipients: head.recipients,
    archive: head.archive,
    appendices: (roots.appendices.toJSON() as Json[]).map(appendixFromJson),
    comments: storedComments(roots).map(commentFromStored),
    review: readReview(roots),
  };
}
