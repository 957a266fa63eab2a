import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { canUndo, undo } from '../../renderer/editor/commands';
import { backspace, clause, dash, enter, expected, ids, makeEditor, p, plus, point, section, table, type, view, withId } from './helpers/doc';
import { createTable } from '../../renderer/editor/table-ops';

describe('Enter', () => {
  it('at the end of a section heading starts a paragraph with a fresh id', () => {
    const editor = makeEditor([withId(section('Mục tiêu|'), 's1')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([section('Mục tiêu'), p('|')]));
    expect(ids(editor)[0]).toBe('s1');
    expect(ids(editor)[1]).not.toBe('s1');
    undo(editor);
    expect(view(editor)).toEqual(expected([section('Mục tiêu|')]));
    expect(ids(editor)).toEqual(['s1']);
  });

  it('at the end of a clause heading starts a paragraph', () => {
    const editor = makeEditor([clause('Mục đích|')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([clause('Mục đích'), p('|')]));
  });

  it('at the end of a point, dash or plus item starts another of the same kind', () => {
    for (const make of [point, dash, plus]) {
      const editor = makeEditor([make('việc một|')]);
      enter(editor);
      expect(view(editor)).toEqual(expected([make('việc một'), make('|')]));
    }
  });

  it('in the middle splits the block; both halves keep the kind, the second gets a new id', () => {
    const editor = makeEditor([withId(clause('Mục| đích'), 'c1')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([clause('Mục'), clause('| đích')]));
    expect(ids(editor)[0]).toBe('c1');
    expect(new Set(ids(editor)).size).toBe(2);
  });

  it('at the start of a heading opens an empty paragraph above; the heading keeps its id', () => {
    const editor = makeEditor([p('x'), withId(section('|Nội dung'), 's2')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([p('x'), p(''), section('|Nội dung')]));
    expect(ids(editor)[2]).toBe('s2');
  });

  it('on an empty plus item makes it a dash item, on an empty dash item a paragraph', () => {
    const editor = makeEditor([dash('a'), plus('|')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([dash('a'), dash('|')]));
    enter(editor);
    expect(view(editor)).toEqual(expected([dash('a'), p('|')]));
    undo(editor);
    expect(view(editor)).toEqual(expected([dash('a'), dash('|')]));
  });

  it('replaces a selection across blocks first', () => {
    const editor = makeEditor([p('ab[c'), dash('de]f')]);
    enter(editor);
    expect(view(editor)).toEqual(expected([p('ab'), p('|f')]));
  });

  it('with a table selected opens a paragraph below it', () => {
    const editor = makeEditor([p('a'), table(createTable(2, 2)), p('b')]);
    Transforms.select(editor, Editor.start(editor, [1]));
    enter(editor);
    expect(view(editor).map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(view(editor)[2].leaves).toEqual(['|']);
  });

  it('Shift+Enter (soft break) behaves as Enter: the body has no line breaks inside blocks', () => {
    const editor = makeEditor([section('A|')]);
    editor.insertSoftBreak();
    expect(view(editor)).toEqual(expected([section('A'), p('|')]));
  });
});

describe('Backspace and Delete', () => {
  it('at the start of a structured block makes it a paragraph first, then joins it up', () => {
    const editor = makeEditor([withId(p('Trước'), 'p1'), withId(dash('|việc'), 'd1')]);
    backspace(editor);
    expect(view(editor)).toEqual(expected([p('Trước'), p('|việc')]));
    backspace(editor);
    expect(view(editor)).toEqual(expected([p('Trước|việc')]));
    expect(ids(editor)).toEqual(['p1']);
    undo(editor);
    expect(view(editor)).toEqual(expected([p('Trước'), p('|việc')]));
    undo(editor);
    expect(view(editor)).toEqual(expected([p('Trước'), dash('|việc')]));
    expect(ids(editor)).toEqual(['p1', 'd1']);
  });

  it('a titled clause loses titled when it becomes a paragraph', () => {
    const editor = makeEditor([clause('|Mục đích')]);
    backspace(editor);
    expect(editor.children[0]).not.toHaveProperty('titled');
    expect(view(editor)).toEqual(expected([p('|Mục đích')]));
  });

  it('joining into an empty block above keeps the lower block (its kind and id)', () => {
    const editor = makeEditor([p(''), withId(section('|A'), 's1')]);
    backspace(editor);
    backspace(editor);
    expect(view(editor)).toEqual(expected([p('|A')]));
    expect(ids(editor)).toEqual(['s1']);
  });

  it('in the middle of text deletes one character as usual', () => {
    const editor = makeEditor([section('ab|c')]);
    backspace(editor);
    expect(view(editor)).toEqual(expected([section('a|c')]));
  });

  it('below a table selects the table instead of deleting it', () => {
    const editor = makeEditor([table(createTable(2, 2)), p('|text')]);
    backspace(editor);
    expect(view(editor).map((s) => s.kind)).toEqual(['table', 'paragraph']);
    expect(editor.selection?.anchor.path).toEqual([0, 0]);
  });

  it('Delete at the end of a block above a table selects the table', () => {
    const editor = makeEditor([p('text|'), table(createTable(2, 2)), p('')]);
    editor.deleteForward('character');
    expect(view(editor).map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(editor.selection?.anchor.path).toEqual([1, 0]);
  });
});

describe('typed marker shortcuts', () => {
  const cases: Array<[string, ReturnType<typeof section>]> = [
    ['I. ', section('|')],
    ['IV. ', section('|')],
    ['1. ', clause('|')],
    ['12. ', clause('|')],
    ['a) ', point('|')],
    ['đ) ', point('|')],
    ['- ', dash('|')],
    ['+ ', plus('|')],
    ['• ', dash('|')],
  ];
  for (const [typed, result] of cases) {
    it(`"${typed}" at the start of a paragraph makes it a ${result.kind}`, () => {
      const editor = makeEditor([p('|')]);
      type(editor, typed);
      expect(view(editor)).toEqual(expected([result]));
    });
  }

  it('keeps the text after the cursor and undoes to the typed marker in one step', () => {
    const editor = makeEditor([p('|Mục tiêu')]);
    type(editor, '2. ');
    expect(view(editor)).toEqual(expected([clause('|Mục tiêu')]));
    undo(editor);
    expect(view(editor)).toEqual(expected([p('2. |Mục tiêu')]));
    undo(editor);
    expect(view(editor)).toEqual(expected([p('|Mục tiêu')]));
    expect(canUndo(editor)).toBe(false);
  });

  it('in an item, a typed marker changes the item (no "- a)" or "- -" on the page)', () => {
    for (const [start, typed, kind] of [[dash('|'), 'a) ', 'point'], [dash('|'), '+ ', 'plus'], [dash('|'), '- ', 'dash'], [point('|Nội dung'), '1. ', 'clause']] as const) {
      const editor = makeEditor([start]);
      type(editor, typed);
      expect(view(editor)[0].kind).toBe(kind);
      expect(Editor.string(editor, [0])).toBe(start.leaves?.[0] === '|Nội dung' ? 'Nội dung' : '');
    }
  });

  it('ignores markers that are not at the start or not markers', () => {
    for (const [start, typed] of [[p('x|'), '1. '], [p('|'), 'f) '], [p('|'), 'IIII. '], [p('|'), '1) '], [dash('x|'), '+ ']] as const) {
      const editor = makeEditor([start]);
      type(editor, typed);
      expect(view(editor)[0].kind).toBe(start.kind);
    }
  });
});

describe('typing and undo', () => {
  it('typing merges into one undo step per word run and undo restores the exact document', () => {
    const editor = makeEditor([section('Mục tiêu|')]);
    type(editor, ' chung');
    expect(view(editor)).toEqual(expected([section('Mục tiêu chung|')]));
    undo(editor);
    expect(view(editor)).toEqual(expected([section('Mục tiêu|')]));
  });

  it('structure changes and typing interleave in history', () => {
    const editor = makeEditor([p('|')]);
    type(editor, '- ');
    type(editor, 'một');
    enter(editor);
    type(editor, 'hai');
    expect(view(editor)).toEqual(expected([dash('một'), dash('hai|')]));
    undo(editor);
    undo(editor);
    expect(view(editor)).toEqual(expected([dash('một|')]));
  });
});
