/**
 * Body fields only the editor has: legal-basis lines (the page shows them as any italic line) and
 * the heading tree's nesting (the page shows only the numbers derived from it).
 */
import type { BodyBlockType, VanBanDocument } from '../../../model/types';
import { finding } from '../../catalog';
import { plain, walkBody } from '../../text-utils';
import type { Finding } from '../../types';
import { BLOCK_KINDS } from '../block-kinds';

const LEVEL: Partial<Record<BodyBlockType, number>> = { section: 0, clause: 1, point: 2, dash: 3, plus: 4 };


export function checkBodyFields(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  doc.legalBasis.forEach((line, index) => {
    const text = line.trim();
    if (text && !/^Căn cứ(?![\p{L}])/u.test(text)) {
      out.push(finding('legal-basis.prefix', { part: 'body', path: `legalBasis.${index}`, text }, { text }));
    }
  });
  walkBody(doc.body, (block, parent) => {
    if (block.type === 'table' || !parent) return;
    const level = LEVEL[block.type];
    const parentLevel = LEVEL[parent.type];
    if (level !== undefined && parentLevel !== undefined && level <= parentLevel) {
      out.push(finding('structure.hierarchy', { part: 'body', blockId: block.id, text: plain(block.content) }, { child: BLOCK_KINDS[block.type], parent: BLOCK_KINDS[parent.type] }));
    }
  });
  return out;
}
