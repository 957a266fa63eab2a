/**
 * The body (cell 6): legal basis, the tree of sections, clauses, points, dash and plus items,
 * paragraphs and tables, and the closing sentence ending with "./.". Heading numbers are written
 * as text, derived from position, so the document reads the same in every viewer.
 *
 * In a tracked-changes copy the blocks of the older version are aligned with the newer ones by id
 * (core/review/diffBlocks): a removed block is a deleted paragraph where it used to be, an added
 * one an inserted paragraph, a changed one shows its words inserted and deleted; a heading number
 * that changed with its position shows the old number deleted and the new one inserted.
 */
import { Table, type Paragraph } from 'docx';
import type { BodyBlock, VanBanDocument } from '../model/types';
import { flattenBody, type FlatBlock, type FlatTextBlock } from '../model/flat-body';
import { DECREE30 } from '../rules/decree30';
import { numberBody } from '../numbering/numbering';
import { formatLegalBasisLines } from '../format/recipients';
import { blockText, diffBlocks, type DiffBlock } from '../review/diff';
import type { Anchor, CommentPlan } from './comments';
import { bodyParagraph, trackedParagraphs, type DocTrack, type ParagraphMark } from './paragraphs';
import { revisedRuns, samePieces, textPieces, wholePieces, wordPieces, type Piece, type Tracker } from './revisions';
import type { RunStyle } from './runs';
import { dataTable, separatorParagraph, trackedDataTable } from './data-table';

const SIZE = DECREE30.body.size;

export type BodyChild = Paragraph | Table;

/** The older version of a body, for a tracked-changes copy. */
export interface BodyTrack {
  before: readonly BodyBlock[];
  tracker: Tracker;
}

interface BlockStyle {
  style: RunStyle;
  upper: boolean;
  keepNext: boolean;
}

function styleOf(block: FlatTextBlock): BlockStyle {
  switch (block.kind) {
    case 'section':
      return { style: { size: SIZE, bold: true }, upper: true, keepNext: true };
    case 'clause':
      return { style: { size: SIZE, bold: block.titled ?? true }, upper: false, keepNext: block.titled ?? true };
    default:
      return { style: { size: SIZE }, upper: false, keepNext: false };
  }
}

const markerText = (marker: string | undefined): string => (marker ? `${marker} ` : '');

/**
 * One text block's paragraph: its marker and content as pieces, the comment anchors (offsets in
 * the content) moved past the marker.
 */
function textParagraph(block: FlatTextBlock, marker: Piece[], content: Piece[], anchors: readonly Anchor[], tracker: Tracker | null, mark?: ParagraphMark): Paragraph {
  const { style, upper, keepNext } = styleOf(block);
  const shift = marker.filter((piece) => piece.kind !== 'del').reduce((sum, piece) => sum + piece.inlines.reduce((n, inline) => n + inline.text.length, 0), 0);
  const moved = anchors.map((anchor) => ({ ...anchor, start: anchor.start + shift, end: anchor.end + shift }));
  // An unchanged marker shares the first run of unchanged text.
  const pieces = marker.length === 1 && marker[0].kind === 'same' && content[0]?.kind === 'same'
    ? [{ kind: 'same' as const, inlines: [...marker[0].inlines, ...content[0].inlines] }, ...content.slice(1)]
    : [...marker, ...content];
  return bodyParagraph(revisedRuns(pieces, style, moved, tracker, upper), { keepNext, ...(mark ? { mark } : {}) });
}

/** Renders blocks depth-first in reading order. */
export function bodyBlocks(blocks: readonly BodyBlock[], textWidth: number, comments: CommentPlan, track: BodyTrack | null = null): BodyChild[] {
  if (track) return trackedBodyBlocks(blocks, textWidth, comments, track);
  const markers = numberBody(blocks);
  return flattenBody(blocks).map((block) => {
    if (block.kind === 'table') return dataTable(block.table, textWidth, comments.byBlock.get(block.id) ?? []);
    const marker = markerText(markers.get(block.id));
    return textParagraph(block, marker ? samePieces([{ text: marker }]) : [], samePieces(block.content), comments.byBlock.get(block.id) ?? [], null);
  });
}

const diffEntries = (blocks: readonly FlatBlock[]): DiffBlock[] => blocks.map((block) => ({ part: 'body', block, text: blockText(block) }));

function trackedBodyBlocks(blocks: readonly BodyBlock[], textWidth: number, comments: CommentPlan, track: BodyTrack): BodyChild[] {
  const { tracker } = track;
  const markersBefore = numberBody(track.before);
  const markersAfter = numberBody(blocks);
  const out: BodyChild[] = [];
  let lastDeleted = false;
  for (const diff of diffBlocks(diffEntries(flattenBody(track.before)), diffEntries(flattenBody(blocks)))) {
    const before = diff.before?.block;
    const after = diff.after?.block;
    if (before?.kind === 'table' || after?.kind === 'table') {
      // A block that turned from text into a table (or back) is the one removed and the other added.
      if (before && before.kind !== 'table') out.push(removedParagraph(before, markersBefore.get(before.id), tracker));
      const tables = trackedDataTable(
        before?.kind === 'table' ? before.table : null,
        after?.kind === 'table' ? after.table : null,
        textWidth,
        tracker,
        after?.kind === 'table' ? (comments.byBlock.get(after.id) ?? []) : [],
      );
      const deleted = after?.kind !== 'table';
      // Word joins tables that touch: a paragraph whose mark is deleted keeps a deleted table apart
      // from its neighbour (accepting the changes removes both).
      if (out[out.length - 1] instanceof Table && (deleted || lastDeleted)) out.push(separatorParagraph(tracker));
      out.push(...tables);
      lastDeleted = deleted;
      if (after && after.kind !== 'table') {
        out.push(addedParagraph(after, markersAfter.get(after.id), comments.byBlock.get(after.id) ?? [], tracker));
        lastDeleted = false;
      }
      continue;
    }
    lastDeleted = false;
    if (before && !after) {
      out.push(removedParagraph(before, markersBefore.get(diff.id), tracker));
    } else if (after && !before) {
      out.push(addedParagraph(after, markersAfter.get(diff.id), comments.byBlock.get(diff.id) ?? [], tracker));
    } else if (before && after) {
      const oldMarker = markerText(markersBefore.get(diff.id));
      const newMarker = markerText(markersAfter.get(diff.id));
      const content = diff.changes.includes('text') ? wordPieces(before.content, after.content) : samePieces(after.content);
      out.push(textParagraph(after, textPieces(oldMarker, newMarker), content, comments.byBlock.get(diff.id) ?? [], tracker));
    }
  }
  return out;
}

function removedParagraph(block: FlatTextBlock, marker: string | undefined, tracker: Tracker): Paragraph {
  const pieces = [...wholePieces('del', [{ text: markerText(marker) }]), ...wholePieces('del', block.content)];
  return textParagraph(block, [], pieces, [], tracker, { kind: 'del', change: tracker.mark() });
}

function addedParagraph(block: FlatTextBlock, marker: string | undefined, anchors: readonly Anchor[], tracker: Tracker): Paragraph {
  return textParagraph(block, wholePieces('ins', [{ text: markerText(marker) }]), wholePieces('ins', block.content), anchors, tracker, { kind: 'ins', change: tracker.mark() });
}

/** Plain-text length of each block (a table's as blockText gives it), for anchoring comments. */
export function blockTextLengths(blocks: readonly BodyBlock[], into = new Map<string, number>()): Map<string, number> {
  for (const block of flattenBody(blocks)) into.set(block.id, blockText(block).length);
  return into;
}

/** "Căn cứ …;" lines, italic. */
export function legalBasisParagraphs(doc: VanBanDocument, track: DocTrack | null = null): Paragraph[] {
  return trackedParagraphs(doc, track, (d) => formatLegalBasisLines(d.legalBasis), { size: SIZE, italic: true }, (children, _index, mark) =>
    bodyParagraph(children, mark ? { mark } : {}),
  );
}

/** The closing sentence as printed: "./." at its end. */
function closingText(doc: VanBanDocument): string {
  // Drop a closing mark the author already typed, then any final full stops: "thực hiện./." → "thực hiện".
  const closing = doc.closing.trim().replace(/(?:\s*\.\/\.)+$/, '').replace(/[.\s]+$/, '');
  return `${closing}${DECREE30.closingMark}`;
}

/** The closing sentence with "./." at its end; orphaned comments are anchored here. */
export function closingParagraph(doc: VanBanDocument, comments: CommentPlan, track: DocTrack | null = null): Paragraph {
  const text = closingText(doc);
  const pieces = track ? textPieces(closingText(track.before), text) : samePieces([{ text }]);
  return bodyParagraph(revisedRuns(pieces, { size: SIZE }, comments.orphans, track?.tracker ?? null));
}
