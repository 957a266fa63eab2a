/**
 * One engine, one view: a document checked as .vanban and as DOCX gives the same rule ids. Every
 * template (as created and completed) against our export of it; every corpus document against
 * the .vanban the importer makes of it — all the clean ones, and each planted fault a .vanban can
 * hold (faults of layout and format our writer never makes are lost on import by design).
 */
import { describe, expect, it } from 'vitest';
import { ruleInfo } from '../../core/check/catalog';
import { checkDocument } from '../../core/check/check-document';
import { checkDocx } from '../../core/check/check-docx';
import { writeDocx } from '../../core/docx/write-docx';
import { importDocx } from '../../core/import';
import { createDocumentFromTemplate } from '../../core/template/template';
import { CORPUS, corpusBytes } from './corpus-files';
import { completeTemplateDocuments, loadTemplates, ruleIds } from './helpers';

describe('templates: the .vanban and its DOCX', () => {
  const docs = [...loadTemplates().map((t) => [`${t.id} as created`, createDocumentFromTemplate(t, { today: { year: 2025 } })] as const), ...completeTemplateDocuments().map(({ id, doc }) => [`${id} completed`, doc] as const)];
  it.each(docs)('%s', async (_, doc) => {
    const asDocument = ruleIds(await checkDocument(doc));
    const asDocx = ruleIds(checkDocx(await writeDocx(doc)));
    expect(asDocument).toEqual(asDocx);
  });
  it('a Party number without its body code is completed from the “Lưu” line on import, so only the DOCX shows the fault', async () => {
    const file = CORPUS.find((f) => f.expect.includes('code.agency-missing'));
    expect(file).toBeDefined();
    const bytes = corpusBytes(file!.file);
    expect(ruleIds(checkDocx(bytes))).toContain('code.agency-missing');
    const imported = importDocx(bytes).document;
    expect(imported.header.agencyCode).not.toBe('');
    expect(ruleIds(await checkDocument(imported))).not.toContain('code.agency-missing');
  });
});

/** Planted faults the importer puts right as it reads them (so the .vanban no longer has them). */
const IMPORT_CORRECTS: Record<string, string> = {
  'code.form': 'the importer reads “STTTT - TTBCXB” as the code groups STTTT and TTBCXB',
  'code.agency-missing': 'a Party number left blank takes the body code from the “Lưu” line (issue 9)',
};

describe('corpus: the DOCX and the .vanban imported from it', () => {
  const files = CORPUS.filter((f) => f.clean || f.expect.every((rule) => ruleInfo(rule).inputs.includes('model') && !IMPORT_CORRECTS[rule]));
  it('covers every clean file and most planted ones', () => {
    expect(files.filter((f) => f.clean).length).toBe(CORPUS.filter((f) => f.clean).length);
    expect(files.length).toBeGreaterThan(CORPUS.length / 2);
  });
  it.each(files.map((f) => [f.file] as const))('%s', async (file) => {
    const bytes = corpusBytes(file);
    const asDocx = ruleIds(checkDocx(bytes));
    const asDocument = ruleIds(await checkDocument(importDocx(bytes).document));
    expect(asDocument).toEqual(asDocx);
  });
  it('a Party number without its body code is completed from the “Lưu” line on import, so only the DOCX shows the fault', async () => {
    const file = CORPUS.find((f) => f.expect.includes('code.agency-missing'));
    expect(file).toBeDefined();
    const bytes = corpusBytes(file!.file);
    expect(ruleIds(checkDocx(bytes))).toContain('code.agency-missing');
    const imported = importDocx(bytes).document;
    expect(imported.header.agencyCode).not.toBe('');
    expect(ruleIds(await checkDocument(imported))).not.toContain('code.agency-missing');
  });
});
