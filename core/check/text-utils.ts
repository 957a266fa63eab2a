/** Small text helpers shared by the model and DOCX rules. */
import type { BodyBlock, InlineText } from '../model/types';
import { upperVi } from '../model/text';
export { romanValue } from '../numbering/numbering';

export function plain(inlines: readonly InlineText[]): string {
  return inlines.map((inline) => inline.text).join('');
}

/** True when the text has letters and none of them is lower case. */
export function isCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === upperVi(text);
}

/** Each body block with its parent (null at the top), depth first, in reading order. */
export function walkBody(blocks: readonly BodyBlock[], visit: (block: BodyBlock, parent: BodyBlock | null) => void, parent: BodyBlock | null = null): void {
  for (const block of blocks) {
    visit(block, parent);
    if ('children' in block) walkBody(block.children, visit, block);
  }
}

/** Plain text of blocks, tables included, one block a line. */
export function bodyText(blocks: readonly BodyBlock[]): string {
  const lines: string[] = [];
  walkBody(blocks, (block) => {
    if (block.type === 'table') {
      for (const row of [...block.table.headerRows, ...block.table.rows]) {
        for (const cell of row) for (const paragraph of cell.paragraphs) lines.push(plain(paragraph));
      }
    } else {
      lines.push(plain(block.content));
    }
  });
  return lines.join('\n');
}

/** Matches a whole word (Vietnamese letters count as word characters). */
export function wordPattern(words: readonly string[], flags = 'u'): RegExp {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Academic titles that never stand before a signer's name: "TS.", "ThS.", "PGS.TS.". */
export const ACADEMIC_TITLE = /^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|THS|KS|BS|CN|NCS)(?:\.\s*|\s+))+/u;

/** "nguyễn văn a" → "Nguyễn Văn A". */
export function nameCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1).toLocaleLowerCase('vi-VN'))
    .join(' ');
}

/** Signing-authority prefixes as typed by hand, any form: "TM.", "KT", "K/T", "T.L". */
export const TYPED_PREFIX = /^(T\/?\.?M|K\/?\.?T|T\/?\.?L|TUQ|Q)(\.|\s)\s*/u;

