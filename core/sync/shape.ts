/**
 * How a VanBan document lives in a Y.Doc (Yjs), so that concurrent edits merge.
 *
 * Root types (names in ROOTS):
 *   body        Y.XmlText  the body in the exact shape @slate-yjs/core v1 uses for the renderer's Slate
 *                          editor (renderer/editor/slate-types.ts): each top-level element is an embedded
 *                          Y.XmlText whose attributes are the element's props (type, kind, id, titled, table)
 *                          and whose content is the text leaves, marks (bold/italic/underline: true) as
 *                          formatting attributes. A table is a void element: its `table` attribute holds the
 *                          whole TableModel (one value: concurrent edits of one body table resolve last-writer-
 *                          wins). Bind with withYjs(editor, ydoc.get('body', Y.XmlText)).
 *   fields      Y.Map      kind, variant, summary, closing, archive (one value per key).
 *   header      Y.Map      the DocumentHeader keys, the date split as 'date.day' / 'date.month' / 'date.year';
 *                          'number' is written only by the server (review moves).
 *   signature   Y.Map      the SignatureBlock keys.
 *   addressees, legalBasis, recipients   Y.Array<string>, one line per item.
 *   appendices  Y.Array<Y.Map>  per appendix: id, title, reference (absent when none), landscape,
 *                          body: Y.Array<Y.Map> of flat blocks (core/model/flat-body.ts):
 *                            text block  { id, kind, titled? (clauses), content: InlineText[] }
 *                            table       { id, kind: 'table', table: Y.Map { columns, numbered,
 *                                          headerRows, rows: Y.Array<Y.Array<Y.Map cell>> } }
 *                            cell        Y.Map { paragraphs: InlineText[][], colSpan?, rowSpan? }
 *                          so different cells, rows and appendices merge.
 *   comments    Y.Map<Y.Map>  keyed by comment id; each holds the DocumentComment keys plus
 *                          authorId (account id of its writer; null for imported comments) and order
 *                          (position in the document's list; ties broken by id).
 *   review      Y.Map      status, lockedHash, log: Y.Array<StepEntry & { accountId? }>,
 *                          versions: Y.Array<DocumentVersion>, assignedReviewer: { accountId, name } | null.
 *                          Written only by the server (core/sync/review-moves.ts).
 *
 * Two edits of one map key resolve by Yjs's rule (the higher client id wins), the same on every peer.
 */
import * as Y from 'yjs';

export const ROOTS = {
  body: 'body',
  fields: 'fields',
  header: 'header',
  signature: 'signature',
  addressees: 'addressees',
  legalBasis: 'legalBasis',
  recipients: 'recipients',
  appendices: 'appendices',
  comments: 'comments',
  review: 'review',
} as const;

export type RootName = (typeof ROOTS)[keyof typeof ROOTS];

/** Roots holding the printed content: edited only by the drafter or an assigned reviewer, never when locked. */
export const CONTENT_ROOTS: readonly RootName[] = ['body', 'fields', 'header', 'signature', 'addressees', 'legalBasis', 'recipients', 'appendices'];

/** Header keys only the server writes. */
export const SERVER_HEADER_KEYS: readonly string[] = ['number'];

/** The transaction origin the server's own writes carry. */
export const SERVER_ORIGIN = 'vanban-server';

export interface DocRoots {
  body: Y.XmlText;
  fields: Y.Map<unknown>;
  header: Y.Map<unknown>;
  signature: Y.Map<unknown>;
  addressees: Y.Array<string>;
  legalBasis: Y.Array<string>;
  recipients: Y.Array<string>;
  appendices: Y.Array<Y.Map<unknown>>;
  comments: Y.Map<Y.Map<unknown>>;
  review: Y.Map<unknown>;
}

/** The root types, each defined with its Yjs type (call before reading or observing a doc built from updates). */
export function docRoots(ydoc: Y.Doc): DocRoots {
  return {
    body: ydoc.get(ROOTS.body, Y.XmlText) as Y.XmlText,
    fields: ydoc.getMap(ROOTS.fields),
    header: ydoc.getMap(ROOTS.header),
    signature: ydoc.getMap(ROOTS.signature),
    addressees: ydoc.getArray<string>(ROOTS.addressees),
    legalBasis: ydoc.getArray<string>(ROOTS.legalBasis),
    recipients: ydoc.getArray<string>(ROOTS.recipients),
    appendices: ydoc.getArray<Y.Map<unknown>>(ROOTS.appendices),
    comments: ydoc.getMap<Y.Map<unknown>>(ROOTS.comments),
    review: ydoc.getMap(ROOTS.review),
  };
}
