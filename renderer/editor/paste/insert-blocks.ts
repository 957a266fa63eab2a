/**
 * Puts pasted blocks into the body at the cursor, as one undo step:
 *   - one text block into an empty block: the block takes its kind and text;
 *   - one text block into a non-empty block: its text goes in at the cursor as typed (a marker
 *     such as "1. " copied with it stays text);
 *   - several blocks into an empty block: they replace it;
 *   - several blocks at the start of a non-empty block: they go above it (it keeps kind and id);
 *   - otherwise the block splits at the cursor: a plain first paragraph joins the text before
 *     the cursor, a plain last paragraph joins the text after it (which keeps the block's kind);
 *     structured blocks and tables go in whole, between the two halves.
 * The cursor ends after the pasted content. A selection is deleted first.
 */
import { Editor, Node, Range, Transforms } from 'slate';
import type { FlatBlock, FlatTextBlock } from '../../../core/model/flat-body';
import { newId } from '../../../core/model/ids';
import { setBlockKind } from '../commands';
import { elementFromFlat, textsFromRuns } from '../convert';
import type { BodyElement } from '../slate-types';
import type { PastedTextBlock } from './text-runs';

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
      if (empty) {
        if (first.kind !== current.kind || first.kind === 'clause') setBlockKind(editor, [index], current, first.kind, first.titled);
        Transforms.insertNodes(editor, textsFromRuns(first.content), { at: editor.selection!.anchor, select: true });
        return;
      }
      const typed = (first as PastedTextBlock).typedMarker;
      const runs = typed ? [{ text: typed }, ...first.content] : first.content;
      Transforms.insertNodes(editor, textsFromRuns(runs), { at: editor.selection!.anchor, select: true });
      return;
    }
    if (empty) {
      Transforms.removeNodes(editor, { at: [index] });
      selectAfter(editor, insertWhole(editor, blocks, index));
      return;
    }
    if (Editor.isStart(editor, point, [index])) {
      selectAfter(editor, insertWhole(editor, blocks, index));
      return;
    }

    const joinsHead = first.kind === 'paragraph';
    const last = blocks[blocks.length - 1];
    Transforms.splitNodes(editor, { always: true });
    const tailIndex = index + 1;
    const tail = editor.children[tailIndex] as BodyElement;
    const tailEmpty = tail.type === 'block' && Node.string(tail) === '';
    const joinsTail = !tailEmpty && last.kind === 'paragraph' && blocks.length > (joinsHead ? 1 : 0);
    if (joinsHead) Transforms.insertNodes(editor, textsFromRuns(first.content), { at: Editor.end(editor, [index]), select: false });
    const whole = blocks.slice(joinsHead ? 1 : 0, joinsTail ? -1 : undefined);
    // An empty remainder goes, unless the paste ends with a table: then it is the line below it.
    if (tailEmpty && last.kind !== 'table') Transforms.removeNodes(editor, { at: [tailIndex] });
    else if (tailEmpty && tail.type === 'block') setBlockKind(editor, [tailIndex], tail, 'paragraph');
    const lastWhole = whole.length > 0 ? insertWhole(editor, whole, tailIndex) : index;
    if (joinsTail) {
      const at = lastWhole + 1;
      Transforms.insertNodes(editor, textsFromRuns(last.content), { at: Editor.start(editor, [at]), select: false });
      selectInto(editor, at, textLength(last as FlatTextBlock));
      return;
    }
    selectAfter(editor, lastWhole);
  });
}
