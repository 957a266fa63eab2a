/**
 * Text hygiene on export: characters XML 1.0 forbids never reach the package (Word refuses to
 * open it otherwise), and decomposed (NFD) Vietnamese comes out composed (NFC).
 */
import { describe, expect, it } from 'vitest';
import { all, textOf } from '../helpers/docx-xml';
import { para, section } from '../fixtures/documents';
import { exportDocx, plan } from './support';
import { validateDocxBytes } from './validate-docx';
import { writeDocx } from '../../core/docx/write-docx';

const DIRTY = '\u0001\u000B\uFFFF\uD800';
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function dirtyPlan() {
  return plan({
    summary: `Chuyển đổi số${DIRTY} năm 2026`,
    body: [section(`Mục${DIRTY} đích`, [para(`Nâng cao\u0001 nhận thức\u000B về\uFFFF chuyển\uD800 đổi số.`)])],
  });
}

describe('DOCX text hygiene', () => {
  it('drops control characters, U+FFFF and lone surrogates from every XML part', async () => {
    const { docx } = await exportDocx(dirtyPlan());
    for (const name of docx.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      expect(XML_ILLEGAL.test(docx.text(name)), name).toBe(false);
      // Escaped as character references they are just as illegal.
      expect(docx.text(name), name).not.toMatch(/&#(x0*(1|b|B|[fF]{4}|[dD]800)|0*(1|11|65535|55296));/);
    }
  });

  it('keeps the text around the removed characters', async () => {
    const { document, docx } = await exportDocx(dirtyPlan());
    const texts = all(document, 'w:p').map(textOf);
    expect(texts).toContain('Chuyển đổi số năm 2026');
    expect(texts).toContain('I. MỤC ĐÍCH');
    expect(texts).toContain('Nâng cao nhận thức về chuyển đổi số.');
    expect(docx.text('docProps/core.xml')).toContain('<dc:title>Chuyển đổi số năm 2026</dc:title>');
  });

  it('the cleaned package passes the OOXML validator', async (ctx) => {
    const result = validateDocxBytes(await writeDocx(dirtyPlan()), 'dirty.docx');
    if (result.skipped) ctx.skip(result.skipped);
    expect(result.problems).toEqual([]);
  });

  it('writes decomposed (NFD) input as composed (NFC) text', async () => {
    const summary = 'Tuyên truyền cải cách hành chính năm 2026';
    const line = 'Đẩy mạnh ứng dụng công nghệ thông tin.';
    const doc = plan({ summary: summary.normalize('NFD'), body: [para(line.normalize('NFD'))] });
    expect(doc.summary).not.toBe(summary);
    const { docx, document } = await exportDocx(doc);
    const texts = all(document, 'w:p').map(textOf);
    expect(texts).toContain(summary);
    expect(texts).toContain(line);
    const xml = docx.text('word/document.xml');
    expect(xml).toBe(xml.normalize('NFC'));
  });
});
