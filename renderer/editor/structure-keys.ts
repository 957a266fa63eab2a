/**
 * Enter and Backspace/Delete in a structured body, as in Word's lists:
 *   - Enter at the end of a section or clause heading starts a paragraph; in a point, dash or
 *     plus item it starts another item of the same kind; in the middle of a block it splits it
 *     (both halves keep the kind; the second half gets a fresh id).
 *   - Enter at the start of a non-empty block opens an empty line above it (a paragraph above a
 *     heading, an item above an item); the block keeps its id.
 *   - Enter on an empty plus item makes it a dash item; on an empty dash item or point, a paragraph.
 *   - Enter with a table selected opens a paragraph below the table.
 *   - Backspace at the start of a section, clause, point, dash or plus item turns it into a
 *     paragraph first; a second Backspace joins it to the block above.
 *   - Backspace at the start of a block below a table, or Delete at the end of a block above
 *     one, selects the table instead of deleting it (a second press deletes it).
 */
import { Editor, Element, Node, Range, Transforms } from 'slate';
import { newId } from '../../core/model/ids';
import type { BodyElement } from './slate-types';
import { setBlockKind } from './commands';

const paragraph = () => ({ type: 'block' as const, kind: 'paragraph' as const, id: newId(), children: [{ text: '' }] });

export function withStructureKeys<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward, deleteForward } = editor;

  editor.insertBreak = () => {
    if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
    const { selection } = editor;
    if (!selection) return insertBreak();
    const index = selection.anchor.path[0];
    const node = editor.children[index] as BodyElement | undefined;
    if (!node) return insertBreak();
    if (node.type === 'table') {
      Transforms.insertNodes(editor, paragraph(), { at: [index + 1], select: true });
      return;
    }
    const text = Node.string(node);
    if (text === '' && (node.kind === 'plus' || node.kind === 'dash' || node.kind === 'point')) {
      setBlockKind(editor, [index], node, node.kind === 'plus' ? 'dash' : 'paragraph');
      return;
    }
    const atStart = Editor.isStart(editor, selection.anchor, [index]);
    const atEnd = Editor.isEnd(editor, selection.anchor, [index]);
    const heading = node.kind === 'section' || node.kind === 'clause';
    if (atStart && text !== '') {
      const above = { ...paragraph(), kind: heading ? ('paragraph' as const) : node.kind };
      Transforms.insertNodes(editor, above, { at: [index], select: false });
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      Transforms.splitNodes(editor, { always: true });
      if (atEnd && heading) {
        const next = editor.children[index + 1] as BodyElement;
        if (next?.type === 'block') setBlockKind(editor, [index + 1], next, 'paragraph');
      }
    });
  };

  editor.insertSoftBreak = () => editor.insertBreak();

  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection) && selection.anchor.path.length > 0) {
      const index = selection.anchor.path[0];
      const node = editor.children[index] as BodyElement | undefined;
      if (node?.type === 'block' && Editor.isStart(editor, selection.anchor, [index])) {
        if (node.kind !== 'paragraph') {
          setBlockKind(editor, [index], node, 'paragraph');
          return;
        }
        const previous = editor.children[index - 1];
        if (Element.isElement(previous) && previous.type === 'table') {
          Editor.withoutNormalizing(editor, () => {
            if (Node.string(node) === '' && index < editor.children.length - 1) Transforms.removeNodes(editor, { at: [index] });
            Transforms.select(editor, Editor.start(editor, [index - 1]));
          });
          return;
        }
      }
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection) && selection.anchor.path.length > 0) {
      const index = selection.anchor.path[0];
      const node = editor.children[index] as BodyElement | undefined;
      const next = editor.children[index + 1];
      if (node?.type === 'block' && Editor.isEnd(editor, selection.anchor, [index]) && Element.isElement(next) && next.type === 'table') {
        Transforms.select(editor, Editor.start(editor, [index + 1]));
        return;
      }
    }
    deleteForward(unit);
  };

  return editor;
}
