// Comment passages drawn in the body: anchors (offsets in a block's plain text) mapped onto the
// Slate text nodes of the block, through formatted runs and Vietnamese text, overlapping
// passages carrying both ids, the selection read back as an anchor, and table cells.
import { describe, expect, it } from 'vitest';
import { Editor, Range, Text } from 'slate';
import { flattenBody } from '../../core/model/flat-body';
import { blockText } from '../../core/review/diff';
import {
  BlockIndex, commentDecorations, commentIdsOf, rangeOf, selectionTarget, tableCellMarks, tableCellSpans, tableCellTarget, type CommentMark,
} from '../../renderer/editor/comment-decorations';
import type { BodyElement } from '../../renderer/editor/slate-types';
import { table as tableBlock } from '../fixtures/documents';
import { makeEditor, p, withId } from './helpers/doc';

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
