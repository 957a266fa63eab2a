/**
 * Every rule in core/data/check-rules.json has a planted-fault test for each input it claims
 * (model documents; DOCX files: our export edited, or the LibreOffice corpus), messages are well formed, and recall/precision over the planted
 * fixtures is measured and printed.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_RULES, ELEMENTS } from '../../core/check/catalog';
import { checkDocument } from '../../core/check/check-document';
import { checkDocx } from '../../core/check/check-docx';
import { DOCX_CASES } from './cases/docx-cases';
import { MODEL_CASES } from './cases/model-cases';
import { CORPUS } from './corpus-files';
import { exportParts, pack } from './helpers';

describe('rule list', () => {
  it('ids are unique and well formed', () => {
    const ids = CHECK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+$/);
  });

  it.each(CHECK_RULES.map((r) => [r.id, r] as const))('%s has a severity, inputs and messages in both languages', (_, rule) => {
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.inputs.length).toBeGreaterThan(0);
    for (const input of rule.inputs) expect(['model', 'docx']).toContain(input);
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(params(rule.message.vi)).toEqual(params(rule.message.en));
    expect(rule.message.vi).not.toEqual(rule.message.en);
    if (rule.fix) expect(rule.fix.vi && rule.fix.en).toBeTruthy();
  });

  it('every element has a size range', () => {
    for (const info of Object.values(ELEMENTS)) {
      expect(info.size[0]).toBeLessThanOrEqual(info.size[1]);
      expect(info.vi && info.en).toBeTruthy();
    }
  });

  it.each(CHECK_RULES.filter((r) => r.inputs.includes('model')).map((r) => [r.id] as const))('%s has a planted fault on a model document', (id) => {
    expect(MODEL_CASES.some((c) => c.rule === id)).toBe(true);
  });

  it.each(CHECK_RULES.filter((r) => r.inputs.includes('docx')).map((r) => [r.id] as const))('%s has a planted fault in a DOCX file (our export edited, or the corpus)', (id) => {
    expect(DOCX_CASES.some((c) => c.rule === id) || CORPUS.some((f) => !f.clean && f.expect.includes(id))).toBe(true);
  });

  it('no planted case names a rule that is not in the list, or the wrong input', () => {
    for (const c of MODEL_CASES) expect(CHECK_RULES.find((r) => r.id === c.rule)?.inputs).toContain('model');
    for (const c of DOCX_CASES) expect(CHECK_RULES.find((r) => r.id === c.rule)?.inputs).toContain('docx');
  });
});

describe('recall and precision on the planted fixtures', () => {
  it('finds every planted fault and nothing unplanted', async () => {
    let planted = 0;
    let found = 0;
    let reported = 0;
    let expected = 0;
    for (const c of MODEL_CASES) {
      const doc = c.base();
      c.plant(doc);
      const ids = (await checkDocument(doc)).map((f) => f.ruleId);
      planted += 1;
      if (ids.includes(c.rule)) found += 1;
      reported += ids.length;
      expected += ids.filter((id) => id === c.rule || (c.also ?? []).includes(id)).length;
    }
    for (const c of DOCX_CASES) {
      const parts = await exportParts(c.base());
      c.plant(parts);
      const ids = checkDocx(pack(parts)).map((f) => f.ruleId);
      planted += 1;
      if (ids.includes(c.rule)) found += 1;
      reported += ids.length;
      expected += ids.filter((id) => id === c.rule || (c.also ?? []).includes(id)).length;
    }
    const recall = found / planted;
    const precision = expected / reported;
    console.log(`checker: ${planted} planted faults, recall ${(recall * 100).toFixed(1)}% (${found}/${planted}), precision ${(precision * 100).toFixed(1)}% (${expected}/${reported} findings were planted)`);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});
