import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, documentFileText, runVanban, sampleDocument, tempDir } from './helpers';

beforeAll(() => buildCli());

describe('vanban export', () => {
  it('writes a DOCX (zip) file and nothing else', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.vanban'), documentFileText(sampleDocument()));
    const result = runVanban(['export', 'doc.vanban', '-o', 'doc.docx'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bytes = readFileSync(join(dir, 'doc.docx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['doc.docx', 'doc.vanban']);
  });

  it('keeps an existing DOCX unless --force is given, like new and import', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.vanban'), documentFileText(sampleDocument()));
    writeFileSync(join(dir, 'doc.docx'), 'old');
    const refused = runVanban(['export', 'doc.vanban', '-o', 'doc.docx'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('doc.docx already exists (use --force to overwrite)');
    expect(readFileSync(join(dir, 'doc.docx'), 'utf8')).toBe('old');
    expect(runVanban(['export', 'doc.vanban', '-o', 'doc.docx', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'doc.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
