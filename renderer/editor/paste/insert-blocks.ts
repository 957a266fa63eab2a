/**
 * Puts pasted blocks into the body at the cursor, as one undo step:
 *   - one text block: its text goes in at the cursor (an empty block also takes its kind);
 *   - into an empty block: the blocks replace it;
 *   - at the start of a non-empty block: the blocks go above it (the block keeps kind and id);
 *   - otherwise the block splits at the cursor: the first pasted line joins the text before the
 *     cursor, the text after the cursor joins the last pasted line (each keeping its kind), the
 *     other blocks go between. Tables never join text.
 * The cursor ends after the pasted content. A selection is deleted first.
 */
import { Editor, Node, Range, Transforms } from 'slate';
import type { FlatBlock, FlatTextBlock } from '../../../core/model/flat-body';
import { newId } from '../../../core/model/ids';
import { setBlockKind } from '../commands';
import { elementFromFlat, textsFromRuns } from '../convert';
import type { BodyElement } from '../slate-types';

const textLength = (block: FlatTextBlock): number => block.content.reduce((n, run) => n + run.text.length, 0);

const fresh = (block: FlatBlock): BodyElement => elementFromFlat({ ...block, id: newId() } as FlatBlock);

/** Selects the point `length` characters into block `index`. */
function selectInto(editor: Editor, index: number, length: number): void {
  Transforms.select(editor, Editor.start(editor, [index]));
  if (length > 0) Transforms.move(editor, { distance: length, unit: 'offset' });
}

/** Selects the end of the block at `index`, or the start of the next text block after a table. */
function selectAfter(editor: Editor, index: number): void {
  const node = editor.children[index] as BodyElement | undefined;
  if (node?.type === 'block') Transforms.select(editor, Editor.end(editor, [index]));
  else if (editor.children[index + 1]) Transforms.select(editor, Editor.start(editor, [index + 1]));
}

function insertWhole(editor: Editor, blocks: readonly FlatBlock[], at: number): number {
  blocks.forEach((block, i) => Transforms.insertNodes(editor, fresh(block), { at: [at + i], select: false }));
  return at + blocks.length - 1;
}

export function insertBlocks(editor: Editor, blocks: readonly FlatBlock[]): void {
  if (blocks.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
    if (Range.isExpanded(editor.selection!)) Transforms.delete(editor);
    const point = editor.selection!.anchor;
    const index = point.path[0];
    const current = editor.children[index] as BodyElement;

    if (current.type === 'table') {
      selectAfter(editor, insertWhole(editor, blocks, index + 1));
      return;
    }
    const empty = Node.string(current) === '';
    const [first] = blocks;
    if (blocks.length === 1 && first.kind !== 'table') {
      if (empty && first.kind !== current.kind) setBlockKind(editor, [index], current, first.kind, first.titled);
      else if (empty && first.kind === 'clause') setBlockKind(editor, [index], current, 'clause', first.titled);
      Transforms.insertNodes(editor, textsFromRuns(first.content), { at: editor.selection!.anchor, select: true });
      return;
    }
    if (empty) {
      Transforms.removeNodes(editor, { at: [index] });
      selectAfter(editor, insertWhole(editor, blocks, index));
      return;
    }
    if (Editor.isStart(editor, point, [index])) {
      const last = insertWhole(editor, blocks, index);
      selectAfter(editor, last);
      return;
    }

    Transforms.splitNodes(editor, { always: true });
    const head = index;
    let at = head + 1; // where the next whole block goes; the tail sits here
    let rest = blocks;
    if (first.kind !== 'table') {
      Transforms.insertNodes(editor, textsFromRuns(first.content), { at: Editor.end(editor, [head]), select: false });
      rest = blocks.slice(1);
    }
    const last = rest[rest.length - 1];
    const middle = last && last.kind !== 'table' ? rest.slice(0, -1) : rest;
    if (middle.length > 0) at = insertWhole(editor, middle, at) + 1;
    const tail = editor.children[at] as BodyElement;
    const tailEmpty = tail.type === 'block' && Node.string(tail) === '';
    if (last && last.kind !== 'table' && tail.type === 'block') {
      if (tailEmpty) {
        Transforms.removeNodes(editor, { at: [at] });
        insertWhole(editor, [last], at);
        selectAfter(editor, at);
        return;
      }
      setBlockKind(editor, [at], tail, last.kind, last.titled);
      Transforms.insertNodes(editor, textsFromRuns(last.content), { at: Editor.start(editor, [at]), select: false });
      selectInto(editor, at, textLength(last));
      return;
    }
    // The paste ended with a table: the text after the cursor stays below it as it was; an empty
    // remainder becomes a plain paragraph to type in.
    if (tailEmpty && tail.type === 'block') setBlockKind(editor, [at], tail, 'paragraph');
    Transforms.select(editor, Editor.start(editor, [at]));
  });
}
