// The document reducer and comments: body edits carry comment anchors, 'review' replaces the
// document but the body, and a locked (approved / issued) document ignores body and field edits.
// Each test: an input state, one action, the expected state.
import { describe, expect, it } from 'vitest';
import { documentReducer, currentDocument, initialDocumentState, isDirty, type DocumentState } from '../../renderer/app/document-state';
import type { FlatBlock } from '../../core/model/flat-body';
import type { DocumentComment, ReviewStatus, VanBanDocument } from '../../core/model/types';
import { comment, makePlan, para, section } from '../fixtures/documents';

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
