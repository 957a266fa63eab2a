import { describe, expect, it } from 'vitest';
import { DocxReadError, openDocx, parseXml, textContent } from '../../core/docx-read';
import { documentXml, makePackage } from './make-package';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DocxReadError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('parseXml', () => {
  it('builds an element tree with normalised namespace prefixes', () => {
    const root = parseXml(documentXml('<x:p><x:r><x:t xml:space="preserve"> Số &amp; ngày </x:t></x:r></x:p>', 'x'));
    expect(root.name).toBe('w:document');
    const t = (((root.children[0] as any).children[0] as any).children[0] as any).children[0];
    expect(t.name).toBe('w:t');
    expect(t.attrs['xml:space']).toBe('preserve');
    expect(textContent(t)).toBe(' Số & ngày ');
  });

  it('refuses any DOCTYPE, including an external entity (XXE) and entity expansion', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(codeOf(() => parseXml(xxe))).toBe('xml-doctype');
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>`;
    expect(codeOf(() => parseXml(laughs))).toBe('xml-doctype');
  });

  it('refuses malformed XML and excessive nesting', () => {
    expect(codeOf(() => parseXml('<a><b></a>'))).toBe('bad-xml');
    expect(codeOf(() => parseXml('<a>&undefined;</a>'))).toBe('bad-xml');
    expect(codeOf(() => parseXml('<a>'.repeat(300) + '</a>'.repeat(300)))).toBe('bad-xml');
  });

  it('refuses a DOCTYPE with an external entity inside a package', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(codeOf(() => openDocx(makePackage({ 'word/document.xml': xxe })))).toBe('xml-doctype');
  });
});
