/**
 * Numbering markers ("I.", "1.", "a)", "-", "+") for every block, derived from position exactly
 * as the DOCX writer derives them: numberBody(nestBody(flat)). Computed once per structural
 * change and handed to block elements through a store each element subscribes to by id, so a
 * renumbering re-renders only the blocks whose marker changed.
 */
import type { Descendant } from 'slate';
import { nestBody, type FlatBlock } from '../../core/model/flat-body';
import { numberBody } from '../../core/numbering/numbering';
import { TABLE_PLACEHOLDER } from './table-ops';
import { BlockStore } from './block-store';

/** Markers by block id; content is irrelevant to numbering, so it is left out of the walk. */
export function computeMarkers(nodes: readonly Descendant[]): Map<string, string> {
  const skeleton: FlatBlock[] = [];
  for (const node of nodes) {
    if (!('type' in node)) continue;
    if (node.type === 'table') skeleton.push({ id: node.id, kind: 'table', table: TABLE_PLACEHOLDER });
    else skeleton.push({ id: node.id, kind: node.kind, content: [] });
  }
  return numberBody(nestBody(skeleton));
}

/** Markers by block id for the block elements (see BlockStore). */
export class MarkerStore extends BlockStore<string> {
  /** "" for a block without a marker (paragraphs, tables). */
  override get(id: string): string {
    return super.get(id) ?? '';
  }
}
