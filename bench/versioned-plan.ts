/**
 * A generated plan with a review history: `versions` snapshots, each taken after one more round of
 * small edits (a few paragraphs retyped), as a plan reviewed many times is. Deterministic.
 */
import type { BodyBlock, VanBanDocument } from '../core/model/types';
import { saveVersion } from '../core/review/workflow';
import { generatePlan } from './generate-plan';

const AUTHOR = { name: 'Nguyễn Văn A', initials: 'NVA', role: 'drafter' } as const;

/** Every block of the body in reading order. */
function flatBlocks(blocks: readonly BodyBlock[], out: BodyBlock[] = []): BodyBlock[] {
  for (const block of blocks) {
    out.push(block);
    if ('children' in block) flatBlocks(block.children, out);
  }
  return out;
}

/** One review round: `edits` paragraphs spread over the document get a sentence appended. */
export function editRound(doc: VanBanDocument, round: number, edits = 3): VanBanDocument {
  const next = structuredClone(doc);
  const blocks = flatBlocks(next.body);
  for (let i = 0; i < edits; i++) {
    const block = blocks[(round * 7919 + i * 104729) % blocks.length];
    if (block.type !== 'table') block.content = [...block.content, { text: ` Sửa đổi lần ${round + 1}.` }];
  }
  return next;
}

export async function planWithVersions(pages: number, versions: number): Promise<VanBanDocument> {
  let doc = generatePlan(pages);
  for (let round = 0; round < versions; round++) {
    doc = await saveVersion(doc, `Vòng ${round + 1}`, AUTHOR, new Date(Date.UTC(2026, 0, 1 + round)).toISOString());
    doc = editRound(doc, round);
  }
  return doc;
}
