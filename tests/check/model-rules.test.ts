/** Model rules: clean documents and templates yield nothing; each planted fault is found; fixes remove it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../core/check/types';
import { checkDocument } from '../../core/check/check-document';
import { validateDocument } from '../../core/file/document-file';
import { makeLetter, makePlan } from '../fixtures/documents';
import { MODEL_CASES } from './cases/model-cases';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocumentFromTemplate, parseTemplate } from '../../core/template/template';
import { completeTemplateDocuments, ROOT, ruleIds } from './helpers';

describe('clean documents', () => {
  it.each([
    ['plan', makePlan()],
    ['letter', makeLetter()],
  ])('the %s fixture has no findings', async (_, doc) => {
    expect(await checkDocument(doc)).toEqual([]);
  });

  it.each(completeTemplateDocuments().map(({ id, doc }) => [id, doc] as const))('template %s, completed, has no findings', async (_, doc) => {
    expect((await checkDocument(doc)).map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });

  it('a template as created lists what the clerk still has to fill in', async () => {
    const template = parseTemplate(JSON.parse(readFileSync(join(ROOT, 'templates/ke-hoach-so.json'), 'utf8')));
    const findings = await checkDocument(createDocumentFromTemplate(template, { today: { year: 2025 } }));
    expect(ruleIds(findings)).toEqual(['date.blank', 'number.blank', 'signature.name-missing', 'text.placeholder']);
    expect(ruleIds(findings.filter((f) => f.severity === 'error'))).toEqual(['signature.name-missing', 'text.placeholder']);
  });
});

describe.each(MODEL_CASES.map((c) => [c.rule, c.name, c] as const))('%s — %s', (rule, _name, c) => {
  const doc = c.base();
  c.plant(doc);
  let findings: Finding[] = [];
  beforeAll(async () => {
    findings = await checkDocument(doc);
  });

  it('is found, with nothing unplanted besides', () => {
    expect(findings.map((f) => f.ruleId)).toContain(rule);
    expect(ruleIds(findings).filter((id) => id !== rule && !(c.also ?? []).includes(id))).toEqual([]);
  });

  it('has a message in both languages and a location', () => {
    const found = findings.find((f) => f.ruleId === rule)!;
    expect(found.message.vi).not.toMatch(/\{\w+\}/);
    expect(found.message.en).not.toMatch(/\{\w+\}/);
    expect(found.message.vi).not.toEqual(found.message.en);
    expect(found.location.part).toBeTruthy();
    expect(found.location.blockId ?? found.location.path).toBeTruthy();
  });

  it('its fix, when it has one, removes the finding and leaves a valid document', async () => {
    const found = findings.find((f) => f.ruleId === rule);
    if (!found?.fix) return;
    const before = structuredClone(doc);
    const fixed = found.fix.apply(doc);
    expect(doc).toEqual(before);
    expect((await checkDocument(fixed)).filter((f) => f.ruleId === rule && f.location.path === found.location.path)).toEqual([]);
    expect(() => validateDocument(fixed)).not.toThrow();
  });
});
