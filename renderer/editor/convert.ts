/** Between the app's flat body (FlatBlock[]) and the editor's Slate nodes. */
import type { Descendant } from 'slate';
import type { FlatBlock, FlatTextBlock } from '../../core/model/flat-body';
import type { InlineText } from '../../core/model/types';
import type { BlockElement, BodyElement, BodyText, TableElement } from './slate-types';

/** Slate leaves for a run list: marks only when true; an empty block gets one empty leaf. */
export function textsFromRuns(runs: readonly InlineText[]): BodyText[] {
  const texts: BodyText[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const leaf: BodyText = { text: run.text };
    if (run.bold) leaf.bold = true;
    if (run.italic) leaf.italic = true;
    if (run.underline) leaf.underline = true;
    texts.push(leaf);
  }
  return texts.length > 0 ? texts : [{ text: '' }];
}

const sameMarks = (a: InlineText, b: BodyText): boolean =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/** Runs for Slate leaves: empty leaves dropped, neighbours with the same marks joined. */
export function runsFromTexts(texts: readonly BodyText[]): InlineText[] {
  const runs: InlineText[] = [];
  for (const leaf of texts) {
    if (leaf.text === '') continue;
    const last = runs[runs.length - 1];
    if (last && sameMarks(last, leaf)) {
      last.text += leaf.text;
      continue;
    }
    const run: InlineText = { text: leaf.text };
    if (leaf.bold) run.bold = true;
    if (leaf.italic) run.italic = true;
    if (leaf.underline) run.underline = true;
    runs.push(run);
  }
  return runs;
}

export function elementFromFlat(block: FlatBlock): BodyElement {
  if (block.kind === 'table') {
    const table: TableElement = { type: 'table', id: block.id, table: block.table, children: [{ text: '' }] };
    return table;
  }
  const element: BlockElement = { type: 'block', kind: block.kind, id: block.id, children: textsFromRuns(block.content) };
  if (block.kind === 'clause') element.titled = block.titled ?? true;
  return element;
}

export function flatToSlate(flat: readonly FlatBlock[]): BodyElement[] {
  const nodes = flat.map(elementFromFlat);
  return nodes.length > 0 ? nodes : [{ type: 'block', kind: 'paragraph', id: 'empty-body', children: [{ text: '' }] }];
}

// Slate replaces a node's object whenever it changes, so a node seen before converts to the
// same FlatBlock object: typing in one block of a long plan converts only that block.
const cache = new WeakMap<object, FlatBlock>();

export function flatFromElement(element: BodyElement): FlatBlock {
  const cached = cache.get(element);
  if (cached) return cached;
  let block: FlatBlock;
  if (element.type === 'table') {
    block = { id: element.id, kind: 'table', table: element.table };
  } else {
    const text: FlatTextBlock = { id: element.id, kind: element.kind, content: runsFromTexts(element.children) };
    if (element.kind === 'clause') text.titled = element.titled ?? true;
    block = text;
  }
  cache.set(element, block);
  return block;
}

export function slateToFlat(nodes: readonly Descendant[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  for (const node of nodes) {
    if ('type' in node && (node.type === 'block' || node.type === 'table')) out.push(flatFromElement(node));
  }
  return out;
}
