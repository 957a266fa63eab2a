/** Shared document states for the sync tests: a server doc, client copies, and edit helpers. */
import * as Y from 'yjs';
import { flattenBody } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';
import { commentToYMap, docRoots, documentToYDoc } from '../../core/sync';
import { appendix, cell, makePlan, table } from '../fixtures/documents';

export const DRAFTER = { accountId: 'acc-drafter', role: 'drafter', name: 'Trần Văn An', initials: 'TVA' } as const;
export const REVIEWER = { accountId: 'acc-reviewer', role: 'reviewer', name: 'Lê Thị Bình', initials: 'LTB' } as const;
export const OTHER_REVIEWER = { accountId: 'acc-reviewer-2', role: 'reviewer', name: 'Phạm Văn Cường', initials: 'PVC' } as const;
export const CLERK = { accountId: 'acc-clerk', role: 'clerk', name: 'Ngô Thị Dung', initials: 'NTD' } as const;
export const ADMIN = { accountId: 'acc-admin', role: 'admin', name: 'Quản trị', initials: 'QT' } as const;
export const OTHER_DRAFTER = { accountId: 'acc-drafter-2', role: 'drafter', name: 'Hoàng Văn Em', initials: 'HVE' } as const;
export const ACCESS = { drafterId: DRAFTER.accountId };
export const WHEN = '2026-12-04T09:00:00+07:00';

/** A plan with an appendix table, so cells can be edited. */
export function planWithAppendix(): VanBanDocument {
  const doc = makePlan();
  const block = table(['STT', 'Nhiệm vụ', 'Đơn vị'], [['1', 'Rà soát hồ sơ', 'Sở Nội vụ'], ['2', 'Tổng hợp báo cáo', 'Văn phòng']]);
  block.table.rows[1]![1] = cell('Tổng hợp báo cáo');
  doc.appendices = [appendix('DANH MỤC NHIỆM VỤ', [block])];
  return doc;
}

/** A server doc holding the document. */
export function serverDoc(doc: VanBanDocument = planWithAppendix()): Y.Doc {
  return documentToYDoc(doc);
}

/** A client's copy of the server's state. */
export function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  docRoots(client);
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

/** What `client` has that `server` lacks, as one update. */
export function diff(client: Y.Doc, server: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
}

/** Exchanges updates both ways. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = diff(a, b);
  const toA = diff(b, a);
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** The embedded Y.XmlText of the n-th body element. */
export function bodyElement(ydoc: Y.Doc, index: number): Y.XmlText {
  const delta = docRoots(ydoc).body.toDelta() as Array<{ insert: unknown }>;
  return delta[index]!.insert as Y.XmlText;
}

/** Index in the body of the first block of this kind. */
export function firstIndexOf(doc: VanBanDocument, kind: string): number {
  return flattenBody(doc.body).findIndex((block) => block.kind === kind);
}

/** The Y.Map of a cell of the first appendix's first table (body row, column). */
export function appendixCell(ydoc: Y.Doc, row: number, column: number): Y.Map<unknown> {
  const appendixMap = docRoots(ydoc).appendices.get(0);
  const block = (appendixMap.get('body') as Y.Array<Y.Map<unknown>>).get(0);
  const rows = (block.get('table') as Y.Map<unknown>).get('rows') as Y.Array<Y.Array<Y.Map<unknown>>>;
  return rows.get(row).get(column);
}

/** Adds a comment on the first body block as `author`'s account, returning its id. */
export function addCommentAs(ydoc: Y.Doc, id: string, authorId: string, name: string, extra: Record<string, unknown> = {}): string {
  const roots = docRoots(ydoc);
  const blockId = (bodyElement(ydoc, 0).getAttribute('id') as string) ?? 'x';
  const comment = {
    id,
    author: name,
    initials: 'XX',
    date: WHEN,
    text: 'Cần làm rõ',
    anchor: { blockId, start: 0, end: 2 },
    resolved: false,
    parentId: null,
    orphaned: false,
    ...extra,
  };
  roots.comments.set(id, commentToYMap(comment as never, authorId, roots.comments.size));
  return id;
}
