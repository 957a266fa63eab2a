/**
 * Our writer's output imported back: export → import gives the same fields, and
 * export → import → export keeps every paragraph, in order.
 */
import { describe, expect, it } from 'vitest';
import { blockText, openDocx } from '../../core/docx-read';
import { writeDocx } from '../../core/docx/write-docx';
import { validateDocument } from '../../core/file/document-file';
import { importDocx } from '../../core/import';
import { upperVi } from '../../core/model/text';
import type { Appendix, TableModel, VanBanDocument } from '../../core/model/types';
import { makeLetter, makePlan } from '../fixtures/documents';
import { flatten, runsText } from './helpers/model-text';

function paragraphs(bytes: Uint8Array): string[] {
  return openDocx(bytes)
    .body.blocks.flatMap((b) => blockText(b).split('\n'))
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const tableShape = (t: TableModel) => ({
  columns: t.columns.length,
  numbered: t.numbered,
  header: t.headerRows.map((r) => r.map((c) => [c.paragraphs.map(runsText).join('\n'), c.colSpan ?? 1, c.rowSpan ?? 1])),
  rows: t.rows.map((r) => r.map((c) => [c.paragraphs.map(runsText).join('\n'), c.colSpan ?? 1, c.rowSpan ?? 1])),
});

const appendixShape = (a: Appendix) => ({ title: a.title, landscape: a.landscape, body: flatten(a.body) });

function titledFlags(blocks: VanBanDocument['body']): boolean[] {
  return blocks.flatMap((b) => [...(b.type === 'clause' ? [b.titled] : []), ...('children' in b ? titledFlags(b.children) : [])]);
}

/** The fields a reader sees, without ids and character formatting the writer adds. */
function shape(doc: VanBanDocument) {
  const tables = (blocks: VanBanDocument['body']): TableModel[] =>
    blocks.flatMap((b) => (b.type === 'table' ? [b.table] : 'children' in b ? tables(b.children) : []));
  return {
    kind: doc.kind,
    variant: doc.variant,
    header: doc.header,
    summary: doc.summary,
    addressees: doc.addressees,
    legalBasis: doc.legalBasis,
    body: flatten(doc.body),
    clausesTitled: titledFlags(doc.body),
    tables: tables(doc.body).map(tableShape),
    closing: doc.closing,
    // Titles are printed in capitals whatever case the model holds them in.
    signature: { ...doc.signature, collective: upperVi(doc.signature.collective), headTitle: upperVi(doc.signature.headTitle), signerTitle: upperVi(doc.signature.signerTitle) },
    recipients: doc.recipients,
    archive: doc.archive,
    appendices: doc.appendices.map(appendixShape),
    appendixTables: doc.appendices.flatMap((a) => tables(a.body)).map(tableShape),
  };
}

const cases: [string, () => VanBanDocument][] = [
  ['plan', () => makePlan()],
  ['letter', () => makeLetter()],
  ['plan without number and day', () => makePlan({ header: { number: null, date: { day: null, month: 1, year: 2023 } } })],
  ['plan signed by the head', () => makePlan({ signature: { collective: '', authority: null, headTitle: 'GIÁM ĐỐC', signerTitle: '', signerName: 'Trần Thị B' } })],
];

describe('import of our own DOCX', () => {
  it.each(cases)('%s: import(export(doc)) has the same fields', async (_name, make) => {
    const doc = make();
    const { document: imported } = importDocx(await writeDocx(doc));
    validateDocument(imported);
    expect(shape(imported)).toEqual(shape(doc));
  });

  it.each(cases)('%s: export → import → export keeps every paragraph in order', async (_name, make) => {
    const first = await writeDocx(make());
    const { document } = importDocx(first);
    const second = await writeDocx(document);
    expect(paragraphs(second)).toEqual(paragraphs(first));
  });

  it('gives every block a fresh id', async () => {
    const doc = makePlan();
    const { document: a } = importDocx(await writeDocx(doc));
    const { document: b } = importDocx(await writeDocx(doc));
    const ids = (d: VanBanDocument) => {
      const out: string[] = [];
      const walk = (blocks: VanBanDocument['body']) => blocks.forEach((x) => (out.push(x.id), 'children' in x && walk(x.children)));
      walk(d.body);
      d.appendices.forEach((ap) => (out.push(ap.id), walk(ap.body)));
      return out;
    };
    expect(new Set(ids(a)).size).toBe(ids(a).length);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    expect(ids(a).filter((id) => ids(doc).includes(id))).toEqual([]);
  });
});
