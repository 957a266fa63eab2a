/**
 * Comments: word/comments.xml holds every comment with its author, initials and text; the body
 * marks each anchored range with commentRangeStart/End and a commentReference; replies are
 * threaded and resolved comments marked done in commentsExtended.xml; a comment whose block
 * was deleted is kept.
 */
import { describe, expect, it } from 'vitest';
import { all, first, kids, textOf, type XmlElement } from '../helpers/docx-xml';
import { SENTENCE, commentedPlan } from './commented-plan';
import { exportDocx } from './support';

/** Text covered by each comment range, walking the document in order. */
function rangeTexts(document: XmlElement): Map<string, string> {
  const open = new Set<string>();
  const texts = new Map<string, string>();
  const visit = (node: XmlElement): void => {
    if (node.name === 'w:commentRangeStart') {
      open.add(node.attrs['w:id']);
      texts.set(node.attrs['w:id'], '');
    } else if (node.name === 'w:commentRangeEnd') {
      open.delete(node.attrs['w:id']);
    } else if (node.name === 'w:t') {
      for (const id of open) texts.set(id, texts.get(id) + textOf(node));
      return;
    }
    for (const child of kids(node)) visit(child);
  };
  visit(document);
  return texts;
}

async function exported() {
  const { docx, document } = await exportDocx(commentedPlan());
  const comments = all(docx.xml('word/comments.xml'), 'w:comment');
  const byText = (text: string) => {
    const found = comments.find((c) => textOf(c) === text);
    if (!found) throw new Error(`no comment reads "${text}"; have ${comments.map(textOf).join(' | ')}`);
    return found;
  };
  return { docx, document, comments, byText };
}

describe('DOCX comments', () => {
  it('word/comments.xml holds each comment with its author, initials and text', async () => {
    const { comments } = await exported();
    expect(comments.map((c) => [c.attrs['w:author'], c.attrs['w:initials'], textOf(c)])).toEqual([
      ['Nguyễn Thị B', 'NTB', 'Nên nêu rõ hình thức tuyên truyền.'],
      ['Trần Văn C', 'TVC', 'Đồng ý, sẽ bổ sung.'],
      ['Lê Thị D', 'LTD', 'Đã sửa tiêu đề.'],
      ['Nguyễn Thị B', 'NTB', 'Đoạn này đã bị xóa?'],
    ]);
    expect(new Set(comments.map((c) => c.attrs['w:id'])).size).toBe(4);
    for (const comment of comments) expect(Number.isNaN(Date.parse(comment.attrs['w:date']))).toBe(false);
  });

  it('every comment has exactly one range start, range end and reference in document.xml', async () => {
    const { document, comments } = await exported();
    const ids = (name: string) => all(document, name).map((e) => e.attrs['w:id']).sort();
    const expected = comments.map((c) => c.attrs['w:id']).sort();
    expect(ids('w:commentRangeStart')).toEqual(expected);
    expect(ids('w:commentRangeEnd')).toEqual(expected);
    expect(ids('w:commentReference')).toEqual(expected);
  });

  it('the range of a comment covers the anchored substring of its block', async () => {
    const { document, byText } = await exported();
    const texts = rangeTexts(document);
    expect(texts.get(byText('Nên nêu rõ hình thức tuyên truyền.').attrs['w:id'])).toBe(SENTENCE.slice(11, 31));
    expect(SENTENCE.slice(11, 31)).toBe('công tác tuyên truyề');
    // A reply shares its thread's anchor.
    expect(texts.get(byText('Đồng ý, sẽ bổ sung.').attrs['w:id'])).toBe(SENTENCE.slice(11, 31));
    // Offsets count in the heading's own text, after its "I. " marker, as displayed in capitals.
    expect(texts.get(byText('Đã sửa tiêu đề.').attrs['w:id'])).toBe('NỘI');
  });

  it('the paragraph text is unchanged by the comment markers', async () => {
    const { document } = await exported();
    expect(all(document, 'w:p').map(textOf)).toContain(SENTENCE);
    expect(all(document, 'w:p').map(textOf)).toContain('I. NỘI DUNG');
  });

  it('keeps a comment whose block no longer exists, anchored in the document', async () => {
    const { document, byText } = await exported();
    const id = byText('Đoạn này đã bị xóa?').attrs['w:id'];
    const reference = all(document, 'w:commentReference').find((r) => r.attrs['w:id'] === id);
    expect(reference).toBeDefined();
  });

  it('commentsExtended.xml threads the reply under its parent and marks only the resolved comment done', async () => {
    const { docx, byText } = await exported();
    const paraIdOf = (comment: XmlElement) => first(comment, 'w:p')!.attrs['w14:paraId'];
    const entries = all(docx.xml('word/commentsExtended.xml'), 'w15:commentEx');
    const entry = (comment: XmlElement) => entries.find((e) => e.attrs['w15:paraId'] === paraIdOf(comment));
    const note = byText('Nên nêu rõ hình thức tuyên truyền.');
    const reply = byText('Đồng ý, sẽ bổ sung.');
    const done = byText('Đã sửa tiêu đề.');
    const orphan = byText('Đoạn này đã bị xóa?');
    expect(entries).toHaveLength(4);
    expect(entry(reply)?.attrs['w15:paraIdParent']).toBe(paraIdOf(note));
    expect(entry(done)?.attrs['w15:done']).toBe('1');
    for (const open of [note, reply, orphan]) expect(entry(open)?.attrs['w15:done'] ?? '0').toBe('0');
  });

  it('the package declares and links the comments parts', async () => {
    const { docx } = await exported();
    const types = docx.text('[Content_Types].xml');
    const rels = docx.text('word/_rels/document.xml.rels');
    for (const part of ['comments.xml', 'commentsExtended.xml']) {
      expect(types).toContain(`PartName="/word/${part}"`);
      expect(rels).toContain(`Target="${part}"`);
    }
  });
});
