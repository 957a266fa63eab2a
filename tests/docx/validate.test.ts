/**
 * Schema validation: every shipped template's export, the fixtures and the commented document
 * pass the shared ECMA-376 validator (../shared/ooxml/validate-docx). Where the validator or
 * xmllint/xsltproc is missing these tests report themselves skipped, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../electron/node/templates';
import { createDocumentFromTemplate } from '../../core/template/template';
import { writeDocx } from '../../core/docx/write-docx';
import { makeLetter } from '../fixtures/documents';
import { kids, openDocx, parseXml } from '../helpers/docx-xml';
import { plan } from './support';
import { commentedPlan } from './commented-plan';
import { validateDocxBytes } from './validate-docx';

/**
 * A gap in the validator, not in the package: word/commentsExtended.xml is entirely in the w15
 * namespace (as Word writes it), so after strip-mce.xsl removes w15 markup nothing is left and
 * xmllint reports an empty document. The part is checked by hand below instead.
 */
const COMMENTS_EXTENDED_GAP = /^word\/commentsExtended\.xml: -:1: parser error : Document is empty/;
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

const templates = await listTemplates();

describe('DOCX validation against the OOXML schemas', () => {
  it('finds the shipped templates', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
  });

  for (const template of templates) {
    it(`the "${template.id}" template's export is valid`, async (ctx) => {
      const doc = createDocumentFromTemplate(template, { today: { year: 2026 } });
      const result = validateDocxBytes(await writeDocx(doc), `${template.id}.docx`);
      if (result.skipped) ctx.skip(result.skipped);
      expect(result.problems).toEqual([]);
    });
  }

  it('the plan and letter fixtures with marks and two appendices are valid', async (ctx) => {
    const base = plan();
    const docs = [
      plan({ header: { secrecy: 'MẬT', urgency: 'HỎA TỐC' }, appendices: [...base.appendices, { ...base.appendices[0], id: 'second' }] }),
      makeLetter({ addressees: ['Sở Tư pháp', 'Sở Nội vụ'] }),
    ];
    for (const doc of docs) {
      const result = validateDocxBytes(await writeDocx(doc), `${doc.kind}.docx`);
      if (result.skipped) ctx.skip(result.skipped);
      expect(result.problems, doc.kind).toEqual([]);
    }
  });

  it('the commented document is valid (commentsExtended.xml checked by hand, see COMMENTS_EXTENDED_GAP)', async (ctx) => {
    const bytes = await writeDocx(commentedPlan());
    const result = validateDocxBytes(bytes, 'comments.docx');
    if (result.skipped) ctx.skip(result.skipped);
    expect(result.problems.filter((problem) => !COMMENTS_EXTENDED_GAP.test(problem))).toEqual([]);

    const docx = await openDocx(bytes);
    const extended = parseXml(docx.text('word/commentsExtended.xml'));
    expect(extended.name).toBe('w15:commentsEx');
    expect(extended.attrs['xmlns:w15']).toBe(W15);
    const entries = kids(extended);
    expect(entries.map((e) => e.name)).toEqual(entries.map(() => 'w15:commentEx'));
    const paraIds = new Set([...docx.text('word/comments.xml').matchAll(/w14:paraId="([0-9A-F]{8})"/g)].map((m) => m[1]));
    for (const entry of entries) {
      expect(paraIds.has(entry.attrs['w15:paraId']), entry.attrs['w15:paraId']).toBe(true);
      if (entry.attrs['w15:paraIdParent']) expect(paraIds.has(entry.attrs['w15:paraIdParent'])).toBe(true);
      expect(['0', '1', undefined]).toContain(entry.attrs['w15:done']);
    }
  });
});
