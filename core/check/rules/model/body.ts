/**
 * Body fields only the editor has: legal-basis lines (the page shows them as any italic line) and
 * the heading tree's nesting (the page shows only the numbers derived from it).
 */
import type { BodyBlockType, VanBanDocument } from '../../../model/types';
import { finding } from '../../catalog';
import { plain, walkBody } from '../../text-utils';
import type { Bilingual, Finding } from '../../types';

const LEVEL: Partial<Record<BodyBlockType, number>> = { section: 0, clause: 1, point: 2, dash: 3, plus: 4 };

const KIND: Record<BodyBlockType, Bilingual> = {
  section: { vi: 'mục (I, II…)', en: 'section (I, II…)' },
  clause: { vi: 'khoản (1, 2…)', en: 'clause (1, 2…)' },
  point: { vi: 'điểm (a, b…)', en: 'point (a, b…)' },
  dash: { vi: 'ý “-”', en: '“-” item' },
  plus: { vi: 'ý “+”', en: '“+” item' },
  paragraph: { vi: 'đoạn văn', en: 'paragraph' },
  table: { vi: 'bảng', en: 'table' },
};

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
      out.push(finding('structure.hierarchy', { part: 'body', blockId: block.id, text: plain(block.content) }, { child: KIND[block.type], parent: KIND[parent.type] }));
    }
  });
  return out;
}
