/**
 * What a copy from the body puts on the clipboard for other programs: text/plain and text/html
 * written as the document prints — numbers in front of headings and items ("I.", "1.", "a)",
 * "-", "+"), sections in capitals, titled clauses bold, tables as tables. (The editor's own
 * fragment goes alongside, so pasting back into the body keeps kinds and marks exactly.)
 */
import type { FlatBlock } from '../../../core/model/flat-body';
import { upperVi } from '../../../core/model/text';
import type { InlineText } from '../../../core/model/types';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function runsHtml(runs: readonly InlineText[], upper = false): string {
  return runs
    .map((run) => {
      let html = escape(upper ? upperVi(run.text) : run.text);
      if (run.underline) html = `<u>${html}</u>`;
      if (run.italic) html = `<i>${html}</i>`;
      if (run.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

const plain = (runs: readonly InlineText[]): string => runs.map((run) => run.text).join('');

export function blocksToText(blocks: readonly FlatBlock[], markers: ReadonlyMap<string, string>): string {
  return blocks
    .map((block) => {
      if (block.kind === 'table') {
        return [...block.table.headerRows, ...block.table.rows]
          .map((row) => row.map((cell) => cell.paragraphs.map(plain).join(' ')).join('\t'))
          .join('\n');
      }
      const marker = markers.get(block.id) ?? '';
      const text = block.kind === 'section' ? upperVi(plain(block.content)) : plain(block.content);
      return marker ? `${marker} ${text}` : text;
    })
    .join('\n');
}

export function blocksToHtml(blocks: readonly FlatBlock[], markers: ReadonlyMap<string, string>): string {
  const body = blocks
    .map((block) => {
      if (block.kind === 'table') {
        const row = (cells: typeof block.table.rows[number], tag: 'th' | 'td') =>
          `<tr>${cells
            .map((cell) => {
              const spans = `${cell.colSpan ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? ` rowspan="${cell.rowSpan}"` : ''}`;
              return `<${tag}${spans}>${cell.paragraphs.map((p) => `<p>${runsHtml(p)}</p>`).join('')}</${tag}>`;
            })
            .join('')}</tr>`;
        const head = block.table.headerRows.map((cells) => row(cells, 'th')).join('');
        const rows = block.table.rows.map((cells) => row(cells, 'td')).join('');
        return `<table border="1" style="border-collapse:collapse">${head ? `<thead>${head}</thead>` : ''}<tbody>${rows}</tbody></table>`;
      }
      const marker = markers.get(block.id) ?? '';
      const heading = block.kind === 'section' || (block.kind === 'clause' && block.titled !== false);
      let html = runsHtml(block.content, block.kind === 'section');
      if (marker) html = `${escape(marker)} ${html}`;
      if (heading) html = `<b>${html}</b>`;
      return `<p>${html}</p>`;
    })
    .join('');
  return `<meta charset="utf-8">${body}`;
}
