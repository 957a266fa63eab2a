/**
 * Where find looks in a document, in the order the page reads: the header fields, the summary,
 * addressees and legal basis, the body (text blocks and table cells), the closing, signature,
 * recipients and archive, each appendix (title, text lines, table cells), then the comments.
 * Pure: the body is given as the editor's flat list.
 */
import type { FlatBlock } from '../model/flat-body';
import type { BodyBlock, InlineText, TableCell, TableModel, VanBanDocument } from '../model/types';

/** A piece of text find can look in. Cell rows count header rows first (as the table editor draws them). */
export type FindPlace =
  | { part: 'field'; path: string }
  | { part: 'body'; blockId: string }
  | { part: 'cell'; appendix: number | null; blockId: string; row: number; cell: number }
  | { part: 'appendix-text'; appendix: number; blockId: string }
  | { part: 'comment'; commentId: string };

export interface FindUnit {
  place: FindPlace;
  text: string;
  /** Comments are found, never replaced: they are the reviewers' words. */
  replaceable: boolean;
}

/** The document's plain-string fields, by path, in page order (before the body, then after it). */
const FIELDS_BEFORE_BODY = ['header.parentAgency', 'header.issuingAgency', 'header.agencyCode', 'header.unitCode', 'header.place', 'summary', 'addressees', 'legalBasis', 'header.issuingAgencyInText'] as const;
const FIELDS_AFTER_BODY = ['closing', 'signature.collective', 'signature.headTitle', 'signature.signerTitle', 'signature.signerName', 'recipients', 'archive'] as const;

const runsText = (runs: readonly InlineText[]): string => runs.map((run) => run.text).join('').normalize('NFC');
export const cellText = (cell: TableCell): string => cell.paragraphs.map(runsText).join('\n');

function readPath(doc: VanBanDocument, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc);
}

/** The field units of one path: a string field, or one unit per line of a list ("legalBasis.2"). */
function fieldUnits(doc: VanBanDocument, path: string): FindUnit[] {
  const value = readPath(doc, path);
  if (typeof value === 'string') return [{ place: { part: 'field', path }, text: value.normalize('NFC'), replaceable: true }];
  if (Array.isArray(value)) {
    return value.flatMap((line, i) => (typeof line === 'string' ? [{ place: { part: 'field' as const, path: `${path}.${i}` }, text: line.normalize('NFC'), replaceable: true }] : []));
  }
  return [];
}

function tableUnits(table: TableModel, blockId: string, appendix: number | null): FindUnit[] {
  return [...table.headerRows, ...table.rows].flatMap((row, r) =>
    row.map((cell, c) => ({ place: { part: 'cell' as const, appendix, blockId, row: r, cell: c }, text: cellText(cell), replaceable: true })),
  );
}

function appendixBlockUnits(blocks: readonly BodyBlock[], appendix: number): FindUnit[] {
  return blocks.flatMap((block): FindUnit[] => {
    if (block.type === 'table') return tableUnits(block.table, block.id, appendix);
    const own: FindUnit = { place: { part: 'appendix-text', appendix, blockId: block.id }, text: runsText(block.content), replaceable: true };
    return 'children' in block ? [own, ...appendixBlockUnits(block.children, appendix)] : [own];
  });
}

/** Every piece of text find looks in, in reading order. */
export function findUnits(doc: VanBanDocument, body: readonly FlatBlock[]): FindUnit[] {
  const out: FindUnit[] = [];
  for (const path of FIELDS_BEFORE_BODY) out.push(...fieldUnits(doc, path));
  for (const block of body) {
    if (block.kind === 'table') out.push(...tableUnits(block.table, block.id, null));
    else out.push({ place: { part: 'body', blockId: block.id }, text: runsText(block.content), replaceable: true });
  }
  for (const path of FIELDS_AFTER_BODY) out.push(...fieldUnits(doc, path));
  doc.appendices.forEach((appendix, i) => {
    out.push({ place: { part: 'field', path: `appendices.${i}.title` }, text: appendix.title.normalize('NFC'), replaceable: true });
    out.push(...appendixBlockUnits(appendix.body, i));
  });
  for (const comment of doc.comments) out.push({ place: { part: 'comment', commentId: comment.id }, text: comment.text.normalize('NFC'), replaceable: false });
  return out;
}

/** A stable key for a place (to tell matches apart and keep the current one). */
export function placeKey(place: FindPlace): string {
  switch (place.part) {
    case 'field':
      return `field:${place.path}`;
    case 'body':
      return `body:${place.blockId}`;
    case 'cell':
      return `cell:${place.appendix ?? 'body'}:${place.blockId}:${place.row}:${place.cell}`;
    case 'appendix-text':
      return `appendix-text:${place.appendix}:${place.blockId}`;
    case 'comment':
      return `comment:${place.commentId}`;
  }
}
