/**
 * "Số từ": words the reader reads in the document's own text — summary, addressees, legal
 * basis, body (tables included), closing and appendices — not the fixed header lines.
 * A word is a run of letters or digits (a Vietnamese syllable counts as one, as in Word).
 */
import type { Appendix, BodyBlock, InlineText, TableModel, VanBanDocument } from '../../core/model/types';
import type { FlatBlock } from '../../core/model/flat-body';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function runsText(runs: readonly InlineText[]): string {
  return runs.map((run) => run.text).join('');
}

function tableWords(table: TableModel): number {
  let total = 0;
  for (const row of [...table.headerRows, ...table.rows]) {
    for (const cell of row) for (const paragraph of cell.paragraphs) total += countWords(runsText(paragraph));
  }
  return total;
}

// The editor hands back the same block objects for blocks that did not change, so a count per
// block object makes a keystroke recount one block, not the whole document.
const blockCounts = new WeakMap<FlatBlock, number>();

function blockWords(block: FlatBlock): number {
  let count = blockCounts.get(block);
  if (count === undefined) {
    count = block.kind === 'table' ? tableWords(block.table) : countWords(runsText(block.content));
    blockCounts.set(block, count);
  }
  return count;
}

export function flatBodyWords(flat: readonly FlatBlock[]): number {
  let total = 0;
  for (const block of flat) total += blockWords(block);
  return total;
}

function treeWords(blocks: readonly BodyBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    if (block.type === 'table') {
      total += tableWords(block.table);
      continue;
    }
    total += countWords(runsText(block.content));
    if ('children' in block) total += treeWords(block.children);
  }
  return total;
}

// Appendices keep their object while the body is edited: counted once per appendix object.
const appendixCounts = new WeakMap<Appendix, number>();

function appendixWords(appendix: Appendix): number {
  let count = appendixCounts.get(appendix);
  if (count === undefined) {
    count = countWords(appendix.title) + treeWords(appendix.body);
    appendixCounts.set(appendix, count);
  }
  return count;
}

/** Words in the document, taking the body from the editor's flat list. */
export function documentWords(doc: VanBanDocument, flatBody: readonly FlatBlock[]): number {
  let total = countWords(doc.summary) + flatBodyWords(flatBody) + countWords(doc.closing);
  for (const line of [...doc.addressees, ...doc.legalBasis]) total += countWords(line);
  for (const appendix of doc.appendices) total += appendixWords(appendix);
  return total;
}
