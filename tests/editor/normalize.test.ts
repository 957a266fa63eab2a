import { describe, expect, it } from 'vitest';
import { Editor, Transforms, type Descendant } from 'slate';
import { undo } from '../../renderer/editor/commands';
import { flatToSlate, slateToFlat } from '../../renderer/editor/convert';
import { computeMarkers, MarkerStore } from '../../renderer/editor/markers';
import { cleanBlockText } from '../../renderer/editor/normalize';
import type { BodyElement } from '../../renderer/editor/slate-types';
import { createBodyEditor } from '../../renderer/editor/with-body';
import type { FlatBlock } from '../../core/model/flat-body';
import { expected, flush, ids, makeEditor, p, section, type, view } from './helpers/doc';

const DECOMPOSED = 'Vie\u0302\u0323t Nam'; // "Việt Nam" typed as base letters and combining marks
const COMPOSED = 'Việt Nam';

function load(children: unknown[]): Editor {
  const editor = createBodyEditor();
  editor.children = children as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor;
}

describe('normalizers', () => {
  it('an empty body gets one empty paragraph', () => {
    const editor = load([]);
    expect(editor.children).toEqual([{ type: 'block', kind: 'paragraph', id: expect.any(String), children: [{ text: '' }] }]);
  });

  it('deleting everything leaves one empty block', () => {
    const editor = makeEditor([section('[A'), p('B]')]);
    editor.deleteFragment();
    expect(editor.children).toHaveLength(1);
    expect(Editor.string(editor, [])).toBe('');
  });

  it('gives blocks without ids, and repeated ids after the first, fresh ids', () => {
    const editor = load([
      { type: 'block', kind: 'paragraph', id: 'x', children: [{ text: 'a' }] },
      { type: 'block', kind: 'paragraph', id: 'x', children: [{ text: 'b' }] },
      { type: 'block', kind: 'paragraph', children: [{ text: 'c' }] },
    ]);
    const list = ids(editor);
    expect(list[0]).toBe('x');
    expect(new Set(list).size).toBe(3);
    expect(list.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
  });

  it('turns unknown kinds and element types into paragraphs, drops titled from non-clauses', () => {
    const editor = load([
      { type: 'block', kind: 'heading', id: 'a', children: [{ text: 'x' }] },
      { type: 'quote', id: 'b', children: [{ text: 'y' }] },
      { type: 'block', kind: 'dash', id: 'c', titled: true, children: [{ text: 'z' }] },
      { type: 'block', kind: 'clause', id: 'd', children: [{ text: 'w' }] },
    ]);
    expect(editor.children.map((n) => ({ ...(n as object), id: undefined }))).toEqual([
      { type: 'block', kind: 'paragraph', id: undefined, children: [{ text: 'x' }] },
      { type: 'block', kind: 'paragraph', id: undefined, children: [{ text: 'y' }] },
      { type: 'block', kind: 'dash', id: undefined, children: [{ text: 'z' }] },
      { type: 'block', kind: 'clause', id: undefined, titled: true, children: [{ text: 'w' }] },
    ]);
  });

  it('unwraps blocks nested in blocks, keeping their text, and wraps stray top-level text', () => {
    const editor = load([
      { type: 'block', kind: 'paragraph', id: 'a', children: [{ text: 'x' }, { type: 'block', kind: 'dash', id: 'n', children: [{ text: 'y' }] }, { text: 'z' }] },
      { text: 'loose' },
    ]);
    expect(view(editor)).toEqual(expected([p('xyz'), p('loose')]));
  });

  it('keeps only bold, italic and underline marks that are true', () => {
    const editor = load([{ type: 'block', kind: 'paragraph', id: 'a', children: [{ text: 'x', bold: true, color: 'red', italic: false, fontSize: 12 }] }]);
    expect((editor.children[0] as BodyElement).children).toEqual([{ text: 'x', bold: true }]);
  });

  it('tables are voids with one empty text, a repaired model and a paragraph after them at the end', () => {
    const editor = load([{ type: 'table', id: 't', table: { columns: [], rows: 'bad' }, children: [{ text: 'junk' }, { text: 'more' }] }]);
    const [first, second] = editor.children as BodyElement[];
    expect(first.type).toBe('table');
    expect(first.children).toEqual([{ text: '' }]);
    expect(first.type === 'table' && first.table.columns).toEqual([{ width: 1 }]);
    expect(first.type === 'table' && first.table.rows).toHaveLength(1);
    expect(second).toMatchObject({ type: 'block', kind: 'paragraph' });
    expect(Editor.isVoid(editor, first)).toBe(true);
  });

  it('a table nested in a block is lifted out, splitting the block', () => {
    const editor = load([
      {
        type: 'block', kind: 'paragraph', id: 'a',
        children: [{ text: 'before' }, { type: 'table', id: 't', table: { columns: [{ width: 1 }], headerRows: [], rows: [[{ paragraphs: [[]] }]], numbered: false }, children: [{ text: '' }] }, { text: 'after' }],
      },
    ]);
    expect(view(editor).map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(Editor.string(editor, [0])).toBe('before');
    expect(Editor.string(editor, [2])).toBe('after');
  });
});

describe('NFC and text hygiene', () => {
  it('typed or inserted text is NFC with control characters and line breaks removed', () => {
    const editor = makeEditor([p('|')]);
    editor.insertText(DECOMPOSED);
    editor.insertText('\u0007x\ny');
    expect(Editor.string(editor, [0])).toBe(`${COMPOSED}x y`);
  });

  it('a combining mark typed after its letter composes with it, the cursor after the result', () => {
    const editor = makeEditor([p('Vie|')]);
    editor.insertText('\u0302');
    flush(editor);
    expect(view(editor)).toEqual(expected([p('Viê|')]));
    type(editor, 't');
    expect(view(editor)).toEqual(expected([p('Viêt|')]));
  });

  it('leaves text alone while an input method composes, and cleans it when composition ends', () => {
    let composing = true;
    const editor = createBodyEditor({ isComposing: () => composing });
    editor.children = [{ type: 'block', kind: 'paragraph', id: 'a', children: [{ text: 'Vie' }] }];
    editor.selection = { anchor: { path: [0, 0], offset: 3 }, focus: { path: [0, 0], offset: 3 } };
    Transforms.insertText(editor, '\u0302');
    expect(Editor.string(editor, [0])).toBe('Vie\u0302');
    composing = false;
    cleanBlockText(editor, 0);
    expect(Editor.string(editor, [0])).toBe('Viê');
    expect(editor.selection?.anchor.offset).toBe(3);
  });

  it('Unikey-style rewriting (backspaces, then the accented letters) gives the right word', () => {
    const editor = makeEditor([p('|')]);
    type(editor, 'Vieet');
    for (let i = 0; i < 3; i++) {
      editor.deleteBackward('character');
      flush(editor);
    }
    type(editor, 'ệt');
    expect(view(editor)).toEqual(expected([p('Việt|')]));
    // …and through a selection replacing the old letters, as some Unikey modes send it.
    Transforms.select(editor, { anchor: { path: [0, 0], offset: 1 }, focus: { path: [0, 0], offset: 4 } });
    editor.insertText('iệt');
    expect(view(editor)).toEqual(expected([p('Việt|')]));
    undo(editor);
    expect(Editor.string(editor, [0])).toBe('Việt');
  });
});

describe('conversion and markers', () => {
  const flat: FlatBlock[] = [
    { id: 'p0', kind: 'paragraph', content: [{ text: 'Căn cứ ' }, { text: 'Luật', italic: true }] },
    { id: 's1', kind: 'section', content: [{ text: 'Mục đích' }] },
    { id: 'c1', kind: 'clause', titled: false, content: [{ text: 'Một' }] },
    { id: 'pt', kind: 'point', content: [] },
    { id: 'd1', kind: 'dash', content: [{ text: 'x', bold: true }] },
    { id: 'd2', kind: 'plus', content: [{ text: 'y' }] },
    { id: 't1', kind: 'table', table: { columns: [{ width: 1 }], headerRows: [], rows: [[{ paragraphs: [[{ text: 'ô' }]] }]], numbered: false } },
    { id: 'c2', kind: 'clause', titled: true, content: [{ text: 'Hai' }] },
    { id: 's2', kind: 'section', content: [{ text: 'Nội dung' }] },
  ];

  it('round-trips a flat body through Slate nodes', () => {
    expect(slateToFlat(flatToSlate(flat))).toEqual(flat);
  });

  it('reuses the converted block of an unchanged node', () => {
    const nodes = flatToSlate(flat);
    const first = slateToFlat(nodes);
    const second = slateToFlat(nodes);
    expect(second[3]).toBe(first[3]);
  });

  it('joins leaves with the same marks and drops empty leaves', () => {
    const editor = makeEditor([p('ab|')]);
    editor.insertText('c');
    const [block] = slateToFlat(editor.children);
    expect(block.kind !== 'table' && block.content).toEqual([{ text: 'abc' }]);
  });

  it('markers follow the writer: I., 1., a), -, +; tables and paragraphs have none', () => {
    const markers = computeMarkers(flatToSlate(flat));
    expect(Object.fromEntries(markers)).toEqual({ p0: '', s1: 'I.', c1: '1.', pt: 'a)', d1: '-', d2: '+', t1: '', c2: '2.', s2: 'II.' });
  });

  it('the marker store notifies only the blocks whose marker changed', () => {
    const store = new MarkerStore();
    store.update(new Map([['a', 'I.'], ['b', '1.'], ['c', '2.']]));
    const heard: string[] = [];
    for (const id of ['a', 'b', 'c']) store.subscribe(id, () => heard.push(id));
    store.update(new Map([['a', 'I.'], ['c', '1.']]));
    expect(heard.sort()).toEqual(['b', 'c']);
    expect(store.get('c')).toBe('1.');
    expect(store.get('b')).toBe('');
  });
});
