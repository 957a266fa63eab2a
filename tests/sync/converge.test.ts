/**
 * Two clients edit one shared document at once, then exchange updates: both end with the same
 * document and nothing either wrote is lost (text compared word for word).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { flattenBody } from '../../core/model/flat-body';
import { documentSchema } from '../../core/model/schema';
import type { VanBanDocument } from '../../core/model/types';
import { docRoots, yDocToDocument } from '../../core/sync';
import { addCommentAs, appendixCell, bodyElement, clientOf, DRAFTER, REVIEWER, serverDoc, sync } from './helpers';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const blockText = (doc: VanBanDocument, index: number): string => {
  const block = flattenBody(doc.body)[index]!;
  return block.kind === 'table' ? '' : block.content.map((run) => run.text).join('');
};
const cellText = (doc: VanBanDocument, row: number, column: number): string => {
  const block = doc.appendices[0]!.body[0]!;
  if (block.type !== 'table') throw new Error('expected a table');
  return block.table.rows[row]![column]!.paragraphs.flat().map((run) => run.text).join('');
};

/** Two clients with the server's state, as if both opened the document. */
function twoClients(): [Y.Doc, Y.Doc, VanBanDocument] {
  const server = serverDoc();
  return [clientOf(server), clientOf(server), yDocToDocument(server)];
}

describe('concurrent edits', () => {
  it('merge edits of different fields, cells, comments and the same paragraph', () => {
    const [a, b, original] = twoClients();
    const paragraph = flattenBody(original.body).findIndex((block) => block.kind === 'paragraph' || block.kind === 'dash');
    const before = blockText(original, paragraph);

    docRoots(a).fields.set('summary', 'Kế hoạch chuyển đổi số năm 2027');
    docRoots(a).header.set('place', 'Đông Hà');
    appendixCell(a, 0, 1).set('paragraphs', [[{ text: 'Rà soát toàn bộ hồ sơ lưu trữ' }]]);
    bodyElement(a, paragraph).insert(0, 'Khẩn trương ');
    addCommentAs(a, 'comment-a', REVIEWER.accountId, REVIEWER.name);

    docRoots(b).fields.set('closing', 'Trên đây là Kế hoạch đã được bổ sung.');
    docRoots(b).signature.set('signerName', 'Nguyễn Văn Thành');
    appendixCell(b, 1, 2).set('paragraphs', [[{ text: 'Văn phòng Sở' }]]);
    const element = bodyElement(b, paragraph);
    element.insert(element.length, ' và báo cáo kết quả', { bold: true });
    docRoots(b).recipients.push(['Lưu trữ điện tử']);
    addCommentAs(b, 'comment-b', DRAFTER.accountId, DRAFTER.name);

    sync(a, b);
    const docA = yDocToDocument(a);
    expect(yDocToDocument(b)).toEqual(docA);
    expect(documentSchema.safeParse(docA).success).toBe(true);

    expect(docA.summary).toBe('Kế hoạch chuyển đổi số năm 2027');
    expect(docA.header.place).toBe('Đông Hà');
    expect(docA.closing).toBe('Trên đây là Kế hoạch đã được bổ sung.');
    expect(docA.signature.signerName).toBe('Nguyễn Văn Thành');
    expect(docA.recipients.at(-1)).toBe('Lưu trữ điện tử');
    expect(cellText(docA, 0, 1)).toBe('Rà soát toàn bộ hồ sơ lưu trữ');
    expect(cellText(docA, 1, 2)).toBe('Văn phòng Sở');
    expect(words(blockText(docA, paragraph))).toEqual(['Khẩn', 'trương', ...words(before), 'và', 'báo', 'cáo', 'kết', 'quả']);
    expect(docA.comments.map((comment) => comment.id).sort()).toEqual(['comment-a', 'comment-b']);
  });

  it('keeps both clients’ words typed at the same place in one paragraph', () => {
    const [a, b, original] = twoClients();
    const before = blockText(original, 1);
    const middle = before.indexOf(' ') + 1;
    bodyElement(a, 1).insert(middle, 'nhanh chóng ');
    bodyElement(b, 1).insert(middle, 'đồng bộ ');
    sync(a, b);
    const merged = blockText(yDocToDocument(a), 1);
    expect(blockText(yDocToDocument(b), 1)).toBe(merged);
    const got = words(merged);
    for (const word of [...words(before), 'nhanh', 'chóng', 'đồng', 'bộ']) expect(got).toContain(word);
    expect(got).toHaveLength(words(before).length + 4);
  });

  it('resolves two edits of one field to the same value on both sides, one of the two', () => {
    const [a, b] = twoClients();
    docRoots(a).fields.set('summary', 'Phương án A');
    docRoots(b).fields.set('summary', 'Phương án B');
    appendixCell(a, 0, 1).set('paragraphs', [[{ text: 'Ô của A' }]]);
    appendixCell(b, 0, 1).set('paragraphs', [[{ text: 'Ô của B' }]]);
    sync(a, b);
    const [docA, docB] = [yDocToDocument(a), yDocToDocument(b)];
    expect(docA).toEqual(docB);
    expect(['Phương án A', 'Phương án B']).toContain(docA.summary);
    expect(['Ô của A', 'Ô của B']).toContain(cellText(docA, 0, 1));
  });

  it('keeps rows both clients added to one appendix table', () => {
    const [a, b] = twoClients();
    const rowsOf = (ydoc: Y.Doc) => ((docRoots(ydoc).appendices.get(0).get('body') as Y.Array<Y.Map<unknown>>).get(0).get('table') as Y.Map<unknown>).get('rows') as Y.Array<Y.Array<Y.Map<unknown>>>;
    const row = (texts: string[]) => {
      const yRow = new Y.Array<Y.Map<unknown>>();
      yRow.push(texts.map((text) => new Y.Map<unknown>([['paragraphs', [[{ text }]]]])));
      return yRow;
    };
    rowsOf(a).push([row(['3', 'Tập huấn', 'Sở Nội vụ'])]);
    rowsOf(b).push([row(['4', 'Kiểm tra', 'Thanh tra Sở'])]);
    sync(a, b);
    const doc = yDocToDocument(a);
    expect(doc).toEqual(yDocToDocument(b));
    const texts = [2, 3].map((index) => cellText(doc, index, 1)).sort();
    expect(texts).toEqual(['Kiểm tra', 'Tập huấn']);
  });
});
