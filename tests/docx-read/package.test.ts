import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxReadError, readDocxPackage, type DocxReadErrorCode } from '../../core/docx-read';
import { documentXml, makePackage } from './make-package';

function failure(run: () => unknown): DocxReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocxReadError) return error;
    throw error;
  }
  throw new Error('expected a DocxReadError');
}

function codeOf(bytes: Uint8Array, limits?: Parameters<typeof readDocxPackage>[1]): DocxReadErrorCode {
  return failure(() => readDocxPackage(bytes, limits)).code;
}

describe('readDocxPackage', () => {
  it('returns the XML parts as text and finds the main document through the relationships', () => {
    const pkg = readDocxPackage(
      makePackage({ 'word/document.xml': documentXml('<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>'), 'word/media/image1.png': new Uint8Array([1, 2, 3]) }),
    );
    expect(pkg.mainDocumentPath).toBe('word/document.xml');
    expect(pkg.parts.get('word/document.xml')).toContain('Xin chào');
    expect(pkg.entries).toContain('word/media/image1.png');
    expect(pkg.parts.has('word/media/image1.png')).toBe(false);
  });

  it('refuses bytes that are not a zip', () => {
    expect(codeOf(strToU8('%PDF-1.7 not a zip at all, clearly'))).toBe('not-zip');
    expect(codeOf(new Uint8Array(0))).toBe('not-zip');
    // Starts like a zip but the central directory is garbage.
    const truncated = makePackage({ 'word/document.xml': documentXml('') }).slice(0, 60);
    expect(codeOf(truncated)).toBe('not-zip');
  });

  it('refuses a zip that is not a Word document', () => {
    expect(codeOf(zipSync({ 'hello.txt': strToU8('hi') }))).toBe('not-docx');
    expect(codeOf(makePackage({}))).toBe('not-docx');
  });

  it('refuses a zip bomb: a small entry that expands far beyond the ratio limit, before inflating it', () => {
    const zeros = new Uint8Array(12 * 1024 * 1024);
    const bomb = zipSync({ 'word/document.xml': zeros }, { level: 1 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const error = failure(() => readDocxPackage(bomb));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/100:1/);
    expect(error.params.name).toBe('word/document.xml');
  });

  it('refuses a package whose total expanded size is over the limit', () => {
    const bytes = makePackage({ 'word/document.xml': documentXml('<w:p/>'), 'word/big.xml': 'x'.repeat(5000) });
    expect(codeOf(bytes, { maxTotalUncompressedBytes: 4000 })).toBe('too-large');
  });

  it('refuses an absurdly large file before looking inside', () => {
    const error = failure(() => readDocxPackage(new Uint8Array(2048), { maxCompressedBytes: 1024 }));
    expect(error.code).toBe('too-large');
    expect(error.params.limit).toBe(1024);
  });

  it('refuses too many entries', () => {
    const parts: Record<string, string> = { 'word/document.xml': documentXml('') };
    for (let i = 0; i < 20; i++) parts[`word/x${i}.xml`] = '<a/>';
    expect(codeOf(makePackage(parts), { maxEntries: 10 })).toBe('too-large');
  });

  it.each(['../evil.xml', 'word/../../evil.xml', '/abs.xml', 'C:\\x.xml', 'C:/x.xml', 'word\\document.xml'])(
    'refuses the unsafe entry name %s',
    (name) => {
      const error = failure(() => readDocxPackage(makePackage({ 'word/document.xml': documentXml(''), [name]: '<a/>' })));
      expect(error.code).toBe('bad-entry-name');
      expect(error.params.name).toBe(name);
    },
  );
});
