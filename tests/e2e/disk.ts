/** What reached disk: documents read back with the engine's own file reader. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyBlock, VanBanDocument } from '../../core/model/types';
import { nodeSide } from './node-bundle';
import { REPO_ROOT } from './paths';

export function readSavedDocument(dir: string, name: string): VanBanDocument {
  return nodeSide().parseDocumentFile(readFileSync(join(dir, name), 'utf8'));
}

/** Every body paragraph's text in order (depth first), tables left out. */
export function bodyTexts(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'table' ? [] : [block.content.map((run) => run.text).join(''), ...('children' in block ? bodyTexts(block.children) : [])],
  );
}

/** Writes a template's document, its "[…]" text filled in and a signer named, as `name` in `dir` (to open in the app). */
export function writeFilledTemplate(dir: string, templateId: string, name: string): void {
  const side = nodeSide();
  writeFileSync(join(dir, name), side.serializeDocument(side.filledTemplateDocument(templateId, REPO_ROOT)));
}
