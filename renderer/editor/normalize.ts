/**
 * Normalizers that keep the body well-formed whatever an edit, a paste or a load produced:
 *   - the body has at least one block and ends with a text block (a cursor can follow a table);
 *   - every top-level node is a block or a table with an id, ids unique (a block split off by
 *     Enter gets a fresh id; in a merge the first block keeps its own);
 *   - blocks have a valid kind, `titled` only on clauses, and only text inside (nested blocks are
 *     unwrapped, a nested table is lifted out);
 *   - tables are voids with one empty text and a well-formed model;
 *   - text carries only the bold / italic / underline marks and is NFC with no XML-illegal
 *     characters — but never while an input method is composing (the text is fixed once
 *     composition ends).
 */
import { Editor, Element, Node, Text, Transforms, type NodeEntry, type Path } from 'slate';
import { newId } from '../../core/model/ids';
import { cleanText } from '../../core/model/text';
import type { BodyText } from './slate-types';
import { isTextKind } from './slate-types';
import { repairTable } from './table-ops';

const emptyParagraph = () => ({ type: 'block' as const, kind: 'paragraph' as const, id: newId(), children: [{ text: '' }] });

function normalizeRoot(editor: Editor): boolean {
  const { children } = editor;
  if (children.length === 0) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [0] });
    return true;
  }
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Node;
    if (Text.isText(child)) {
      Editor.withoutNormalizing(editor, () => {
        Transforms.removeNodes(editor, { at: [i] });
        Transforms.insertNodes(editor, { ...emptyParagraph(), children: [child as BodyText] }, { at: [i] });
      });
      return true;
    }
  }
  const seen = new Set<string>();
  let fixed = false;
  children.forEach((child, i) => {
    const id = (child as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '' && !seen.has(id)) {
      seen.add(id);
      return;
    }
    let fresh = newId();
    while (seen.has(fresh)) fresh = newId();
    seen.add(fresh);
    Transforms.setNodes(editor, { id: fresh }, { at: [i] });
    fixed = true;
  });
  if (fixed) return true;
  const last = children[children.length - 1];
  if (Element.isElement(last) && last.type === 'table') {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [children.length] });
    return true;
  }
  return false;
}

function normalizeTopElement(editor: Editor, node: Element, path: Path): boolean {
  const raw = node as unknown as Record<string, unknown>;
  if (raw.type !== 'block' && raw.type !== 'table') {
    Transforms.setNodes<Element>(editor, { type: 'block', kind: 'paragraph' }, { at: path });
    return true;
  }
  if (node.type === 'table') {
    const childOk = node.children.length === 1 && Text.isText(node.children[0]) && node.children[0].text === '';
    const table = repairTable(node.table);
    if (!childOk) {
      Editor.withoutNormalizing(editor, () => {
        Transforms.removeNodes(editor, { at: path });
        Transforms.insertNodes(editor, { type: 'table', id: node.id, table, children: [{ text: '' }] }, { at: path });
      });
      return true;
    }
    if (table !== node.table) {
      Transforms.setNodes(editor, { table }, { at: path });
      return true;
    }
    return false;
  }
  if (!isTextKind(node.kind)) {
    Transforms.setNodes(editor, { kind: 'paragraph' }, { at: path });
    return true;
  }
  if (node.kind === 'clause' && typeof node.titled !== 'boolean') {
    Transforms.setNodes(editor, { titled: true }, { at: path });
    return true;
  }
  if (node.kind !== 'clause' && 'titled' in node) {
    Transforms.unsetNodes(editor, 'titled', { at: path });
    return true;
  }
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i] as Node;
    if (!Element.isElement(child)) continue;
    if (child.type === 'table') Transforms.liftNodes(editor, { at: [...path, i] });
    else Transforms.unwrapNodes(editor, { at: [...path, i] });
    return true;
  }
  return false;
}

const ALLOWED_TEXT_KEYS = new Set(['text', 'bold', 'italic', 'underline']);

function normalizeLeaf(editor: Editor, leaf: Text, path: Path): boolean {
  const stray = Object.keys(leaf).filter(
    (key) => !ALLOWED_TEXT_KEYS.has(key) || (key !== 'text' && (leaf as unknown as Record<string, unknown>)[key] !== true),
  );
  if (stray.length > 0) {
    Transforms.unsetNodes(editor, stray, { at: path });
    return true;
  }
  if (editor.isComposingText()) return false;
  const clean = cleanText(leaf.text);
  if (clean === leaf.text) return false;
  replaceChangedMiddle(editor, path, leaf.text, clean);
  return true;
}

/** Rewrites only the part of a text that differs, so points before and after it stay put. */
function replaceChangedMiddle(editor: Editor, path: Path, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  const removed = before.slice(start, before.length - end);
  const inserted = after.slice(start, after.length - end);
  Editor.withoutNormalizing(editor, () => {
    if (removed) editor.apply({ type: 'remove_text', path, offset: start, text: removed });
    if (inserted) editor.apply({ type: 'insert_text', path, offset: start, text: inserted });
  });
}

/** Cleans every text of one block now (used when composition ends). */
export function cleanBlockText(editor: Editor, blockIndex: number): void {
  const block = editor.children[blockIndex];
  if (!block || !Element.isElement(block) || block.type !== 'block') return;
  block.children.forEach((leaf, i) => {
    const clean = cleanText(leaf.text);
    if (clean !== leaf.text) replaceChangedMiddle(editor, [blockIndex, i], leaf.text, clean);
  });
}

export function withBodyNormalizing<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry: NodeEntry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      if (normalizeRoot(editor)) return;
    } else if (path.length === 1 && Element.isElement(node)) {
      if (normalizeTopElement(editor, node, path)) return;
    } else if (Text.isText(node)) {
      if (normalizeLeaf(editor, node, path)) return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
