/**
 * The body (cell 6): legal basis, the tree of sections, clauses, points, dash and plus items,
 * paragraphs and tables, and the closing sentence ending with "./.". Heading numbers are written
 * as text, derived from position, so the document reads the same in every viewer.
 */
import type { Paragraph, Table } from 'docx';
import type { BodyBlock, InlineText, VanBanDocument } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { numberBody } from '../numbering/numbering';
import { formatLegalBasisLines } from '../format/recipients';
import { anchoredRuns, type CommentPlan } from './comments';
import { bodyParagraph } from './paragraphs';
import { run, type RunStyle } from './runs';
import { dataTable } from './data-table';

const SIZE = DECREE30.body.size;

export type BodyChild = Paragraph | Table;

interface BlockStyle {
  style: RunStyle;
  upper: boolean;
  keepNext: boolean;
}

function styleOf(block: BodyBlock): BlockStyle {
  switch (block.type) {
    case 'section':
      return { style: { size: SIZE, bold: true }, upper: true, keepNext: true };
    case 'clause':
      return { style: { size: SIZE, bold: block.titled }, upper: false, keepNext: block.titled };
    default:
      return { style: { size: SIZE }, upper: false, keepNext: false };
  }
}

/** Renders blocks depth-first in reading order. */
export function bodyBlocks(blocks: readonly BodyBlock[], textWidth: number, comments: CommentPlan): BodyChild[] {
  const markers = numberBody(blocks);
  const out: BodyChild[] = [];
  const visit = (list: readonly BodyBlock[]): void => {
    for (const block of list) {
      if (block.type === 'table') {
        out.push(dataTable(block.table, textWidth));
        continue;
      }
      const { style, upper, keepNext } = styleOf(block);
      const marker = markers.get(block.id) ?? '';
      const anchors = comments.byBlock.get(block.id) ?? [];
      // The marker shares the first run when no comment starts at the very beginning.
      const children =
        marker && anchors.length === 0
          ? anchoredRuns([{ text: `${marker} ` }, ...block.content], style, anchors, upper)
          : [...(marker ? [run(`${marker} `, style)] : []), ...anchoredRuns(block.content, style, anchors, upper)];
      out.push(bodyParagraph(children, { keepNext }));
      if ('children' in block) visit(block.children);
    }
  };
  visit(blocks);
  return out;
}

/** Plain-text length of each block's content, for anchoring comments. */
export function blockTextLengths(blocks: readonly BodyBlock[], into = new Map<string, number>()): Map<string, number> {
  for (const block of blocks) {
    if (block.type === 'table') continue;
    into.set(block.id, block.content.reduce((sum, inline: InlineText) => sum + inline.text.length, 0));
    if ('children' in block) blockTextLengths(block.children, into);
  }
  return into;
}

/** "Căn cứ …;" lines, italic. */
export function legalBasisParagraphs(doc: VanBanDocument): Paragraph[] {
  return formatLegalBasisLines(doc.legalBasis).map((line) => bodyParagraph([run(line, { size: SIZE, italic: true })]));
}

/** The closing sentence with "./." at its end; orphaned comments are anchored here. */
export function closingParagraph(doc: VanBanDocument, comments: CommentPlan): Paragraph {
  // Drop a closing mark the author already typed, then any final full stops: "thực hiện./." → "thực hiện".
  const closing = doc.closing.trim().replace(/(?:\s*\.\/\.)+$/, '').replace(/[.\s]+$/, '');
  const text: InlineText[] = [{ text: `${closing}${DECREE30.closingMark}` }];
  return bodyParagraph(anchoredRuns(text, { size: SIZE }, comments.orphans));
}

