import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { version } from '../../package.json';
import { BIN, buildCli, documentFileText, errorLineOf, runVanban, sampleDocument, tempDir } from './helpers';

beforeAll(() => buildCli());

function withDocument(document: unknown, version = 2): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'doc.vanban');
  writeFileSync(file, documentFileText(document, version));
  return { dir, file };
}

describe('vanban usage', () => {
  it('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = runVanban([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: vanban <command>/);
      expect(result.stdout).toContain('export <file.vanban> -o <file.docx>');
    }
  });

  it('--version prints the package version', () => {
    const result = runVanban(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('bin/vanban.cjs says "not built" when the bundle is missing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin/vanban.cjs'));
    const result = spawnSync(process.execPath, [join(dir, 'bin/vanban.cjs'), 'templates'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('vanban: not built; run npm install (or npm run build)\n');
  });
});

describe('vanban bad arguments', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['export', '--bogus', 'a.vanban', '-o', 'a.docx'], "Unknown option '--bogus'"],
    [['export'], 'missing input file'],
    [['export', 'a.vanban'], 'missing -o <file.docx>'],
    [['export', 'a.vanban', '-o'], "Option '-o, --output <value>' argument missing"],
    [['export', 'a.vanban', '-o', 'a.odt'], 'must end in .docx or .pdf'],
    [['export', 'a.vanban', 'b.vanban', '-o', 'a.docx'], 'unexpected argument: b.vanban'],
  ])('%j → exit 2 and one line mentioning %s', (args, expected) => {
    const result = runVanban(args);
    expect(errorLineOf(result)).toContain(expected);
    expect(result.stdout).toBe('');
  });
});

describe('vanban export input errors', () => {
  it('a missing input file', () => {
    const dir = tempDir();
    const line = errorLineOf(runVanban(['export', join(dir, 'nope.vanban'), '-o', join(dir, 'out.docx')]));
    expect(line).toContain('nope.vanban": file not found');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an input that is a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.vanban'));
    expect(errorLineOf(runVanban(['export', join(dir, 'folder.vanban'), '-o', join(dir, 'out.docx')]))).toContain(
      'it is a folder',
    );
  });

  it('a malformed JSON file mentions JSON', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.vanban'), '{ "format": "vanban", "version": 2, ');
    const line = errorLineOf(runVanban(['export', join(dir, 'doc.vanban'), '-o', join(dir, 'out.docx')]));
    expect(line).toContain('doc.vanban');
    expect(line).toContain('not valid JSON');
    expect(readdirSync(dir)).toEqual(['doc.vanban']);
  });

  it('an invalid field is named by its path', () => {
    const document = sampleDocument();
    (document.header as { date: { month: number } }).date.month = 13;
    const { dir, file } = withDocument(document);
    const line = errorLineOf(runVanban(['export', file, '-o', join(dir, 'out.docx')]));
    expect(line).toContain('header.date.month');
    expect(readdirSync(dir)).toEqual(['doc.vanban']);
  });

  it('a file from a newer version asks to update', () => {
    const { dir, file } = withDocument(sampleDocument(), 99);
    const line = errorLineOf(runVanban(['export', file, '-o', join(dir, 'out.docx')]));
    expect(line).toContain('newer VanBan Studio');
    expect(line).toContain('file format 99');
  });

  it('a file that is not a VanBan document', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.vanban'), '{"hello": "world"}');
    expect(errorLineOf(runVanban(['export', join(dir, 'doc.vanban'), '-o', join(dir, 'out.docx')]))).toContain(
      'Not a VanBan document',
    );
  });

  it('an output folder that does not exist', () => {
    const { dir, file } = withDocument(sampleDocument());
    expect(errorLineOf(runVanban(['export', file, '-o', join(dir, 'missing', 'out.docx')]))).toContain(
      'output folder does not exist',
    );
  });
});
