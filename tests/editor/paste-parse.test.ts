import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FlatBlock } from '../../core/model/flat-body';
import { blocksFromClipboard } from '../../renderer/editor/paste/clipboard';
import { htmlToBlocks } from '../../renderer/editor/paste/html-to-blocks';
import { PASTE_LIMIT } from '../../renderer/editor/paste/limits';
import { textToBlocks } from '../../renderer/editor/paste/text-to-blocks';
import { parseHtml } from './helpers/mini-html';

/** Blocks without their (random) ids. */
const shape = (blocks: FlatBlock[]) => blocks.map(({ id: _id, ...rest }) => rest);
const fromHtml = (html: string) => shape(htmlToBlocks(parseHtml(html)));

describe('paste: Word HTML', () => {
  const html = readFileSync(fileURLToPath(new URL('./fixtures/word-plan.html', import.meta.url)), 'utf8');
  const blocks = shape(htmlToBlocks(parseHtml(html)));

  it('keeps paragraphs, list structure and marks; drops fonts, colours, sizes, classes and empty lines', () => {
    expect(blocks.filter((b) => b.kind !== 'table')).toEqual([
      { kind: 'paragraph', content: [{ text: 'KẾ HOẠCH TRIỂN KHAI', bold: true }] },
      {
        kind: 'paragraph',
        content: [
          { text: 'Thực hiện Công văn số 123/UBND-VX ngày 05/01/2024 của ' },
          { text: 'Ủy ban nhân dân tỉnh', italic: true },
          { text: ', Sở ban hành Kế hoạch như sau:' },
        ],
      },
      { kind: 'section', content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }] },
      { kind: 'clause', titled: true, content: [{ text: 'Mục đích' }] },
      {
        kind: 'dash',
        content: [{ text: 'Nâng cao nhận thức của cán bộ, công chức về ' }, { text: 'chuyển đổi số', underline: true }, { text: ';' }],
      },
      { kind: 'plus', content: [{ text: 'Tổ chức tập huấn cho ' }, { text: '100%', bold: true }, { text: ' cán bộ.' }] },
      { kind: 'point', content: [{ text: 'Đối với các sở, ngành' }] },
      { kind: 'section', content: [{ text: 'NỘI DUNG' }] },
      { kind: 'clause', titled: false, content: [{ text: 'Tuyên truyền trên báo chí, cổng thông tin điện tử.' }] },
      { kind: 'dash', content: [{ text: 'Thời gian: cả năm' }] },
      { kind: 'paragraph', content: [{ text: 'Trên đây là Kế hoạch.' }] },
    ]);
  });

  it('turns a Word table into a table block: STT header row, numbered, merged cell, column widths', () => {
    const table = blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({
      kind: 'table',
      table: {
        columns: [{ width: 35.45 }, { width: 248.05 }, { width: 106.3 }],
        headerRows: [[
          { paragraphs: [[{ text: 'STT', bold: true }]] },
          { paragraphs: [[{ text: 'Nội dung', bold: true }]] },
          { paragraphs: [[{ text: 'Thời gian', bold: true }]] },
        ]],
        rows: [
          [
            { paragraphs: [[{ text: '1' }]] },
            { paragraphs: [[{ text: 'Hội nghị triển khai' }], [{ text: '- tại Hội trường' }]] },
            { paragraphs: [[{ text: 'Quý I' }]] },
          ],
          [{ paragraphs: [[{ text: '2' }]] }, { paragraphs: [[{ text: 'Sơ kết' }]], colSpan: 2 }],
        ],
        numbered: true,
      },
    });
    expect(blocks.map((b) => b.kind).indexOf('table')).toBe(10);
  });

  it('gives every block a fresh id', () => {
    const ids = htmlToBlocks(parseHtml(html)).map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('paste: web HTML', () => {
  it('headings, paragraphs, <br> lines and divs', () => {
    expect(
      fromHtml(
        '<h1>Kế hoạch</h1><h2>II. Nội dung</h2><h3>Tổ chức</h3><p>Dòng một<br>- dòng hai</p><div>Khối <strong>đậm</strong> và <em>nghiêng</em></div>',
      ),
    ).toEqual([
      { kind: 'section', content: [{ text: 'Kế hoạch' }] },
      { kind: 'section', content: [{ text: 'Nội dung' }] },
      { kind: 'clause', titled: true, content: [{ text: 'Tổ chức' }] },
      { kind: 'paragraph', content: [{ text: 'Dòng một' }] },
      { kind: 'dash', content: [{ text: 'dòng hai' }] },
      { kind: 'paragraph', content: [{ text: 'Khối ' }, { text: 'đậm', bold: true }, { text: ' và ' }, { text: 'nghiêng', italic: true }] },
    ]);
  });

  it('lists: ul items are dash items, nested ul plus items, ol items clauses, nested ol points', () => {
    expect(
      fromHtml('<ol><li>Một<ol><li>a</li><li>b</li></ol></li><li>Hai<ul><li>x<ul><li>y</li></ul></li></ul></li></ol><ul><li>z</li></ul>'),
    ).toEqual([
      { kind: 'clause', titled: false, content: [{ text: 'Một' }] },
      { kind: 'point', content: [{ text: 'a' }] },
      { kind: 'point', content: [{ text: 'b' }] },
      { kind: 'clause', titled: false, content: [{ text: 'Hai' }] },
      { kind: 'dash', content: [{ text: 'x' }] },
      { kind: 'plus', content: [{ text: 'y' }] },
      { kind: 'dash', content: [{ text: 'z' }] },
    ]);
  });

  it('styles switch marks on and off (Google Docs wraps everything in <b style="font-weight:normal">)', () => {
    expect(
      fromHtml(
        '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700;color:#ff0000">Đậm</span> <span style="font-style:italic;font-size:20pt">nghiêng</span> <span style="text-decoration:underline">gạch</span> thường</p></b>',
      ),
    ).toEqual([
      {
        kind: 'paragraph',
        content: [{ text: 'Đậm', bold: true }, { text: ' ' }, { text: 'nghiêng', italic: true }, { text: ' ' }, { text: 'gạch', underline: true }, { text: ' thường' }],
      },
    ]);
  });

  it('drops scripts, styles, images, hidden text and comments; keeps <pre> lines', () => {
    expect(
      fromHtml('<style>p{color:red}</style><script>alert(1)</script><p>A<img src="x.png"><span style="display:none">ẩn</span><!-- c --></p><pre>x\n  y</pre>'),
    ).toEqual([
      { kind: 'paragraph', content: [{ text: 'A' }] },
      { kind: 'paragraph', content: [{ text: 'x' }] },
      { kind: 'paragraph', content: [{ text: 'y' }] },
    ]);
  });

  it('text comes out NFC without XML-illegal characters, whitespace tidied', () => {
    expect(fromHtml('<p>  Vie\u0302\u0323t\u0001   Nam&nbsp;&nbsp;\t</p>')).toEqual([{ kind: 'paragraph', content: [{ text: 'Việt Nam' }] }]);
  });
});

describe('paste: plain text', () => {
  it('one block per non-empty line, markers at line start giving the kind', () => {
    const text = 'Căn cứ Luật\r\n\r\nI. MỤC ĐÍCH\n1.\tMục đích cụ thể\na) Điểm một\nđ) Điểm năm\n- Gạch\n+ Cộng\n• Chấm\n2.3. Không phải khoản\n  thụt lề  ';
    expect(shape(textToBlocks(text))).toEqual([
      { kind: 'paragraph', content: [{ text: 'Căn cứ Luật' }] },
      { kind: 'section', content: [{ text: 'MỤC ĐÍCH' }] },
      { kind: 'clause', titled: false, content: [{ text: 'Mục đích cụ thể' }] },
      { kind: 'point', content: [{ text: 'Điểm một' }] },
      { kind: 'point', content: [{ text: 'Điểm năm' }] },
      { kind: 'dash', content: [{ text: 'Gạch' }] },
      { kind: 'plus', content: [{ text: 'Cộng' }] },
      { kind: 'dash', content: [{ text: 'Chấm' }] },
      { kind: 'paragraph', content: [{ text: '2.3. Không phải khoản' }] },
      { kind: 'paragraph', content: [{ text: 'thụt lề' }] },
    ]);
  });

  it('a marker alone on a line stays text', () => {
    expect(shape(textToBlocks('1.\n- '))).toEqual([
      { kind: 'paragraph', content: [{ text: '1.' }] },
      { kind: 'paragraph', content: [{ text: '-' }] },
    ]);
  });
});

describe('paste: size limit', () => {
  it(`refuses plain text over ${PASTE_LIMIT} characters`, () => {
    expect(blocksFromClipboard({ text: 'a'.repeat(PASTE_LIMIT + 1) })).toEqual({ ok: false, error: 'paste-too-large', limit: PASTE_LIMIT });
  });

  it('refuses HTML whose text is over the limit, accepts text at the limit', () => {
    const html = `<p>${'b'.repeat(PASTE_LIMIT + 5)}</p>`;
    expect(blocksFromClipboard({ html }, parseHtml)).toMatchObject({ ok: false, error: 'paste-too-large' });
    const atLimit = blocksFromClipboard({ text: 'c'.repeat(PASTE_LIMIT) });
    expect(atLimit.ok).toBe(true);
  });

  it('prefers HTML over plain text and falls back to the text when the HTML holds nothing', () => {
    expect(blocksFromClipboard({ html: '<p><b>x</b></p>', text: 'x' }, parseHtml)).toMatchObject({ ok: true, blocks: [{ content: [{ text: 'x', bold: true }] }] });
    expect(blocksFromClipboard({ html: '<img src=a>', text: '- y' }, parseHtml)).toMatchObject({ ok: true, blocks: [{ kind: 'dash', content: [{ text: 'y' }] }] });
  });
});
