/** What reached disk: documents read back with the engine's own file reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyBlock, VanBanDocument } from '../../core/model/types';
import { nodeSide } from './node-bundle';

export function readSavedDocument(dir: string, name: string): VanBanDocument {
  return nodeSide().parseDocumentFile(readFileSync(join(dir, name), 'utf8'));
}

/** Every body paragraph's text in order (depth first), tables left out. */
export function bodyTexts(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'table' ? [] : [block.content.map((run) => run.text).join(''), ...('children' in block ? bodyTexts(block.children) : [])],
  );
}
