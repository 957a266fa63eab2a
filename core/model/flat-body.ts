/**
 * The body as the editor holds it: a flat list of blocks in reading order, each with its kind.
 * The tree (core/model/types.ts) is rebuilt from the list by fixed nesting rules, so structure
 * edits are just "change this block's kind" and numbering follows from position:
 *   section  — top level
 *   clause   — inside the open section
 *   point    — inside the open clause (or section)
 *   dash     — inside the open point, clause or section
 *   plus     — inside the open dash (or where a dash would go)
 *   paragraph, table — inside the open point, clause or section (closing dash and plus items)
 */
import type { BodyBlock, BodyBlockType, InlineText, TableModel } from './types';

export type FlatTextKind = Exclude<BodyBlockType, 'table'>;

export interface FlatTextBlock {
  id: string;
  kind: FlatTextKind;
  /** Clauses only: a title line (bold) rather than a sentence. */
  titled?: boolean;
  content: InlineText[];
}

export interface FlatTableBlock {
  id: string;
  kind: 'table';
  table: TableModel;
}

export type FlatBlock = FlatTextBlock | FlatTableBlock;

/** Structure levels, top to bottom; Tab moves a block one level down, Shift+Tab one up. */
export const STRUCTURE_LEVELS: readonly FlatTextKind[] = ['section', 'clause', 'point', 'dash', 'plus'];

/** The tree in reading order. */
export function flattenBody(blocks: readonly BodyBlock[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  const visit = (list: readonly BodyBlock[]): void => {
    for (const block of list) {
      if (block.type === 'table') {
        out.push({ id: block.id, kind: 'table', table: block.table });
        continue;
      }
      const flat: FlatTextBlock = { id: block.id, kind: block.type, content: block.content };
      if (block.type === 'clause') flat.titled = block.titled;
      out.push(flat);
      if ('children' in block) visit(block.children);
    }
  };
  visit(blocks);
  return out;
}

type Container = Extract<BodyBlock, { children: BodyBlock[] }>;

/** The tree from a flat list, by the nesting rules above. */
export function nestBody(flat: readonly FlatBlock[]): BodyBlock[] {
  const root: BodyBlock[] = [];
  const open: Partial<Record<'section' | 'clause' | 'point' | 'dash', Container>> = {};
  const childrenOf = (...candidates: Array<Container | undefined>): BodyBlock[] => candidates.find(Boolean)?.children ?? root;

  for (const block of flat) {
    if (block.kind === 'table') {
      childrenOf(open.point, open.clause, open.section).push({ type: 'table', id: block.id, table: block.table });
      open.dash = undefined;
      continue;
    }
    const { id, content } = block;
    switch (block.kind) {
      case 'section': {
        const node: Container = { type: 'section', id, content, children: [] };
        root.push(node);
        Object.assign(open, { section: node, clause: undefined, point: undefined, dash: undefined });
        break;
      }
      case 'clause': {
        const node: Container = { type: 'clause', id, titled: block.titled ?? true, content, children: [] };
        childrenOf(open.section).push(node);
        Object.assign(open, { clause: node, point: undefined, dash: undefined });
        break;
      }
      case 'point': {
        const node: Container = { type: 'point', id, content, children: [] };
        childrenOf(open.clause, open.section).push(node);
        Object.assign(open, { point: node, dash: undefined });
        break;
      }
      case 'dash': {
        const node: Container = { type: 'dash', id, content, children: [] };
        childrenOf(open.point, open.clause, open.section).push(node);
        open.dash = node;
        break;
      }
      case 'plus':
        childrenOf(open.dash, open.point, open.clause, open.section).push({ type: 'plus', id, content, children: [] });
        break;
      case 'paragraph':
        childrenOf(open.point, open.clause, open.section).push({ type: 'paragraph', id, content });
        open.dash = undefined;
        break;
    }
  }
  return root;
}
