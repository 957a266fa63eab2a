/** Pasted plain text → blocks: one per non-empty line, a typed marker at its start giving the kind. */
import type { FlatBlock } from '../../../core/model/flat-body';
import { blockFromLine } from './text-runs';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

export function textToBlocks(text: string): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  for (const line of text.split(LINE_BREAK)) {
    const block = blockFromLine([{ text: line }], { kind: null, detectMarker: true });
    if (block) blocks.push(block);
  }
  // A single plain line goes in at the cursor: a space at either end is part of what was copied.
  const [only] = blocks;
  if (blocks.length === 1 && only.kind === 'paragraph' && !LINE_BREAK.test(text) && only.content.length > 0) {
    const runs = only.content;
    if (/^\s/.test(text)) runs[0] = { ...runs[0], text: ` ${runs[0].text}` };
    const last = runs.length - 1;
    if (/\s$/.test(text)) runs[last] = { ...runs[last], text: `${runs[last].text} ` };
  }
  return blocks;
}
