import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSoffice } from '../../electron/node/libreoffice';
import { hasCommands } from '../helpers/libreoffice';
import { buildCli, documentFileText, errorLineOf, runVanban, sampleDocument, tempDir } from './helpers';

beforeAll(() => buildCli());

const soffice = findSoffice();
const canRender = soffice !== null && hasCommands('pdfinfo', 'pdftotext');

function documentIn(dir: string): void {
  writeFileSync(join(dir, 'doc.vanban'), documentFileText(sampleDocument()));
}

/** A stand-in soffice (a shell script) for the failure cases. */
function fakeSoffice(dir: string, script: string): string {
  const path = join(dir, 'fake-soffice');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('vanban export -o <file.pdf>', () => {
  it.skipIf(!canRender)('writes an A4 PDF through LibreOffice with the document text', () => {
    const dir = tempDir();
    documentIn(dir);
    const result = runVanban(['export', 'doc.vanban', '-o', 'doc.pdf'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Exported doc.pdf\n');
    const pdf = join(dir, 'doc.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$/m);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 12/KH-STTTT');
    expect(text).toContain('Tuyên truyền cải cách hành chính năm 2025');
    expect(readdirSync(dir).sort()).toEqual(['doc.pdf', 'doc.vanban']);
  });

  it('where LibreOffice is not installed: exit 2 and one clear line, no file', () => {
    const dir = tempDir();
    documentIn(dir);
    const result = runVanban(['export', 'doc.vanban', '-o', 'doc.pdf'], { cwd: dir, env: { PATH: join(dir, 'empty-bin'), VANBAN_SOFFICE: '' } });
    expect(errorLineOf(result)).toBe(
      'vanban: export: PDF export needs LibreOffice, which is not installed (no soffice on PATH); install LibreOffice or export to .docx',
    );
    expect(existsSync(join(dir, 'doc.pdf'))).toBe(false);
  });

  it('a LibreOffice failure is one line, and no PDF is left behind', () => {
    const dir = tempDir();
    documentIn(dir);
    const failing = fakeSoffice(dir, 'echo "Error: source file could not be loaded" >&2; exit 81');
    const line = errorLineOf(runVanban(['export', 'doc.vanban', '-o', 'doc.pdf'], { cwd: dir, env: { VANBAN_SOFFICE: failing } }));
    expect(line).toBe('vanban: export: LibreOffice failed to convert the document (exit 81: Error: source file could not be loaded)');
    const silent = fakeSoffice(dir, 'exit 0');
    const none = errorLineOf(runVanban(['export', 'doc.vanban', '-o', 'doc.pdf'], { cwd: dir, env: { VANBAN_SOFFICE: silent } }));
    expect(none).toBe('vanban: export: LibreOffice wrote no PDF');
    expect(readdirSync(dir).sort()).toEqual(['doc.vanban', 'fake-soffice']);
  });

  it('other output extensions are refused before any work', () => {
    const dir = tempDir();
    documentIn(dir);
    const line = errorLineOf(runVanban(['export', 'doc.vanban', '-o', 'doc.odt'], { cwd: dir }));
    expect(line).toBe('vanban: export: the output file must end in .docx or .pdf: doc.odt');
  });
});
