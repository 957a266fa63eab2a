/**
 * DOCX rules: our writer's export of clean documents yields nothing; each fault planted in the
 * exported XML is found, with no other finding besides the ones the fault rightly causes.
 */
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../../core/check/check-docx';
import { writeDocx } from '../../core/docx/write-docx';
import { makeLetter, makePlan } from '../fixtures/documents';
import { DOCX_CASES } from './cases/docx-cases';
import { completeTemplateDocuments, exportParts, pack, ruleIds } from './helpers';

const partyPlan = () =>
  makePlan({
    variant: 'party',
    header: { parentAgency: 'TỈNH ỦY QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO', issuingAgencyInText: 'Ban Tuyên giáo Tỉnh ủy', agencyCode: 'BTGTU' },
    signature: { collective: '', authority: 'KT', headTitle: 'TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN' },
  });

describe('our writer’s DOCX of a clean document', () => {
  const docs = [
    ['plan', makePlan()],
    ['letter', makeLetter()],
    ['Party plan', partyPlan()],
    ['plan with secrecy and urgency marks', makePlan({ header: { secrecy: 'MẬT', urgency: 'HỎA TỐC' } })],
    ...completeTemplateDocuments().map(({ id, doc }) => [`template ${id}`, doc] as const),
  ] as const;
  it.each(docs)('%s has no findings', async (_, doc) => {
    const findings = checkDocx(await writeDocx(doc));
    expect(findings.map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });

  it('a plan with a blank number and date has only the notes that wait for issuance', async () => {
    const findings = checkDocx(await writeDocx(makePlan({ header: { number: null, date: { day: null, month: null, year: 2023 } } })));
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['info number.blank', 'info date.blank']);
  });
});

describe.each(DOCX_CASES.map((c) => [c.rule, c.name, c] as const))('%s — %s', (rule, _name, c) => {
  it('is found, with nothing unplanted besides', async () => {
    const parts = await exportParts(c.base());
    c.plant(parts);
    const findings = checkDocx(pack(parts));
    expect(findings.map((f) => f.ruleId)).toContain(rule);
    expect(ruleIds(findings).filter((id) => id !== rule && !(c.also ?? []).includes(id))).toEqual([]);
    const found = findings.find((f) => f.ruleId === rule)!;
    expect(found.message.vi).not.toMatch(/\{\w+\}/);
    expect(found.message.en).not.toMatch(/\{\w+\}/);
  });
});
