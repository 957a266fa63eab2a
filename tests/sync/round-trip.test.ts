/**
 * A document into a Y.Doc and back: identical for every shipped template and the test fixtures,
 * valid by the model schema, NFC kept; the body readable and writable by @slate-yjs/core.
 */
import { slateNodesToInsertDelta, yTextToSlateElement } from '@slate-yjs/core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentSchema } from '../../core/model/schema';
import { flattenBody } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';
import { bodyToSlateNodes, documentToYDoc, yDocToDocument } from '../../core/sync';
import { createDocumentFromTemplate } from '../../core/template/template';
import { listTemplates } from '../../electron/node/templates';
import { flatToSlate } from '../../renderer/editor/convert';
import { appendix, bold, cell, clause, comment, dash, makeLetter, makePlan, para, plus, point, section, table } from '../fixtures/documents';

let documents: Array<[string, VanBanDocument]> = [];

function spanned() {
  const block = table(['STT', 'Nội dung', 'Ghi chú'], [['1', 'Việc một', '']]);
  block.table.rows.push([cell('2'), cell([bold('Việc hai'), { text: ' và ba', italic: true }], { colSpan: 2 })]);
  return block;
}

function richPlan(): VanBanDocument {
  const body = [
    section('MỤC ĐÍCH, YÊU CẦU', [
      clause('Mục đích', [point([bold('Tăng cường'), { text: ' công tác ' }, { text: 'quản lý', italic: true, underline: true }], [dash('Ý một', [plus('Ý cộng')])])]),
      clause('Câu văn không tiêu đề', [para('Đoạn văn'), spanned()], { titled: false }),
    ]),
  ];
  const doc = makePlan({ body, appendices: [appendix('DANH MỤC NHIỆM VỤ', [table(['STT', 'Nhiệm vụ'], [['1', 'Triển khai'], ['2', 'Kiểm tra']], { numbered: true })], { landscape: true })] });
  const first = flattenBody(doc.body)[1]!.id;
  doc.comments = [comment(first, 'Sửa câu này', { author: 'Lê Văn B', initials: 'LVB' }), comment(first, 'Đồng ý', { parentId: null, resolved: true })];
  return doc;
}

beforeAll(async () => {
  const templates = await listTemplates();
  documents = [
    ...templates.map((template): [string, VanBanDocument] => [template.id, createDocumentFromTemplate(template, { today: { year: 2026 } })]),
    ['fixture plan', makePlan()],
    ['fixture letter', makeLetter()],
    ['rich plan', richPlan()],
    ['empty body', makePlan({ body: [], appendices: [] })],
  ];
});

describe('documentToYDoc / yDocToDocument', () => {
  it('gives back every template and fixture identically, valid and NFC, also after an update round trip', () => {
    expect(documents.length).toBeGreaterThanOrEqual(9);
    for (const [name, doc] of documents) {
      const ydoc = documentToYDoc(doc);
      const back = yDocToDocument(ydoc);
      expect(back, name).toEqual(doc);
      expect(JSON.stringify(back), name).toBe(JSON.stringify(back).normalize('NFC'));
      expect(documentSchema.safeParse(back).success, name).toBe(true);
      const remote = new Y.Doc();
      Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc));
      expect(yDocToDocument(remote), name).toEqual(doc);
    }
  });

  it('stores text written in decomposed Unicode as NFC', () => {
    const doc = makePlan({ summary: 'Kế hoạch'.normalize('NFD') });
    expect(yDocToDocument(documentToYDoc(doc)).summary).toBe('Kế hoạch'.normalize('NFC'));
  });
});

describe('the body in @slate-yjs/core layout', () => {
  it('has the node shape of the renderer editor', () => {
    for (const [name, doc] of documents) {
      if (doc.body.length === 0) continue;
      expect(bodyToSlateNodes(doc.body), name).toEqual(flatToSlate(flattenBody(doc.body)));
    }
  });

  it('reads back through yTextToSlateElement as the editor value', () => {
    for (const [name, doc] of documents) {
      const ydoc = documentToYDoc(doc);
      const element = yTextToSlateElement(ydoc.get('body', Y.XmlText) as Y.XmlText);
      const expected = doc.body.length === 0 ? [] : flatToSlate(flattenBody(doc.body));
      expect(doc.body.length === 0 ? element.children.filter((node) => !('text' in node)) : element.children, name).toEqual(expected);
    }
  });

  it('reads a body slate-yjs wrote as the document body', () => {
    for (const [name, doc] of documents) {
      if (doc.body.length === 0) continue;
      const written = documentToYDoc(doc);
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(written));
      const root = ydoc.get('body', Y.XmlText) as Y.XmlText;
      ydoc.transact(() => {
        root.delete(0, root.length);
        root.applyDelta(slateNodesToInsertDelta(flatToSlate(flattenBody(doc.body))), { sanitize: false });
      });
      expect(yDocToDocument(ydoc).body, name).toEqual(doc.body);
    }
  });
});
