/**
 * Slate-style test documents for the body editor: blocks written as kind + text, with the cursor
 * as "|" or a selection as "[" … "]" inside the text. `view` reads a document back in the same
 * shape (no ids), so a test states input, command and expected document side by side.
 */
import { Editor, type Point } from 'slate';
import type { FlatTextKind } from '../../../core/model/flat-body';
import type { TableModel } from '../../../core/model/types';
import type { BodyElement, BodyText } from '../../../renderer/editor/slate-types';
import { createBodyEditor } from '../../../renderer/editor/with-body';

export type Leaf = string | BodyText;

export interface BlockSpec {
  kind: FlatTextKind | 'table';
  id?: string;
  titled?: boolean;
  leaves?: Leaf[];
  table?: TableModel;
}

let counter = 0;

export const b = (kind: FlatTextKind, ...leaves: Leaf[]): BlockSpec => ({ kind, leaves });
export const p = (...leaves: Leaf[]): BlockSpec => b('paragraph', ...leaves);
export const section = (...leaves: Leaf[]): BlockSpec => b('section', ...leaves);
export const clause = (...leaves: Leaf[]): BlockSpec => ({ ...b('clause', ...leaves), titled: true });
export const point = (...leaves: Leaf[]): BlockSpec => b('point', ...leaves);
export const dash = (...leaves: Leaf[]): BlockSpec => b('dash', ...leaves);
export const plus = (...leaves: Leaf[]): BlockSpec => b('plus', ...leaves);
export const table = (model: TableModel): BlockSpec => ({ kind: 'table', table: model });
export const withId = (spec: BlockSpec, id: string): BlockSpec => ({ ...spec, id });

export interface Built {
  children: BodyElement[];
  anchor: Point | null;
  focus: Point | null;
}

/** Slate nodes from specs; "|" marks the cursor, "[" and "]" a selection's anchor and focus. */
export function build(specs: readonly BlockSpec[]): Built {
  let anchor: Point | null = null;
  let focus: Point | null = null;
  const children = specs.map((spec, i): BodyElement => {
    const id = spec.id ?? `b${++counter}`;
    if (spec.kind === 'table') return { type: 'table', id, table: spec.table!, children: [{ text: '' }] };
    const leaves = (spec.leaves ?? ['']).map((leaf, j): BodyText => {
      const node: BodyText = typeof leaf === 'string' ? { text: leaf } : { ...leaf };
      let text = '';
      for (const ch of node.text) {
        const at: Point = { path: [i, j], offset: text.length };
        if (ch === '|') anchor = focus = at;
        else if (ch === '[') anchor = at;
        else if (ch === ']') focus = at;
        else text += ch;
      }
      node.text = text;
      return node;
    });
    const element: BodyElement = { type: 'block', kind: spec.kind, id, children: leaves.length > 0 ? leaves : [{ text: '' }] };
    if (spec.kind === 'clause') element.titled = spec.titled ?? true;
    return element;
  });
  return { children, anchor, focus };
}

export function makeEditor(specs: readonly BlockSpec[], onError?: (code: string, params?: Record<string, unknown>) => void): Editor {
  const editor = createBodyEditor({ onError });
  const { children, anchor, focus } = build(specs);
  editor.children = children;
  editor.selection = anchor && focus ? { anchor, focus } : null;
  Editor.normalize(editor, { force: true });
  editor.history = { undos: [], redos: [] };
  flush(editor);
  return editor;
}

/** A point as (block, offset in the block's text), so equal positions look the same. */
function blockOffset(editor: Editor, point: Point): [number, number] {
  const block = editor.children[point.path[0]] as BodyElement;
  let offset = point.offset;
  for (let j = 0; j < point.path[1]; j++) offset += block.children[j].text.length;
  return [point.path[0], offset];
}

/** The document as specs without ids; the cursor drawn back in as "|" (or "[" "]"). */
export function view(editor: Editor): BlockSpec[] {
  const sel = editor.selection;
  const anchor = sel ? blockOffset(editor, sel.anchor) : null;
  const focus = sel ? blockOffset(editor, sel.focus) : null;
  return (editor.children as BodyElement[]).map((node, i) => {
    if (node.type === 'table') return { kind: 'table', table: node.table };
    let start = 0;
    const drawn = new Set<string>();
    const leaves = node.children.map((leaf, j): Leaf => {
      let text = '';
      for (let k = 0; k <= leaf.text.length; k++) {
        const here = (pt: [number, number] | null, name: string) => pt && !drawn.has(name) && pt[0] === i && pt[1] === start + k;
        const a = here(anchor, 'a');
        const f = here(focus, 'f');
        if (a && f) text += '|';
        else if (a) text += '[';
        else if (f) text += ']';
        if (a) drawn.add('a');
        if (f) drawn.add('f');
        if (k < leaf.text.length) text += leaf.text[k];
      }
      start += leaf.text.length;
      const { text: _t, ...marks } = leaf;
      void j;
      return Object.keys(marks).length > 0 ? { text, ...marks } : text;
    });
    const spec: BlockSpec = { kind: node.kind, leaves };
    if (node.kind === 'clause') spec.titled = node.titled;
    return spec;
  });
}

/** Expected specs in the shape `view` returns (clauses titled unless stated). */
export function expected(specs: readonly BlockSpec[]): BlockSpec[] {
  return specs.map((spec) => {
    if (spec.kind === 'table') return { kind: 'table', table: spec.table };
    const out: BlockSpec = { kind: spec.kind, leaves: spec.leaves ?? [''] };
    if (spec.kind === 'clause') out.titled = spec.titled ?? true;
    return out;
  });
}

export const ids = (editor: Editor): string[] => (editor.children as BodyElement[]).map((node) => node.id);

/** Types text the way a keyboard does: one insertText per character. */
export function type(editor: Editor, text: string): void {
  for (const ch of text) {
    editor.insertText(ch);
    flush(editor);
  }
}

/**
 * Ends the current user action as the browser's event loop would: Slate flushes its operation
 * list after each event, and slate-history starts a new undo step for the next action unless it
 * is more typing right after the last.
 */
export function flush(editor: Editor): void {
  editor.operations = [];
}

export function enter(editor: Editor): void {
  editor.insertBreak();
  flush(editor);
}

export function backspace(editor: Editor): void {
  editor.deleteBackward('character');
  flush(editor);
}
