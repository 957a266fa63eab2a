/**
 * The body as a Y.XmlText in @slate-yjs/core's layout, for the node shape of the renderer's Slate
 * editor (renderer/editor/slate-types.ts, convert.ts), written and read without importing Slate:
 *   text block  { type: 'block', kind, id, titled? (clauses), children: leaves }
 *   table       { type: 'table', id, table, children: [{ text: '' }] }
 *   leaf        { text, bold?: true, italic?: true, underline?: true }
 */
import * as Y from 'yjs';
import { flattenBody, nestBody, type FlatBlock, type FlatTextKind } from '../model/flat-body';
import type { BodyBlock, InlineText, TableModel } from '../model/types';

export interface SlateLeaf {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export type SlateBodyElement =
  | { type: 'block'; kind: FlatTextKind; id: string; titled?: boolean; children: SlateLeaf[] }
  | { type: 'table'; id: string; table: TableModel; children: SlateLeaf[] };

const MARKS = ['bold', 'italic', 'underline'] as const;

/** Leaves for runs: marks only when true, empty runs dropped, one empty leaf for an empty block (as convert.ts). */
export function leavesFromRuns(runs: readonly InlineText[]): SlateLeaf[] {
  const leaves: SlateLeaf[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const leaf: SlateLeaf = { text: run.text };
    for (const mark of MARKS) if (run[mark]) leaf[mark] = true;
    leaves.push(leaf);
  }
  return leaves.length > 0 ? leaves : [{ text: '' }];
}

const sameMarks = (a: InlineText, b: SlateLeaf): boolean => MARKS.every((mark) => Boolean(a[mark]) === Boolean(b[mark]));

/** Runs for leaves: empty leaves dropped, neighbours with the same marks joined, text NFC. */
export function runsFromLeaves(leaves: readonly SlateLeaf[]): InlineText[] {
  const runs: InlineText[] = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = runs[runs.length - 1];
    if (last && sameMarks(last, leaf)) {
      last.text = (last.text + leaf.text).normalize('NFC');
      continue;
    }
    const run: InlineText = { text: leaf.text.normalize('NFC') };
    for (const mark of MARKS) if (leaf[mark]) run[mark] = true;
    runs.push(run);
  }
  return runs;
}

export function elementFromFlat(block: FlatBlock): SlateBodyElement {
  if (block.kind === 'table') return { type: 'table', id: block.id, table: block.table, children: [{ text: '' }] };
  const element: SlateBodyElement = { type: 'block', kind: block.kind, id: block.id, children: leavesFromRuns(block.content) };
  if (block.kind === 'clause') element.titled = block.titled ?? true;
  return element;
}

export function flatFromElement(element: SlateBodyElement): FlatBlock {
  if (element.type === 'table') return { id: element.id, kind: 'table', table: element.table };
  const block: FlatBlock = { id: element.id, kind: element.kind, content: runsFromLeaves(element.children) };
  if (element.kind === 'clause') block.titled = element.titled ?? true;
  return block;
}

/** The body tree as the editor's Slate nodes (an empty body gives no nodes). */
export function bodyToSlateNodes(body: readonly BodyBlock[]): SlateBodyElement[] {
  return flattenBody(body).map(elementFromFlat);
}

/** The body tree from Slate nodes; nodes that are not body elements are skipped. */
export function bodyFromSlateNodes(nodes: readonly unknown[]): BodyBlock[] {
  const flat: FlatBlock[] = [];
  for (const node of nodes) {
    if (node && typeof node === 'object' && 'type' in node && (node.type === 'block' || node.type === 'table')) flat.push(flatFromElement(node as SlateBodyElement));
  }
  return nestBody(flat);
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** An element as a (not yet integrated) Y.XmlText, as slate-yjs's slateElementToYText builds it. */
export function elementToXmlText(element: SlateBodyElement): Y.XmlText {
  const { children, ...attributes } = element;
  const yText = new Y.XmlText();
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) yText.setAttribute(key, copy(value) as never);
  yText.applyDelta(
    children.filter((leaf) => leaf.text !== '').map(({ text, ...marks }) => ({ insert: text, attributes: marks })),
    { sanitize: false },
  );
  return yText;
}

/** Replaces the shared root's content with the elements (inside the caller's transaction). */
export function writeSlateNodes(root: Y.XmlText, elements: readonly SlateBodyElement[]): void {
  if (root.length > 0) root.delete(0, root.length);
  root.applyDelta(elements.map((element) => ({ insert: elementToXmlText(element) })), { sanitize: false });
}

interface DeltaInsert {
  insert: string | object;
  attributes?: Record<string, unknown>;
}

/** An embedded element read back as slate-yjs's yTextToSlateElement does (attributes + children). */
export function xmlTextToElement(yText: Y.XmlText): Record<string, unknown> & { children: unknown[] } {
  const delta = yText.toDelta() as DeltaInsert[];
  const children = delta.map((op) =>
    op.insert instanceof Y.XmlText ? xmlTextToElement(op.insert) : { ...(op.attributes ?? {}), text: String(op.insert) },
  );
  return { ...yText.getAttributes(), children: children.length > 0 ? children : [{ text: '' }] };
}

/** The shared root's elements. */
export function readSlateNodes(root: Y.XmlText): unknown[] {
  return (root.toDelta() as DeltaInsert[]).filter((op) => op.insert instanceof Y.XmlText).map((op) => xmlTextToElement(op.insert as Y.XmlText));
}
