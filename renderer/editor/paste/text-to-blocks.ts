/** Pasted plain text → blocks: one per non-empty line, a typed marker at its start giving the kind. */
import type { FlatBlock } from '../../../core/model/flat-body';
import { blockFromLine } from './text-runs';

export function textToBlocks(text: string): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const block = blockFromLine([{ text: line }], { kind: null, detectMarker: true });
    if (block) blocks.push(block);
  }
  return blocks;
}
