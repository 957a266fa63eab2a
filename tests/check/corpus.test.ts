/**
 * The checker corpus (tests/check/corpus/, made by LibreOffice from scripts/make-check-corpus.mjs):
 * correctly made plans and letters in two house styles give no finding; each planted fault gives
 * exactly its one finding. Precision over the clean files and recall over the planted ones must
 * both be 100 %; the figures and finding counts are printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_RULES } from '../../core/check/catalog';
import { checkDocx } from '../../core/check/check-docx';
import type { Finding } from '../../core/check/types';
import { CORPUS, corpusBytes } from './corpus-files';

const clean = CORPUS.filter((f) => f.clean);
const planted = CORPUS.filter((f) => !f.clean);
const findings = new Map<string, Finding[]>();

beforeAll(() => {
  for (const f of CORPUS) findings.set(f.file, checkDocx(corpusBytes(f.file)));
});

describe('the corpus', () => {
  it('has correct documents in both house styles, plans and letters', () => {
    expect(new Set(clean.map((f) => f.house))).toEqual(new Set(['A', 'B']));
    expect(new Set(clean.map((f) => f.kind))).toEqual(new Set(['plan', 'letter']));
  });

  it('plants every rule a DOCX can show, one file each at least', () => {
    const docxRules = CHECK_RULES.filter((r) => r.inputs.includes('docx')).map((r) => r.id);
    expect([...new Set(planted.flatMap((f) => f.expect))].sort()).toEqual([...docxRules].sort());
  });

  it.each(clean.map((f) => [f.file] as const))('%s (clean) gives no finding', (file) => {
    expect(findings.get(file)!.map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([]);
  });

  it.each(planted.map((f) => [f.file, f.expect[0], f.fault] as const))('%s gives exactly %s (%s), once', (file, rule) => {
    expect(findings.get(file)!.map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([expect.stringMatching(new RegExp(`^${rule.replace(/\./g, '\\.')}: `))]);
  });

  it('precision on the clean files and recall on the planted ones are 100 %', () => {
    const falseAlarms = clean.reduce((n, f) => n + findings.get(f.file)!.length, 0);
    let found = 0;
    let reported = 0;
    let right = 0;
    for (const f of planted) {
      const got = findings.get(f.file)!;
      reported += got.length;
      right += got.filter((g) => f.expect.includes(g.ruleId)).length;
      if (f.expect.every((rule) => got.some((g) => g.ruleId === rule))) found += 1;
    }
    const recall = found / planted.length;
    const precision = right / (reported + falseAlarms);
    console.log(
      `check corpus: ${clean.length} clean files, ${falseAlarms} findings; ${planted.length} planted faults, ${found}/${planted.length} found (recall ${(recall * 100).toFixed(1)} %), ` +
        `${right}/${reported + falseAlarms} findings right (precision ${(precision * 100).toFixed(1)} %)`,
    );
    expect(falseAlarms).toBe(0);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });
});

describe('grouped by cause', () => {
  it('a typeface set in the default style is one finding, with every paragraph as its places', () => {
    const [arial] = findings.get('fault-font-family.docx')!;
    expect(arial.ruleId).toBe('font.family');
    expect(arial.cause).toMatch(/^style:/);
    expect(arial.count).toBeGreaterThan(40);
    expect(arial.places).toHaveLength(arial.count);
    expect(arial.places.map((p) => p.part)).toEqual(expect.arrayContaining(['header', 'title', 'body', 'signature', 'recipients', 'appendix']));
    expect(arial.message.en).toBe('The typeface must be Times New Roman; text in “Arial”: “UBND TỈNH TÂY NINH”.');
  });

  it('a body size set in the default style is one finding for all the body paragraphs', () => {
    const [size] = findings.get('fault-font-size.docx')!;
    expect(size).toMatchObject({ ruleId: 'font.size', count: expect.any(Number) });
    expect(size.count).toBeGreaterThan(20);
    expect(new Set(size.places.map((p) => p.part))).toEqual(new Set(['body']));
  });

  it('a run of consecutive paragraphs with the same fault is one finding; the places are in document order', () => {
    const [indent] = findings.get('fault-body-indent.docx')!;
    expect(indent.ruleId).toBe('body.indent');
    expect(indent.count).toBeGreaterThan(20);
    const order = indent.places.map((p) => p.paragraphIndex!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('what the issue saw', () => {
  it('landscape pages with Word’s rotated margins or the portrait ones are accepted', () => {
    expect(findings.get('plan-b.docx')).toEqual([]);
    expect(findings.get('plan-a.docx')).toEqual([]);
  });

  it('a landscape page fitting neither set says which it breaks', () => {
    expect(findings.get('fault-page-margins-landscape.docx')!.map((f) => f.message.en)).toEqual([
      'Landscape page: the left margin is 15 mm; by the portrait margins turned with the page it must be 20–25 mm.',
    ]);
  });

  it('a Party number with an empty body code says the agency code is missing', () => {
    expect(findings.get('fault-code-agency-missing.docx')!.map((f) => f.message.en)).toEqual(['The agency code is missing from the document code: “20-KH/”.']);
  });

  it('a DOCX with no signature block is an error', () => {
    expect(findings.get('fault-signature-missing.docx')!.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['error signature.missing']);
  });

  it('K/T with no deputy title under it is an error', () => {
    expect(findings.get('fault-signature-signer-title-missing.docx')!.map((f) => `${f.severity} ${f.message.en}`)).toEqual([
      'error Signing K/T needs the signer’s own title (e.g. “PHÓ CHỦ TỊCH”).'.replace('’', "'"),
    ]);
  });
});
