import { describe, expect, it } from 'vitest';
import { Editor } from 'slate';
import {
  activeKind, canRedo, canUndo, indent, insertTable, isMarkActive, moveSection, outdent, redo, setKind, toggleMark, undo,
} from '../../renderer/editor/commands';
import { computeMarkers } from '../../renderer/editor/markers';
import { clause, dash, expected, ids, makeEditor, p, plus, point, section, view, withId, type BlockSpec } from './helpers/doc';

function check(input: BlockSpec[], command: (editor: Editor) => unknown, output: BlockSpec[]): Editor {
  const editor = makeEditor(input);
  const before = view(editor);
  command(editor);
  expect(view(editor)).toEqual(expected(output));
  // Every command is one undo step back to exactly the input.
  if (canUndo(editor)) {
    undo(editor);
    expect(view(editor)).toEqual(before);
    redo(editor);
    expect(view(editor)).toEqual(expected(output));
  }
  return editor;
}

const markers = (editor: Editor): string[] => {
  const map = computeMarkers(editor.children);
  return ids(editor).map((id) => map.get(id) ?? '');
};

describe('setKind', () => {
  it('makes the block at the cursor a section', () => {
    check([p('Mục tiêu|')], (e) => setKind(e, 'section'), [section('Mục tiêu|')]);
  });

  it('makes a clause titled by default and can make it a sentence clause', () => {
    check([p('a|')], (e) => setKind(e, 'clause'), [clause('a|')]);
    check([p('a|')], (e) => setKind(e, 'clause', false), [{ ...clause('a|'), titled: false }]);
    check([clause('a|')], (e) => setKind(e, 'clause', false), [{ ...clause('a|'), titled: false }]);
  });

  it('changes every block the selection touches and drops titled from former clauses', () => {
    check([clause('[a'), p('b'), p('c]'), p('d')], (e) => setKind(e, 'dash'), [dash('[a'), dash('b'), dash('c]'), p('d')]);
  });

  it('does nothing (and records no undo step) when the kind is already set', () => {
    const editor = makeEditor([dash('a|')]);
    expect(setKind(editor, 'dash')).toBe(false);
    expect(canUndo(editor)).toBe(false);
  });
});

describe('indent and outdent (Tab / Shift+Tab)', () => {
  it('moves one level down: section → clause → point → dash → plus, paragraph → dash', () => {
    check([section('|a')], indent, [clause('|a')]);
    check([clause('|a')], indent, [point('|a')]);
    check([point('|a')], indent, [dash('|a')]);
    check([dash('|a')], indent, [plus('|a')]);
    check([p('|a')], indent, [dash('|a')]);
  });

  it('keeps plus at the bottom and section at the top', () => {
    const bottom = makeEditor([plus('|a')]);
    expect(indent(bottom)).toBe(false);
    expect(view(bottom)).toEqual(expected([plus('|a')]));
    const top = makeEditor([section('|a')]);
    expect(outdent(top)).toBe(false);
    expect(view(top)).toEqual(expected([section('|a')]));
  });

  it('moves one level up: plus → dash → point → clause → section; paragraphs stay', () => {
    check([plus('|a')], outdent, [dash('|a')]);
    check([dash('|a')], outdent, [point('|a')]);
    check([point('|a')], outdent, [clause('|a')]);
    check([clause('|a')], outdent, [section('|a')]);
    const editor = makeEditor([p('|a')]);
    expect(outdent(editor)).toBe(false);
  });

  it('indents a selection of mixed items as one undo step and renumbers', () => {
    const editor = check(
      [section('I'), clause('[x'), clause('y]'), clause('z')],
      indent,
      [section('I'), point('[x'), point('y]'), clause('z')],
    );
    expect(markers(editor)).toEqual(['I.', 'a)', 'b)', '1.']);
  });
});

describe('marks', () => {
  it('bolds the selected text and unbolds it when all of it is bold', () => {
    const editor = check([p('a[bc]d')], (e) => toggleMark(e, 'bold'), [p('a[', { text: 'bc]', bold: true }, 'd')]);
    expect(isMarkActive(editor, 'bold')).toBe(true);
    toggleMark(editor, 'bold');
    expect(view(editor)).toEqual(expected([p('a[bc]d')]));
  });

  it('bolds all of a partly bold selection first', () => {
    check([p('[a', { text: 'b', bold: true }, 'c]')], (e) => toggleMark(e, 'bold'), [p({ text: '[abc]', bold: true })]);
  });

  it('italic and underline combine with bold on the same text', () => {
    const editor = makeEditor([p('[ab]')]);
    toggleMark(editor, 'italic');
    toggleMark(editor, 'underline');
    expect(view(editor)).toEqual(expected([p({ text: '[ab]', italic: true, underline: true })]));
  });

  it('a collapsed cursor turns the mark on for the next typed text', () => {
    const editor = makeEditor([p('ab|')]);
    toggleMark(editor, 'italic');
    editor.insertText('c');
    expect(view(editor)).toEqual(expected([p('ab', { text: 'c|', italic: true })]));
  });
});

describe('insertTable', () => {
  it('inserts a table after the block and puts the cursor in the block below it', () => {
    const editor = makeEditor([p('a|'), p('b')]);
    insertTable(editor, 3, 2);
    const out = view(editor);
    expect(out.map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const model = out[1].table!;
    expect(model.columns).toHaveLength(2);
    expect(model.headerRows).toHaveLength(1);
    expect(model.rows).toHaveLength(2);
    expect(out[2].leaves).toEqual(['|b']);
    undo(editor);
    expect(view(editor)).toEqual(expected([p('a|'), p('b')]));
  });

  it('adds an empty paragraph below a table inserted at the end of the body', () => {
    const editor = makeEditor([p('a|')]);
    insertTable(editor, 2, 2);
    expect(view(editor).map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(view(editor)[2].leaves).toEqual(['|']);
  });

  it('takes the place of an empty paragraph, which stays below the table', () => {
    const editor = makeEditor([p('a'), p('|')]);
    insertTable(editor, 1, 1);
    expect(view(editor).map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(activeKind(editor)).toBe('paragraph');
  });
});

describe('moveSection', () => {
  const plan = (): BlockSpec[] => [
    p('Căn cứ'),
    withId(section('Mục đích'), 's1'),
    withId(clause('Mục đích cụ thể'), 'c1'),
    withId(section('Nội dung|'), 's2'),
    withId(clause('Tuyên truyền'), 'c2'),
    withId(dash('báo chí'), 'd2'),
    withId(section('Tổ chức'), 's3'),
    withId(p('Giao Sở'), 'p3'),
  ];

  it('moves the section at the cursor with its blocks above the previous section', () => {
    const editor = check(plan(), (e) => moveSection(e, -1), [
      p('Căn cứ'), section('Nội dung|'), clause('Tuyên truyền'), dash('báo chí'), section('Mục đích'), clause('Mục đích cụ thể'),
      section('Tổ chức'), p('Giao Sở'),
    ]);
    expect(markers(editor)).toEqual(['', 'I.', '1.', '-', 'II.', '1.', 'III.', '']);
    expect(ids(editor).slice(1)).toEqual(['s2', 'c2', 'd2', 's1', 'c1', 's3', 'p3']);
  });

  it('moves it below the next section (the last one takes its trailing paragraphs along)', () => {
    check(plan(), (e) => moveSection(e, 1), [
      p('Căn cứ'), section('Mục đích'), clause('Mục đích cụ thể'), section('Tổ chức'), p('Giao Sở'), section('Nội dung|'),
      clause('Tuyên truyền'), dash('báo chí'),
    ]);
  });

  it('works from any block inside the section', () => {
    const specs: BlockSpec[] = plan().map((s): BlockSpec => ({ ...s, leaves: s.leaves?.map((l) => (typeof l === 'string' ? l.replace('|', '') : l)) }));
    specs[5] = withId(dash('báo| chí'), 'd2');
    const editor = makeEditor(specs);
    expect(moveSection(editor, -1)).toBe(true);
    expect(ids(editor).slice(1, 4)).toEqual(['s2', 'c2', 'd2']);
  });

  it('does nothing for the first section moving up, the last moving down, or text before any section', () => {
    const first = makeEditor([section('A|'), section('B')]);
    expect(moveSection(first, -1)).toBe(false);
    const last = makeEditor([section('A'), section('B|')]);
    expect(moveSection(last, 1)).toBe(false);
    const preamble = makeEditor([p('x|'), section('A'), section('B')]);
    expect(moveSection(preamble, 1)).toBe(false);
    expect(canUndo(preamble)).toBe(false);
  });
});

describe('activeKind and history', () => {
  it('reports the kind at the cursor, table on a table, null without a selection', () => {
    expect(activeKind(makeEditor([clause('a|')]))).toBe('clause');
    expect(activeKind(makeEditor([p('a')]))).toBeNull();
  });

  it('undo and redo report whether there was anything to do', () => {
    const editor = makeEditor([p('a|')]);
    expect(undo(editor)).toBe(false);
    expect(redo(editor)).toBe(false);
    setKind(editor, 'section');
    expect(canUndo(editor)).toBe(true);
    expect(undo(editor)).toBe(true);
    expect(canRedo(editor)).toBe(true);
    expect(view(editor)).toEqual(expected([p('a|')]));
  });
});
