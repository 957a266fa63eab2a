// The document reducer and comments: body edits carry comment anchors, 'review' replaces the
// document but the body, and a locked (approved / issued) document ignores body and field edits.
// Each test: an input state, one action, the expected state.
import { describe, expect, it } from 'vitest';
import { documentReducer, currentDocument, initialDocumentState, isDirty, type DocumentState } from '../../renderer/app/document-state';
import type { FlatBlock } from '../../core/model/flat-body';
import { carryDraft, type CommentDraft } from '../../renderer/comments/use-comments';
import type { Appendix, DocumentComment, ReviewStatus, VanBanDocument } from '../../core/model/types';
import { appendix, comment, makePlan, para, section, table } from '../fixtures/documents';

const TEXT = 'Nâng cao nhận thức về chuyển đổi số.';

function plan(comments: (blockId: string) => DocumentComment[] = () => [], status: ReviewStatus = 'draft'): VanBanDocument {
  const doc = makePlan({ body: [section('MỤC ĐÍCH', [para(TEXT, { id: 'p1' })], { id: 's1' })] });
  return { ...doc, comments: comments('p1'), review: { ...doc.review, status } };
}

const load = (doc: VanBanDocument): DocumentState => documentReducer(initialDocumentState, { type: 'load', document: doc, path: 'ke-hoach.vanban' });

/** The flat body with block p1's text replaced. */
function withText(state: DocumentState, text: string): FlatBlock[] {
  return state.flatBody.map((block) => (block.id === 'p1' && block.kind !== 'table' ? { ...block, content: [{ text }] } : block));
}

const passage = (state: DocumentState, id: string): string => {
  const found = state.document!.comments.find((entry) => entry.id === id)!;
  const block = state.flatBody.find((entry) => entry.id === found.anchor.blockId);
  if (!block || block.kind === 'table') return '';
  return block.content.map((run) => run.text).join('').slice(found.anchor.start, found.anchor.end);
};

// "nhận thức" is at 9..18 of TEXT.
const onNhanThuc = (blockId: string) => [comment(blockId, 'Cụ thể hơn?', { id: 'c1', anchor: { blockId, start: 9, end: 18 } })];

describe('body edits carry comment anchors', () => {
  it('text typed before the passage moves the anchor; the passage reads the same', () => {
    const state = load(plan(onNhanThuc));
    expect(passage(state, 'c1')).toBe('nhận thức');
    const next = documentReducer(state, { type: 'body', flat: withText(state, 'Từng bước nâng cao nhận thức về chuyển đổi số.') });
    expect(next.document!.comments[0].anchor).toEqual({ blockId: 'p1', start: 19, end: 28 });
    expect(passage(next, 'c1')).toBe('nhận thức');
    expect(next.revision).toBe(state.revision + 1);
  });

  it('text typed inside the passage joins it', () => {
    const state = load(plan(onNhanThuc));
    const next = documentReducer(state, { type: 'body', flat: withText(state, 'Nâng cao nhận thức đầy đủ về chuyển đổi số.') });
    expect(passage(next, 'c1')).toBe('nhận thức');
    const inside = documentReducer(state, { type: 'body', flat: withText(state, 'Nâng cao nhận biết và thức về chuyển đổi số.') });
    expect(inside.document!.comments[0].orphaned).toBe(false);
  });

  it('the whole passage deleted: the comment is kept, flagged orphaned, its quote kept', () => {
    const state = load(plan(onNhanThuc));
    const next = documentReducer(state, { type: 'body', flat: withText(state, 'Nâng cao về chuyển đổi số.') });
    expect(next.document!.comments).toHaveLength(1);
    expect(next.document!.comments[0]).toMatchObject({ id: 'c1', orphaned: true, quote: 'nhận thức' });
  });

  it('the block deleted: the comment is orphaned, never dropped', () => {
    const state = load(plan(onNhanThuc));
    const next = documentReducer(state, { type: 'body', flat: state.flatBody.filter((block) => block.id !== 'p1') });
    expect(next.document!.comments[0]).toMatchObject({ id: 'c1', orphaned: true });
  });

  it('an edit elsewhere leaves the document object as it was (nothing re-renders for comments)', () => {
    const state = load(plan(onNhanThuc));
    const flat = state.flatBody.map((block) => (block.id === 's1' && block.kind !== 'table' ? { ...block, content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }] } : block));
    const next = documentReducer(state, { type: 'body', flat });
    expect(next.document).toBe(state.document);
    expect(next.flatBody).toBe(flat);
  });
});

describe('body edits: Enter and Backspace around a commented passage', () => {
  // The editor splits a block with Enter: the first half keeps its id, the second gets a fresh one.
  const split = (state: DocumentState, at: number): FlatBlock[] =>
    state.flatBody.flatMap((block) => (block.id === 'p1' && block.kind !== 'table' ? [{ ...block, content: [{ text: TEXT.slice(0, at) }] }, { ...block, id: 'n1', content: [{ text: TEXT.slice(at) }] }] : [block]));

  it('Enter right before the passage: the comment moves to the new block, same words', () => {
    const state = load(plan(onNhanThuc));
    const next = documentReducer(state, { type: 'body', flat: split(state, 9) });
    expect(next.document!.comments[0]).toMatchObject({ anchor: { blockId: 'n1', start: 0, end: 9 }, orphaned: false });
    expect(passage(next, 'c1')).toBe('nhận thức');
  });

  it('Backspace at the start of the new block (a merge): back where it was', () => {
    const state = load(plan(onNhanThuc));
    const splitState = documentReducer(state, { type: 'body', flat: split(state, 9) });
    const merged = documentReducer(splitState, { type: 'body', flat: state.flatBody });
    expect(merged.document!.comments[0]).toMatchObject({ anchor: { blockId: 'p1', start: 9, end: 18 }, orphaned: false });
  });

  it('an undo of the passage deleted: the comment is attached again', () => {
    const state = load(plan(onNhanThuc));
    const deleted = documentReducer(state, { type: 'body', flat: withText(state, 'Nâng cao về chuyển đổi số.') });
    expect(deleted.document!.comments[0].orphaned).toBe(true);
    const undone = documentReducer(deleted, { type: 'body', flat: state.flatBody });
    expect(undone.document!.comments[0]).toMatchObject({ anchor: { blockId: 'p1', start: 9, end: 18 }, orphaned: false });
  });
});

describe("field edits carry the anchors of appendix comments ('edit')", () => {
  const TABLE_TEXT = 'STT | Nhiệm vụ\n1 | Xây dựng trung tâm dữ liệu';
  const onCell: DocumentComment = comment('t1', 'Nêu rõ thời hạn', { id: 'c1', anchor: { blockId: 't1', start: TABLE_TEXT.indexOf('trung'), end: TABLE_TEXT.length }, quote: 'trung tâm dữ liệu' });
  const tasks = (task: string): Appendix => appendix('DANH MỤC NHIỆM VỤ', [table(['STT', 'Nhiệm vụ'], [['1', task]], { id: 't1' })], { id: 'a1' });

  function withAppendix(): DocumentState {
    const doc = plan();
    return load({ ...doc, appendices: [tasks('Xây dựng trung tâm dữ liệu')], comments: [onCell] });
  }

  it('a table cell edited before the passage: the anchor follows, the passage reads the same', () => {
    const state = withAppendix();
    const next = documentReducer(state, { type: 'edit', update: (doc) => ({ ...doc, appendices: [tasks('Khẩn trương xây dựng trung tâm dữ liệu')] }) });
    const carried = next.document!.comments[0];
    const text = 'STT | Nhiệm vụ\n1 | Khẩn trương xây dựng trung tâm dữ liệu';
    expect(text.slice(carried.anchor.start, carried.anchor.end)).toBe('trung tâm dữ liệu');
    expect(carried.orphaned).toBe(false);
    expect(next.revision).toBe(state.revision + 1);
  });

  it('the appendix removed: its comments are orphaned, kept with their quote', () => {
    const state = withAppendix();
    const next = documentReducer(state, { type: 'edit', update: (doc) => ({ ...doc, appendices: [] }) });
    expect(next.document!.comments).toEqual([{ ...onCell, orphaned: true }]);
  });

  it('a field edit that leaves the appendices alone leaves the comments array as it was', () => {
    const state = withAppendix();
    const next = documentReducer(state, { type: 'edit', update: (doc) => ({ ...doc, summary: 'Trích yếu khác' }) });
    expect(next.document!.comments).toBe(state.document!.comments);
  });
});

describe("the 'review' action", () => {
  it('replaces everything but the body, which stays as the editor holds it', () => {
    const typed = documentReducer(load(plan()), { type: 'body', flat: withText(load(plan()), 'Nội dung mới.') });
    const reviewed: VanBanDocument = { ...plan(onNhanThuc), review: { ...plan().review, status: 'submitted' }, body: [] };
    const next = documentReducer(typed, { type: 'review', document: reviewed });
    expect(next.document!.comments.map((entry) => entry.id)).toEqual(['c1']);
    expect(next.document!.review.status).toBe('submitted');
    expect(next.flatBody).toBe(typed.flatBody);
    expect(next.document!.body).toBe(typed.document!.body);
    expect(currentDocument(next)!.body).toEqual(currentDocument(typed)!.body);
    expect(next.revision).toBe(typed.revision + 1);
    expect(isDirty(next)).toBe(true);
  });

  it('the same document object again changes nothing', () => {
    const state = load(plan());
    expect(documentReducer(state, { type: 'review', document: state.document! })).toBe(state);
  });

  it('without a document does nothing', () => {
    expect(documentReducer(initialDocumentState, { type: 'review', document: plan() })).toBe(initialDocumentState);
  });
});

describe('a locked document', () => {
  for (const status of ['approved', 'issued'] as const) {
    it(`${status}: body edits are ignored`, () => {
      const state = load(plan(onNhanThuc, status));
      expect(documentReducer(state, { type: 'body', flat: withText(state, 'Sửa sau khi duyệt.') })).toBe(state);
    });

    it(`${status}: field edits are ignored`, () => {
      const state = load(plan(() => [], status));
      expect(documentReducer(state, { type: 'edit', update: (doc) => ({ ...doc, summary: 'Trích yếu khác' }) })).toBe(state);
    });

    it(`${status}: comments still change through 'review'`, () => {
      const state = load(plan(() => [], status));
      const next = documentReducer(state, { type: 'review', document: plan(onNhanThuc, status) });
      expect(next.document!.comments).toHaveLength(1);
      expect(next.revision).toBe(state.revision + 1);
    });
  }

  it('returned for changes: body edits apply again', () => {
    const state = load(plan(onNhanThuc, 'returned'));
    const next = documentReducer(state, { type: 'body', flat: withText(state, 'Từng bước nâng cao nhận thức về chuyển đổi số.') });
    expect(next).not.toBe(state);
    expect(passage(next, 'c1')).toBe('nhận thức');
  });
});

describe('the comment being written follows body edits (carryDraft)', () => {
  const draft = (): CommentDraft => ({ anchor: { blockId: 'p1', start: 9, end: 18 }, quote: 'nhận thức', clamped: false });

  it('text typed before its passage: the anchor moves, the passage reads the same', () => {
    const state = load(plan());
    const next = carryDraft(draft(), state.flatBody, withText(state, 'Từng bước nâng cao nhận thức về chuyển đổi số.'));
    expect(next).toEqual({ ...draft(), anchor: { blockId: 'p1', start: 19, end: 28 } });
  });

  it('an edit elsewhere: the same draft object', () => {
    const state = load(plan());
    const pending = draft();
    expect(carryDraft(pending, state.flatBody, withText(state, TEXT.replace('số.', 'số trong tỉnh.')))).toBe(pending);
  });

  it("its block removed: lost (the typed text is the pane's to keep); brought back by undo: found again", () => {
    const state = load(plan());
    const removed = state.flatBody.filter((block) => block.id !== 'p1');
    const lost = carryDraft(draft(), state.flatBody, removed);
    expect(lost).toMatchObject({ lost: true, quote: 'nhận thức' });
    expect(carryDraft(lost, removed, state.flatBody)).toEqual(draft());
  });
});
