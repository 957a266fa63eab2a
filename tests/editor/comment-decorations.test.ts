// Comment passages drawn in the body: anchors (offsets in a block's plain text) mapped onto the
// Slate text nodes of the block, through formatted runs and Vietnamese text, overlapping
// passages carrying both ids, the selection read back as an anchor, and table cells.
import { describe, expect, it } from 'vitest';
import { Editor, Range, Text, Transforms } from 'slate';
import { flattenBody } from '../../core/model/flat-body';
import { blockText } from '../../core/review/diff';
import { carryCommentAnchors } from '../../core/review/carry-anchors';
import type { DocumentComment } from '../../core/model/types';
import {
  BlockIndex, carryMarks, commentDecorations, commentIdsOf, rangeOf, sameCommentMarks, selectionTarget, tableCellMarks, tableCellSpans, tableCellTarget,
  type CommentMark, type CommentMarks,
} from '../../renderer/editor/comment-decorations';
import { slateToFlat } from '../../renderer/editor/convert';
import type { BodyElement } from '../../renderer/editor/slate-types';
import { table as tableBlock } from '../fixtures/documents';
import { flush, makeEditor, p, withId } from './helpers/doc';

interface LeafView {
  text: string;
  ids: string[];
  active: boolean;
  bold: boolean;
}

/** The leaves block `index` is drawn with, as slate-react splits the root decorations. */
function leaves(editor: Editor, marks: Map<string, CommentMark[]>, index: number): LeafView[] {
  const decorations = commentDecorations(editor.children, marks);
  const block = editor.children[index] as BodyElement;
  return block.children.flatMap((text, j) => {
    const own = Editor.range(editor, [index, j]);
    const pieces = decorations.flatMap((decoration) => {
      const cut = Range.intersection(decoration, own);
      return cut ? [cut] : [];
    });
    return Text.decorations(text, pieces).map(({ leaf }) => ({
      text: leaf.text,
      ids: commentIdsOf(leaf),
      active: Boolean((leaf as { commentActive?: boolean }).commentActive),
      bold: Boolean(leaf.bold),
    }));
  }).filter((leaf) => leaf.text !== '');
}

const marks = (blockId: string, ...list: CommentMark[]) => new Map([[blockId, list]]);

// "Tăng cường ứng dụng công nghệ thông tin": "ứng dụng" at 11..19, "công nghệ thông tin" at 20..39.
const SENTENCE = 'Tăng cường ứng dụng công nghệ thông tin';

describe('comment passages as decorations', () => {
  it('a passage in one plain run is one highlighted leaf', () => {
    const editor = makeEditor([withId(p(SENTENCE), 'p1')]);
    expect(leaves(editor, marks('p1', { id: 'c1', start: 11, end: 19 }), 0)).toEqual([
      { text: 'Tăng cường ', ids: [], active: false, bold: false },
      { text: 'ứng dụng', ids: ['c1'], active: false, bold: false },
      { text: ' công nghệ thông tin', ids: [], active: false, bold: false },
    ]);
  });

  it('a passage across formatted runs keeps the runs and highlights each piece', () => {
    const editor = makeEditor([withId(p('Tăng cường ', { text: 'ứng dụng', bold: true }, ' công nghệ thông tin'), 'p1')]);
    // "cường ứng" to "dụng công": starts in the first run, crosses the bold one, ends in the third.
    expect(leaves(editor, marks('p1', { id: 'c1', start: 5, end: 24 }), 0)).toEqual([
      { text: 'Tăng ', ids: [], active: false, bold: false },
      { text: 'cường ', ids: ['c1'], active: false, bold: false },
      { text: 'ứng dụng', ids: ['c1'], active: false, bold: true },
      { text: ' công', ids: ['c1'], active: false, bold: false },
      { text: ' nghệ thông tin', ids: [], active: false, bold: false },
    ]);
  });

  it('a passage that starts exactly where a run starts gives the run before no empty piece', () => {
    const editor = makeEditor([withId(p('Tăng cường ', { text: 'ứng dụng', bold: true }, ' công nghệ'), 'p1')]);
    const drawn = leaves(editor, marks('p1', { id: 'c1', start: 11, end: 19 }), 0);
    expect(drawn).toEqual([
      { text: 'Tăng cường ', ids: [], active: false, bold: false },
      { text: 'ứng dụng', ids: ['c1'], active: false, bold: true },
      { text: ' công nghệ', ids: [], active: false, bold: false },
    ]);
    const range = rangeOf(editor.children[0] as BodyElement, 0, 11, 19)!;
    expect(range).toEqual({ anchor: { path: [0, 1], offset: 0 }, focus: { path: [0, 1], offset: 8 } });
  });

  it('overlapping passages: the shared leaf carries both ids, the active one is flagged', () => {
    const editor = makeEditor([withId(p(SENTENCE), 'p1')]);
    const drawn = leaves(editor, marks('p1', { id: 'c1', start: 11, end: 29 }, { id: 'c2', start: 20, end: 39, active: true }), 0);
    expect(drawn).toEqual([
      { text: 'Tăng cường ', ids: [], active: false, bold: false },
      { text: 'ứng dụng ', ids: ['c1'], active: false, bold: false },
      { text: 'công nghệ', ids: ['c1', 'c2'], active: true, bold: false },
      { text: ' thông tin', ids: ['c2'], active: true, bold: false },
    ]);
  });

  it('offsets count NFC UTF-16 units: combining-free Vietnamese letters are one unit each', () => {
    const text = 'Quyết định số 12/QĐ-UBND về việc phê duyệt';
    const editor = makeEditor([withId(p(text), 'p1')]);
    const start = text.indexOf('phê duyệt');
    expect(leaves(editor, marks('p1', { id: 'c1', start, end: start + 'phê duyệt'.length }), 0).find((leaf) => leaf.ids.length)?.text).toBe('phê duyệt');
  });

  it('offsets past the text are clamped; empty and unknown-block passages draw nothing', () => {
    const editor = makeEditor([withId(p('Ngắn'), 'p1')]);
    expect(leaves(editor, marks('p1', { id: 'c1', start: 2, end: 99 }), 0)).toEqual([
      { text: 'Ng', ids: [], active: false, bold: false },
      { text: 'ắn', ids: ['c1'], active: false, bold: false },
    ]);
    expect(commentDecorations(editor.children, marks('p1', { id: 'c1', start: 2, end: 2 }))).toEqual([]);
    expect(commentDecorations(editor.children, marks('gone', { id: 'c1', start: 0, end: 2 }))).toEqual([]);
  });

  it('passages in several blocks come in document order, found after blocks move', () => {
    const editor = makeEditor([withId(p('Một'), 'a'), withId(p('Hai'), 'b'), withId(p('Ba'), 'c')]);
    const index = new BlockIndex();
    const both = new Map([
      ['c', [{ id: 'x', start: 0, end: 2 }]],
      ['a', [{ id: 'y', start: 0, end: 3 }]],
    ]);
    expect(commentDecorations(editor.children, both, index).map((d) => d.anchor.path[0])).toEqual([0, 2]);
    // The block "c" moved to the top: the remembered index is checked, not trusted.
    const moved = [editor.children[2], editor.children[0], editor.children[1]];
    expect(commentDecorations(moved, both, index).map((d) => [d.anchor.path[0], commentIdsOf(d)[0]])).toEqual([
      [0, 'x'],
      [1, 'y'],
    ]);
  });
});

describe('the selection as a comment anchor', () => {
  it('a selection inside one block: its plain-text offsets, across formatted runs', () => {
    const editor = makeEditor([withId(p('Tăng [cường ', { text: 'ứng dụng', bold: true }, ' công] nghệ'), 'p1')]);
    expect(selectionTarget(editor)).toEqual({ ok: true, anchor: { blockId: 'p1', start: 5, end: 24 }, clamped: false });
  });

  it('a backward selection reads the same', () => {
    const editor = makeEditor([withId(p('Tăng ]cường ứng[ dụng'), 'p1')]);
    expect(selectionTarget(editor)).toEqual({ ok: true, anchor: { blockId: 'p1', start: 5, end: 14 }, clamped: false });
  });

  it('a selection over two blocks is cut to the end of the first', () => {
    const editor = makeEditor([withId(p('Mục [đích'), 'a'), withId(p('Yêu] cầu'), 'b')]);
    expect(selectionTarget(editor)).toEqual({ ok: true, anchor: { blockId: 'a', start: 4, end: 8 }, clamped: true });
  });

  it('no selection, a caret, or nothing left of the first block gives no anchor', () => {
    expect(selectionTarget(makeEditor([p('Mục đích')]))).toEqual({ ok: false, reason: 'no-selection' });
    expect(selectionTarget(makeEditor([p('Mục| đích')]))).toEqual({ ok: false, reason: 'collapsed' });
    expect(selectionTarget(makeEditor([p('Mục đích['), p('Yêu] cầu')]))).toEqual({ ok: false, reason: 'collapsed' });
  });
});

describe('comments on tables', () => {
  const model = tableBlock(['STT', 'Nội dung'], [['1', 'Rà soát văn bản'], ['2', 'Báo cáo kết quả']], { id: 't1' });
  const text = blockText(flattenBody([model])[0]);

  it('cell spans line up with the table text comments are anchored in', () => {
    expect(text).toBe('STT | Nội dung\n1 | Rà soát văn bản\n2 | Báo cáo kết quả');
    for (const [key, span] of tableCellSpans(model.table)) {
      const [r, c] = key.split(':').map(Number);
      const cell = [...model.table.headerRows, ...model.table.rows][r][c];
      expect(text.slice(span.start, span.end)).toBe(cell.paragraphs.map((runs) => runs.map((run) => run.text).join('')).join('\n'));
    }
  });

  it('a passage marks the cells it covers, and the active flag', () => {
    const start = text.indexOf('Rà soát');
    const cells = tableCellMarks(model.table, [{ id: 'c1', start, end: text.indexOf('Báo') + 3, active: true }]);
    expect([...cells.keys()]).toEqual(['1:1', '2:0', '2:1']);
    expect(cells.get('1:1')).toEqual({ ids: ['c1'], active: true });
  });

  it('the selected text of a cell becomes offsets in the table text', () => {
    const anchor = tableCellTarget(model.table, 't1', 2, 1, 0, 7)!;
    expect(text.slice(anchor.start, anchor.end)).toBe('Báo cáo');
    expect(tableCellTarget(model.table, 't1', 2, 1, 3, 3)).toBeNull();
  });
});

describe('passages carried through typing before the comments catch up', () => {
  // "Tăng cường " | bold "ứng dụng" | " công nghệ thông tin"; "ứng dụng công nghệ" at 11..29.
  const makeBlock = () => makeEditor([withId(p('Tăng cường ', { text: 'ứng dụng', bold: true }, ' công nghệ thông tin'), 'p1'), withId(p('Khác'), 'p2')]);

  /** Runs an edit; the passage as carried by the editor, and as the carried comment draws it. */
  function carried(anchor: { start: number; end: number }, edit: (editor: Editor) => void): { guessed: CommentMarks; comments: CommentMarks } {
    const editor = makeBlock();
    const marks: CommentMarks = new Map([['p1', [{ id: 'c1', ...anchor }]]]);
    const before = slateToFlat(editor.children);
    edit(editor);
    const guessed = carryMarks(marks, editor, editor.operations);
    flush(editor);
    const comment: DocumentComment = {
      id: 'c1', author: 'A', initials: 'A', date: '2026-01-01T00:00:00Z', text: 'x', anchor: { blockId: 'p1', ...anchor }, resolved: false, parentId: null, orphaned: false,
    };
    const [after] = carryCommentAnchors([comment], before, slateToFlat(editor.children));
    const comments: CommentMarks = after.orphaned ? new Map() : new Map([['p1', [{ id: 'c1', start: after.anchor.start, end: after.anchor.end }]]]);
    return { guessed, comments };
  }

  const typeAt = (leaf: number, offset: number, text: string) => (editor: Editor) => {
    Transforms.select(editor, { path: [0, leaf], offset });
    editor.insertText(text);
  };
  const removeAt = (leaf: number, offset: number, length: number) => (editor: Editor) =>
    Transforms.delete(editor, { at: { anchor: { path: [0, leaf], offset }, focus: { path: [0, leaf], offset: offset + length } } });

  const PASSAGE = { start: 11, end: 29 };
  const cases: Array<[string, { start: number; end: number }, (editor: Editor) => void, CommentMark[] | undefined]> = [
    ['a word typed before the passage moves it', PASSAGE, typeAt(0, 5, 'Nghị '), [{ id: 'c1', start: 16, end: 34 }]],
    ['a word typed inside (in the bold run) joins it', PASSAGE, typeAt(1, 4, 'đường '), [{ id: 'c1', start: 11, end: 35 }]],
    ['a letter typed right against its last letter continues that word and joins it', PASSAGE, typeAt(2, 10, 's'), [{ id: 'c1', start: 11, end: 30 }]],
    ['a comma typed right after it stays outside', PASSAGE, typeAt(2, 10, ','), [{ id: 'c1', start: 11, end: 29 }]],
    ['a deletion before it moves it back', PASSAGE, removeAt(0, 5, 6), [{ id: 'c1', start: 5, end: 23 }]],
    ['a deletion over its end cuts it', PASSAGE, removeAt(2, 5, 8), [{ id: 'c1', start: 11, end: 24 }]],
    // "công nghệ" (20..29) deleted exactly: the comment is orphaned and drawn nowhere.
    ['all of it deleted: no longer drawn', { start: 20, end: 29 }, removeAt(2, 1, 9), undefined],
  ];

  for (const [name, anchor, edit, expected] of cases) {
    it(name, () => {
      const { guessed, comments } = carried(anchor, edit);
      expect(guessed.get('p1')).toEqual(expected);
      // The guess draws what the carried comments will: no second render.
      expect(sameCommentMarks(guessed, comments)).toBe(true);
    });
  }

  it('typing in another block keeps the very same passages', () => {
    const editor = makeBlock();
    const marks: CommentMarks = new Map([['p1', [{ id: 'c1', ...PASSAGE }]]]);
    Transforms.select(editor, { path: [1, 0], offset: 4 });
    editor.insertText(' nữa');
    expect(carryMarks(marks, editor, editor.operations)).toBe(marks);
  });

  it('a change of several operations (a deletion over runs) is left to the comments', () => {
    const editor = makeBlock();
    const marks: CommentMarks = new Map([['p1', [{ id: 'c1', ...PASSAGE }]]]);
    Transforms.delete(editor, { at: { anchor: { path: [0, 0], offset: 5 }, focus: { path: [0, 2], offset: 3 } } });
    expect(editor.operations.length).toBeGreaterThan(1);
    expect(carryMarks(marks, editor, editor.operations)).toBe(marks);
  });
});
