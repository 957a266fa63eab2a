import { describe, expect, it } from 'vitest';
import { Editor } from 'slate';
import { canUndo, undo } from '../../renderer/editor/commands';
import { pasteIntoEditor } from '../../renderer/editor/paste/clipboard';
import { PASTE_LIMIT } from '../../renderer/editor/paste/limits';
import { clause, dash, expected, ids, makeEditor, p, plus, section, view, withId } from './helpers/doc';
import { parseHtml } from './helpers/mini-html';

const paste = (editor: Editor, text: string) => pasteIntoEditor(editor, { text });

describe('pasting into the body', () => {
  it('one line goes in at the cursor, keeping the block kind', () => {
    const editor = makeEditor([section('Mục| tiêu')]);
    paste(editor, ' chung');
    expect(view(editor)).toEqual(expected([section('Mục chung| tiêu')]));
  });

  it('one formatted line keeps its marks', () => {
    const editor = makeEditor([p('a|b')]);
    pasteIntoEditor(editor, { html: '<p>x<b>y</b></p>', text: 'xy' }, parseHtml);
    expect(view(editor)).toEqual(expected([p('ax', { text: 'y|', bold: true }, 'b')]));
  });

  it('one structured line into an empty paragraph gives it the kind', () => {
    const editor = makeEditor([p('|')]);
    paste(editor, '- Việc một');
    expect(view(editor)).toEqual(expected([dash('Việc một|')]));
  });

  it('in the middle of a block splits it: plain first and last lines join the halves, structured lines go whole', () => {
    const editor = makeEditor([withId(p('Đầu| cuối'), 'p1'), p('sau')]);
    paste(editor, 'một\nI. Hai\nba');
    expect(view(editor)).toEqual(expected([p('Đầumột'), section('Hai'), p('ba| cuối'), p('sau')]));
    expect(ids(editor)[0]).toBe('p1');
    expect(new Set(ids(editor)).size).toBe(4);
  });

  it('a structured first or last line never joins the text around the cursor', () => {
    const editor = makeEditor([clause('Mục| đích')]);
    paste(editor, 'II. TỔ CHỨC\n- việc');
    expect(view(editor)).toEqual(expected([clause('Mục'), section('TỔ CHỨC'), dash('việc|'), clause(' đích')]));
  });

  it('one structured line pasted inside text keeps its typed marker as text', () => {
    const editor = makeEditor([p('Xem |ở trên')]);
    paste(editor, '1. Mục tiêu ');
    expect(view(editor)).toEqual(expected([p('Xem 1. Mục tiêu|ở trên')]));
  });

  it('at the end of a block: a plain first line continues it, the rest follow as blocks', () => {
    const editor = makeEditor([clause('Mục đích|'), p('sau')]);
    paste(editor, '. Chung\n- việc\n+ chi tiết');
    expect(view(editor)).toEqual(expected([clause('Mục đích. Chung'), dash('việc'), plus('chi tiết|'), p('sau')]));
  });

  it('a paste ending with a table keeps an empty line below it for the cursor', () => {
    const editor = makeEditor([p('a|'), p('b')]);
    pasteIntoEditor(editor, { html: '<p>x</p><table><tr><td>1</td></tr></table>' }, parseHtml);
    const out = view(editor);
    expect(out.map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(out[0].leaves).toEqual(['ax']);
    expect(out[2].leaves).toEqual(['|']);
  });

  it('at the start of a block: the blocks go above it, the block keeps kind and id', () => {
    const editor = makeEditor([withId(section('|Nội dung'), 's1')]);
    paste(editor, 'a\n- b');
    expect(view(editor)).toEqual(expected([p('a'), dash('b|'), section('Nội dung')]));
    expect(ids(editor)[2]).toBe('s1');
  });

  it('into an empty block: the blocks replace it', () => {
    const editor = makeEditor([p('x'), p('|'), p('y')]);
    paste(editor, 'I. A\n1. B');
    expect(view(editor)).toEqual(expected([p('x'), section('A'), { ...clause('B|'), titled: false }, p('y')]));
  });

  it('replaces a selection', () => {
    const editor = makeEditor([p('a[bc'), p('de]f')]);
    paste(editor, 'X\nY');
    expect(view(editor)).toEqual(expected([p('aX'), p('Y|f')]));
  });

  it('a pasted table goes between the halves and never joins text', () => {
    const editor = makeEditor([p('ab|cd')]);
    pasteIntoEditor(editor, { html: '<p>x</p><table><tr><td>1</td><td>2</td></tr></table>' }, parseHtml);
    const out = view(editor);
    expect(out.map((s) => s.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(out[0].leaves).toEqual(['abx']);
    expect(out[2].leaves).toEqual(['|cd']);
  });

  it('is one undo step that restores the exact document', () => {
    const editor = makeEditor([section('Mục| tiêu'), p('x')]);
    const before = view(editor);
    const beforeIds = ids(editor);
    paste(editor, 'a\n- b\n1. c');
    undo(editor);
    expect(view(editor)).toEqual(before);
    expect(ids(editor)).toEqual(beforeIds);
  });

  it('a paste over the limit is refused with the limit, and nothing changes', () => {
    const errors: Array<[string, unknown]> = [];
    const editor = makeEditor([p('a|')], (code, params) => errors.push([code, params]));
    const before = view(editor);
    expect(paste(editor, 'x'.repeat(PASTE_LIMIT + 1))).toBe(false);
    expect(errors).toEqual([['paste-too-large', { limit: PASTE_LIMIT }]]);
    expect(view(editor)).toEqual(before);
    expect(canUndo(editor)).toBe(false);
  });

  it('the editor’s own fragments keep their kinds and get fresh ids', () => {
    const editor = makeEditor([withId(section('A'), 's1'), p('|')]);
    const fragment = [editor.children[0]];
    editor.insertFragment(fragment);
    expect(view(editor)).toEqual(expected([section('A'), section('A|')]));
    expect(ids(editor)[1]).not.toBe('s1');
  });
});
