/**
 * DOCX files made by another producer: LibreOffice turns two HTML plans into DOCX — one laid out
 * badly on purpose, one laid out by the decree — and the checker names exactly the planted
 * faults. Skipped where LibreOffice is not installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocx } from '../../core/check/check-docx';
import type { Finding } from '../../core/check/types';
import { findSoffice } from '../helpers/libreoffice';
import { ruleIds } from './helpers';

const soffice = findSoffice();
const work = mkdtempSync(join(tmpdir(), 'vanban-check-lo-'));
const findings = new Map<string, Finding[]>();

function convert(names: string[]): void {
  for (const name of names) copyFileSync(join(__dirname, 'fixtures', `${name}.html`), join(work, `${name}.html`));
  const result = spawnSync(
    soffice!,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      work,
      ...names.map((name) => join(work, `${name}.html`)),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}${result.stdout}`);
  for (const name of names) findings.set(name, checkDocx(readFileSync(join(work, `${name}.docx`))));
}

describe.skipIf(!soffice)('DOCX made by LibreOffice from HTML', () => {
  beforeAll(() => convert(['bad-plan', 'good-plan']), 150_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a badly laid out plan: every planted fault is named, nothing else', () => {
    expect(ruleIds(findings.get('bad-plan')!)).toEqual(
      [
        'page.margins', // 25 mm left and right
        'page.number', // HTML has no page number field
        'format.rule', // no lines under agency, motto, summary
        'number.leading-zero', // Số: 5/KH-SNV
        'date.leading-zero', // ngày 5
        'date.month-zero', // tháng 03
        'summary.vv-prefix', // V/v in a plan
        'body.indent', // no first-line indent
        'body.align', // left aligned
        'headings.sequence', // a) then c)
        'closing.mark', // no ./.
        'signature.prefix', // KT without dot
        'signature.academic-title', // TS.
        'recipients.punctuation', // "(b/c),"
        'font.size', // 12 pt throughout
        'format.bold', // section headings not bold
        'font.family', // Arial
      ].sort(),
    );
  });

  it('names the faults with their text', () => {
    const messages = findings.get('bad-plan')!.map((f) => f.message.en);
    expect(messages).toContain('The left margin is 25 mm; it must be 30–35 mm.');
    expect(messages).toContain('The right margin is 25 mm; it must be 15–20 mm.');
    expect(messages).toContain('Months 3 to 12 take no leading zero: “tháng 03” → “tháng 3”.');
    expect(messages).toContain('Heading out of sequence: “c)” after “a)” (expected “b)”).');
    expect(messages).toContain('Wrong signing-authority prefix: “KT” → “KT.”.');
    expect(messages).toContain('The typeface must be Times New Roman; text in “Arial”: “UBND TỈNH QUẢNG TRỊ”.');
    const recipients = findings.get('bad-plan')!.find((f) => f.ruleId === 'recipients.punctuation')!;
    expect(recipients.location).toMatchObject({ part: 'recipients', text: '- UBND tỉnh (b/c),' });
  });

  it('a plan laid out by the decree: only the page number HTML cannot express', () => {
    expect(findings.get('good-plan')!.map((f) => `${f.ruleId}: ${f.message.en}`)).toEqual([
      'page.number: Page numbers: no page number field (PAGE) in the page header.',
    ]);
  });
});
