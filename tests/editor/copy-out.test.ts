import { describe, expect, it } from 'vitest';
import type { FlatBlock } from '../../core/model/flat-body';
import { blocksToHtml, blocksToText } from '../../renderer/editor/paste/copy-out';
import { htmlToBlocks } from '../../renderer/editor/paste/html-to-blocks';
import { parseHtml } from './helpers/mini-html';

const blocks: FlatBlock[] = [
  { id: 's', kind: 'section', content: [{ text: 'Mục đích, yêu cầu' }] },
  { id: 'c', kind: 'clause', titled: true, content: [{ text: 'Mục đích' }] },
  { id: 'd', kind: 'dash', content: [{ text: 'Nâng cao ' }, { text: 'nhận thức', italic: true }, { text: ' <100%> & hơn' }] },
  { id: 't', kind: 'table', table: { columns: [{ width: 1 }, { width: 1 }], headerRows: [[{ paragraphs: [[{ text: 'STT' }]] }, { paragraphs: [[{ text: 'Việc' }]] }]], rows: [[{ paragraphs: [[]] }, { paragraphs: [[{ text: 'Họp' }]] }]], numbered: true } },
];
const markers = new Map([['s', 'II.'], ['c', '1.'], ['d', '-'], ['t', '']]);

describe('copying out of the body', () => {
  it('plain text reads as printed: numbers, capitals, tab-separated table rows', () => {
    expect(blocksToText(blocks, markers)).toBe('II. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức <100%> & hơn\nSTT\tViệc\n\tHọp');
  });

  it('HTML has bold headings, marks, escaped text and a table; pasting it back restores the kinds', () => {
    const html = blocksToHtml(blocks, markers);
    expect(html).toContain('<p><b>II. MỤC ĐÍCH, YÊU CẦU</b></p>');
    expect(html).toContain('<p>- Nâng cao <i>nhận thức</i> &lt;100%&gt; &amp; hơn</p>');
    const back = htmlToBlocks(parseHtml(html)).map(({ id: _id, ...rest }) => rest);
    expect(back).toEqual([
      { kind: 'section', content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }] },
      { kind: 'clause', titled: true, content: [{ text: 'Mục đích' }] },
      { kind: 'dash', content: [{ text: 'Nâng cao ' }, { text: 'nhận thức', italic: true }, { text: ' <100%> & hơn' }] },
      {
        kind: 'table',
        table: {
          columns: [{ width: 1 }, { width: 1 }],
          headerRows: [[{ paragraphs: [[{ text: 'STT' }]] }, { paragraphs: [[{ text: 'Việc' }]] }]],
          rows: [[{ paragraphs: [[]] }, { paragraphs: [[{ text: 'Họp' }]] }]],
          numbered: true,
        },
      },
    ]);
  });
});
