/** `vanban check` through the real bundled CLI: lines or JSON, language, exit status 0 / 1 / 2. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import { buildCli, documentFileText, errorLineOf, runVanban, tempDir } from '../cli/helpers';
import { makePlan } from '../fixtures/documents';
import { edit, exportParts, pack } from './helpers';

beforeAll(() => buildCli());

const C = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

describe('vanban check', () => {
  it('a clean document: no output, exit 0', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    writeFileSync(file, documentFileText(makePlan()));
    const result = runVanban(['check', file], { env: C });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('warnings only: one line each, exit 0', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    writeFileSync(file, documentFileText(makePlan({ summary: 'Chuyển đổi số năm 2023.' })));
    const result = runVanban(['check', file], { env: C });
    expect(result.stdout).toBe('warning summary.trailing-period: The summary does not end with a full stop: “Chuyển đổi số năm 2023.”.\n');
    expect(result.status).toBe(0);
  });

  it('errors in a .vanban: English lines, exit 1; Vietnamese with LANG=vi_VN', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    writeFileSync(file, documentFileText(makePlan({ signature: { signerName: 'TS. Nguyễn Văn A' }, archive: '' })));
    const english = runVanban(['check', file], { env: C });
    expect(english.status).toBe(1);
    expect(english.stdout.trim().split('\n')).toEqual([
      'error signature.academic-title: No academic titles before the signer\'s name: “TS. Nguyễn Văn A”.',
      'error recipients.archive-missing: The recipient list lacks the archive line “Lưu: VT, …”.',
    ]);
    const vietnamese = runVanban(['check', file], { env: { ...C, LANG: 'vi_VN.UTF-8' } });
    expect(vietnamese.stdout).toContain('error signature.academic-title: Không ghi học hàm, học vị trước tên người ký: “TS. Nguyễn Văn A”.');
  });

  it('a DOCX with planted faults: --json array with rule ids, locations and messages', async () => {
    const parts = await exportParts(makePlan());
    edit(parts, 'word/document.xml', 'w:left="1701"', 'w:left="1417"');
    edit(parts, 'word/document.xml', '>Quảng Trị, ngày 05 tháng 01 năm 2023<', '>Quảng Trị, ngày 05 tháng 03 năm 2023<');
    const dir = tempDir();
    const file = join(dir, 'plan.docx');
    writeFileSync(file, pack(parts));
    const result = runVanban(['check', file, '--json'], { env: C });
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as { ruleId: string; severity: string; message: { vi: string; en: string }; location: { part: string } }[];
    expect(findings.map((f) => f.ruleId)).toEqual(['page.margins', 'date.month-zero']);
    expect(findings[0]).toMatchObject({ severity: 'error', location: { part: 'page' }, message: { en: 'The left margin is 25 mm; it must be 30–35 mm.' } });
    expect(findings[1].message.vi).toBe('Tháng 3 đến tháng 12 không viết số 0 ở trước: “tháng 03” → “tháng 3”.');
  });

  it('a wrong typeface in the default style: one grouped line with its count and first places; --json has them all', () => {
    const file = join(__dirname, 'corpus', 'fault-font-family.docx');
    const result = runVanban(['check', file], { env: C });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^error font\.family ×(\d+): The typeface must be Times New Roman; text in “Arial”: “UBND TỈNH TÂY NINH”\.$/);
    const count = Number(/×(\d+)/.exec(lines[0])![1]);
    expect(lines.slice(1)).toEqual(['  - header: “UBND TỈNH TÂY NINH”', '  - header: “SỞ GIÁO DỤC VÀ ĐÀO TẠO”', '  - header: “Số: 162/KH-SGDĐT”', `  … and ${count - 3} more`]);
    const vietnamese = runVanban(['check', file], { env: { ...C, LANG: 'vi_VN.UTF-8' } });
    expect(vietnamese.stdout.trim().split('\n').pop()).toBe(`  … và ${count - 3} chỗ khác`);
    const [json] = JSON.parse(runVanban(['check', file, '--json'], { env: C }).stdout);
    expect(json).toMatchObject({ ruleId: 'font.family', count, cause: 'style:Normal' });
    expect(json.places).toHaveLength(count);
  });

  it('a DOCX with no signature block: exit 1', () => {
    const result = runVanban(['check', join(__dirname, 'corpus', 'fault-signature-missing.docx')], { env: C });
    expect(result.stdout).toBe('error signature.missing: The document has no signature block (authority, title and signer\'s name).\n');
    expect(result.status).toBe(1);
  });

  it('our own export of a clean plan checks clean as DOCX', async () => {
    const dir = tempDir();
    const file = join(dir, 'plan.docx');
    writeFileSync(file, await writeDocx(makePlan()));
    const result = runVanban(['check', file, '--json'], { env: C });
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('--json marks fixable findings with the fix description', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.vanban');
    writeFileSync(file, documentFileText(makePlan({ archive: '' })));
    const findings = JSON.parse(runVanban(['check', file, '--json'], { env: C }).stdout);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'recipients.archive-missing', fixable: true, fix: { description: { vi: 'Thêm “Lưu: VT”', en: 'Add “Lưu: VT”' } } }),
    ]);
  });

  it.each([
    ['no input', [], 'vanban: check: missing input file <file.vanban|file.docx>'],
    ['wrong extension', ['notes.txt'], 'vanban: check: the input file must end in .vanban or .docx: notes.txt'],
    ['unknown option', ['plan.vanban', '--html'], "vanban: check: Unknown option '--html'"],
  ])('bad usage (%s): one line, exit 2', (_, args, line) => {
    expect(errorLineOf(runVanban(['check', ...args], { env: C }))).toContain(line);
  });

  it('a file that is not a DOCX: one line, exit 2', () => {
    const dir = tempDir();
    const file = join(dir, 'fake.docx');
    writeFileSync(file, 'not a zip at all');
    expect(errorLineOf(runVanban(['check', file], { env: C }))).toMatch(/^vanban: check: .*fake\.docx: /);
  });

  it('a missing file: one line, exit 2', () => {
    expect(errorLineOf(runVanban(['check', join(tempDir(), 'absent.vanban')], { env: C }))).toMatch(/absent\.vanban/);
  });
});
