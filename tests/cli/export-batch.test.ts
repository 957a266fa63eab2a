import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildCli, documentFileText, errorLineOf, runVanban, sampleDocument, tempDir } from './helpers';

beforeAll(() => buildCli());

/** The text Word shows in a DOCX's body. */
async function bodyText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

function writePlans(dir: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `ke-hoach-${index + 1}.vanban`;
    writeFileSync(join(dir, name), documentFileText({ ...sampleDocument(), summary: `Kế hoạch số ${index + 1} của huyện` }));
    return name;
  });
}

describe('vanban export … -d <folder> (batch)', () => {
  it('writes <folder>/<name>.docx for every input in one run, each with its own content, and creates the folder', async () => {
    const dir = tempDir();
    const inputs = writePlans(dir, 5);
    const result = runVanban(['export', ...inputs, '-d', 'out'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(inputs.map((name) => name.replace('.vanban', '.docx')).sort());
    for (let index = 0; index < inputs.length; index++) {
      expect(await bodyText(join(dir, 'out', `ke-hoach-${index + 1}.docx`))).toContain(`Kế hoạch số ${index + 1} của huyện`);
    }
    expect(result.stdout).toContain(`Exported ${join('out', 'ke-hoach-3.docx')}`);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('Exported 5 of 5 files to out');
  });

  it('a damaged file is reported by name and the others are still written; exit 2', async () => {
    const dir = tempDir();
    const inputs = writePlans(dir, 3);
    writeFileSync(join(dir, inputs[1]), '{ not json');
    const result = runVanban(['export', ...inputs, '-d', 'out'], { cwd: dir });
    expect(result.status).toBe(2);
    const errors = result.stderr.split('\n').filter(Boolean);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^vanban: ke-hoach-2\.vanban: Not a VanBan document/);
    expect(existsSync(join(dir, 'out', 'ke-hoach-1.docx'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'ke-hoach-2.docx'))).toBe(false);
    expect(await bodyText(join(dir, 'out', 'ke-hoach-3.docx'))).toContain('Kế hoạch số 3 của huyện');
    expect(result.stdout).toContain('Exported 2 of 3 files to out');
  });

  it('applies --copy to every file', async () => {
    const dir = tempDir();
    const inputs = writePlans(dir, 2);
    expect(runVanban(['export', ...inputs, '-d', 'out', '--copy', 'comments'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(2);
  });

  it('refuses, before writing anything, two inputs that would write the same DOCX, -o with -d, and several inputs without -d', () => {
    const dir = tempDir();
    writePlans(dir, 1);
    const same = runVanban(['export', 'ke-hoach-1.vanban', './ke-hoach-1.vanban', '-d', 'out'], { cwd: dir });
    expect(errorLineOf(same)).toContain('would both be written as ke-hoach-1.docx');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(errorLineOf(runVanban(['export', 'ke-hoach-1.vanban', '-d', 'out', '-o', 'x.docx'], { cwd: dir }))).toContain('-o names one output file');
    expect(errorLineOf(runVanban(['export', 'ke-hoach-1.vanban', 'ke-hoach-1.vanban', '-o', 'x.docx'], { cwd: dir }))).toContain('give -d <folder>');
  });
});
