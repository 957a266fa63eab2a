/**
 * The body: legal-basis lines, the heading tree (numbers are derived, so what can go wrong is
 * the tree's shape), CAPS section titles and the closing sentence.
 */
import type { BodyBlock, BodyBlockType, VanBanDocument } from '../../../model/types';
import { upperVi } from '../../../model/text';
import { finding } from '../../catalog';
import { isCaps, plain, walkBody } from '../../text-utils';
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

function mapBlock(blocks: BodyBlock[], id: string, change: (block: BodyBlock) => BodyBlock): BodyBlock[] {
  return blocks.map((block) => {
    if (block.id === id) return change(block);
    return 'children' in block ? { ...block, children: mapBlock(block.children, id, change) } : block;
  });
}

function checkTree(doc: VanBanDocument, out: Finding[]): void {
  walkBody(doc.body, (block, parent) => {
    const location = { part: 'body' as const, blockId: block.id };
    if (block.type === 'table') return;
    const text = plain(block.content).trim();
    if (!text) out.push(finding('structure.empty-heading', location, { kind: KIND[block.type] }));
    const level = LEVEL[block.type];
    const parentLevel = parent ? LEVEL[parent.type] : undefined;
    if (level !== undefined && parent && parentLevel !== undefined && level <= parentLevel) {
      out.push(finding('structure.hierarchy', { ...location, text }, { child: KIND[block.type], parent: KIND[parent.type] }));
    } else if (block.type === 'point' && parent?.type !== 'clause') {
      out.push(finding('structure.point-outside-clause', { ...location, text }));
    } else if (block.type === 'plus' && parent?.type !== 'dash') {
      out.push(finding('structure.plus-outside-dash', { ...location, text }));
    }
    if (block.type === 'section') {
      if (block.children.length === 0) out.push(finding('structure.empty-section', { ...location, text }, { text }));
      if (text && !isCaps(text)) {
        out.push(
          finding('section.caps', { ...location, text }, { text }, (d) => ({
            ...d,
            body: mapBlock(d.body, block.id, (b) => ('content' in b ? { ...b, content: b.content.map((r) => ({ ...r, text: upperVi(r.text) })) } : b)),
          })),
        );
      }
    }
  });
}

function checkClauseTitles(blocks: readonly BodyBlock[], out: Finding[]): void {
  const clauses = blocks.filter((block) => block.type === 'clause');
  if (clauses.some((c) => c.titled) && clauses.some((c) => !c.titled)) {
    out.push(finding('structure.mixed-clause-titles', { part: 'body', blockId: clauses[0].id }));
  }
  for (const block of blocks) if ('children' in block) checkClauseTitles(block.children, out);
}

export function checkBody(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  doc.legalBasis.forEach((line, index) => {
    const text = line.trim();
    if (text && !/^Căn cứ(?![\p{L}])/u.test(text)) {
      out.push(finding('legal-basis.prefix', { part: 'body', path: `legalBasis.${index}`, text }, { text }));
    }
  });
  if (doc.body.length === 0) out.push(finding('body.empty', { part: 'body', path: 'body' }));
  checkTree(doc, out);
  checkClauseTitles(doc.body, out);
  if (!doc.closing.trim()) out.push(finding('closing.missing', { part: 'body', path: 'closing' }));
  return out;
}
