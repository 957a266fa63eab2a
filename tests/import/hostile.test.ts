/**
 * Hostile files: not a zip, a zip bomb, path traversal entry names, an external entity, an
 * absurd size. importDocx refuses each with the right DocxReadError code; `vanban import`
 * prints one line naming the problem, exits 2 and writes nothing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocxReadError, type DocxReadErrorCode } from '../../core/docx-read';
import { importDocx } from '../../core/import';
import { buildCli, errorLineOf, runVanban, tempDir } from '../cli/helpers';
import { documentXml, makePackage } from '../docx-read/make-package';

const XXE = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;

const HOSTILE: [string, () => Uint8Array, DocxReadErrorCode, RegExp][] = [
  ['not a zip', () => strToU8('{\\rtf1 this is an RTF file renamed to .docx}'), 'not-zip', /not a ZIP/],
  ['a zip that is not a Word document', () => zipSync({ 'readme.txt': strToU8('hello') }), 'not-docx', /not a Word document/],
  ['a zip bomb', () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 }), 'zip-bomb', /100:1/],
  ['a "../" entry', () => makePackage({ 'word/document.xml': documentXml(''), '../evil.xml': '<a/>' }), 'bad-entry-name', /\.\.\/evil\.xml/],
  ['an absolute entry', () => makePackage({ 'word/document.xml': documentXml(''), '/abs': '<a/>' }), 'bad-entry-name', /absolute path/],
  ['a drive-letter entry', () => makePackage({ 'word/document.xml': documentXml(''), 'C:\\x': '<a/>' }), 'bad-entry-name', /C:\\x/],
  ['an external entity', () => makePackage({ 'word/document.xml': XXE }), 'xml-doctype', /DOCTYPE/],
  ['malformed XML', () => makePackage({ 'word/document.xml': '<w:document><w:body>' }), 'bad-xml', /not well-formed/],
];

function codeOf(bytes: Uint8Array, limits?: Parameters<typeof importDocx>[1]): string {
  try {
    importDocx(bytes, limits);
  } catch (error) {
    if (error instanceof DocxReadError) return error.code;
    throw error;
  }
  return 'imported';
}

describe('importDocx on hostile files', () => {
  it.each(HOSTILE)('refuses %s', (_name, make, code) => {
    expect(codeOf(make())).toBe(code);
  });

  it('refuses an absurd size before unzipping', () => {
    expect(codeOf(makePackage({ 'word/document.xml': documentXml('') }), { maxCompressedBytes: 100 })).toBe('too-large');
  });
});

describe('vanban import on hostile files', () => {
  beforeAll(() => buildCli(), 120_000);

  it.each(HOSTILE)('%s: one error line, exit 2, no file written', (_name, make, _code, message) => {
    const dir = tempDir('vanban-import-');
    const input = join(dir, 'in.docx');
    const output = join(dir, 'out.vanban');
    writeFileSync(input, make());
    const line = errorLineOf(runVanban(['import', input, '-o', output]));
    expect(line).toMatch(/^vanban: import: .*in\.docx: /);
    expect(line).toMatch(message);
    expect(existsSync(output)).toBe(false);
  });

  it('a file over 50 MB: names the limit, writes nothing', () => {
    const dir = tempDir('vanban-import-');
    const input = join(dir, 'huge.docx');
    const output = join(dir, 'out.vanban');
    writeFileSync(input, new Uint8Array(51 * 1024 * 1024));
    const line = errorLineOf(runVanban(['import', input, '-o', output]));
    expect(line).toMatch(/the limit is 50 MB/);
    expect(existsSync(output)).toBe(false);
  });
});
