/** `vanban import`: DOCX and text files in, a valid .vanban file out; usage errors are one line. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import { parseDocumentFile } from '../../core/file/document-file';
import { makeLetter } from '../fixtures/documents';
import { buildCli, errorLineOf, runVanban, tempDir } from '../cli/helpers';

beforeAll(() => buildCli(), 120_000);

describe('vanban import', () => {
  it('imports a .docx into a .vanban file', async () => {
    const dir = tempDir('vanban-import-');
    writeFileSync(join(dir, 'cv.docx'), await writeDocx(makeLetter()));
    const result = runVanban(['import', join(dir, 'cv.docx'), '-o', join(dir, 'cv.vanban')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Imported .*cv\.docx as .*cv\.vanban \(cong-van; recognised: .*header\.number.*\)/);
    const doc = parseDocumentFile(readFileSync(join(dir, 'cv.vanban'), 'utf8'));
    expect(doc.header).toMatchObject({ number: 231, agencyCode: 'STTTT', unitCode: 'TTBCXB' });
  });

  it('imports plain text (UTF-8 with a BOM, CRLF)', () => {
    const dir = tempDir('vanban-import-');
    const text = '\uFEFFỦY BAN NHÂN DÂN\r\nTỈNH QUẢNG TRỊ\r\nSố: 05/KH-UBND\r\n\r\nKẾ HOẠCH\r\nChuyển đổi số năm 2023\r\n\r\nI. MỤC ĐÍCH\r\n- Nâng cao nhận thức.\r\n';
    writeFileSync(join(dir, 'kh.txt'), text);
    const result = runVanban(['import', join(dir, 'kh.txt'), '-o', join(dir, 'kh.vanban')]);
    expect(result.status).toBe(0);
    const doc = parseDocumentFile(readFileSync(join(dir, 'kh.vanban'), 'utf8'));
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.header.number).toBe(5);
    expect(doc.body[0].type).toBe('section');
  });

  it('refuses an existing output without --force, and overwrites with it', async () => {
    const dir = tempDir('vanban-import-');
    writeFileSync(join(dir, 'cv.docx'), await writeDocx(makeLetter()));
    writeFileSync(join(dir, 'cv.vanban'), 'keep me');
    expect(errorLineOf(runVanban(['import', join(dir, 'cv.docx'), '-o', join(dir, 'cv.vanban')]))).toMatch(/already exists \(use --force/);
    expect(readFileSync(join(dir, 'cv.vanban'), 'utf8')).toBe('keep me');
    expect(runVanban(['import', join(dir, 'cv.docx'), '-o', join(dir, 'cv.vanban'), '--force']).status).toBe(0);
  });

  it.each([
    [['import'], /missing input file/],
    [['import', 'a.pdf', '-o', 'a.vanban'], /must end in \.docx or \.txt/],
    [['import', 'a.docx'], /missing -o <file\.vanban>/],
    [['import', 'a.docx', '-o', 'a.json'], /must end in \.vanban/],
    [['import', 'missing.docx', '-o', 'a.vanban'], /missing\.docx/],
  ])('%j: one error line', (args, message) => {
    const dir = tempDir('vanban-import-');
    const line = errorLineOf(runVanban(args as string[], { cwd: dir }));
    expect(line).toMatch(message);
    expect(existsSync(join(dir, 'a.vanban'))).toBe(false);
  });

  it('refuses text that is not UTF-8', () => {
    const dir = tempDir('vanban-import-');
    writeFileSync(join(dir, 'old.txt'), new Uint8Array([0x43, 0xe9, 0x6e, 0x67, 0xff, 0xfe, 0x80]));
    expect(errorLineOf(runVanban(['import', join(dir, 'old.txt'), '-o', join(dir, 'old.vanban')]))).toMatch(/not UTF-8 text/);
  });

  it('prints each unsure guess with its place: page furniture left out, a section number the source wrote', () => {
    const dir = tempDir('vanban-import-');
    const input = join(__dirname, 'corpus/000_13cfe2f2ac146817/phu-luc.pdftotext.txt');
    const result = runVanban(['import', input, '-o', join(dir, 'kh.vanban')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/note: left out \d+ page number \/ running head line\(s\): "2"/);
    expect(result.stdout).toContain('note: Section "V." is numbered "III." by position; the source\'s number is shown to fix (body: "V. TỔ CHỨC THỰC HIỆN")');
    expect(result.stdout).toMatch(/note: Text lines were read as a table \(4 rows, 4 columns\) \(appendix: "STT"\)/);
  });
});
