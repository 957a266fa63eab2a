import { describe, expect, it } from 'vitest';
import {
  currentDocument,
  documentReducer,
  initialDocumentState,
  isDirty,
  needsAutosave,
  savedState,
  type DocumentState,
} from '../../renderer/app/document-state';
import { flattenBody, type FlatBlock } from '../../core/model/flat-body';
import { clause, dash, makePlan, para, section } from '../fixtures/documents';

function loaded(path: string | null = 'ke-hoach.vanban'): DocumentState {
  const doc = makePlan({ body: [section('MỤC ĐÍCH', [clause('Mục đích', [dash('Nâng cao nhận thức.')])])] });
  return documentReducer(initialDocumentState, { type: 'load', document: doc, path });
}

function typed(state: DocumentState, text: string): DocumentState {
  const flat = state.flatBody.map((block, i): FlatBlock =>
    i === state.flatBody.length - 1 && block.kind !== 'table' ? { ...block, content: [{ text }] } : block,
  );
  return documentReducer(state, { type: 'body', flat });
}

describe('document state', () => {
  it('a freshly opened document is saved and not dirty', () => {
    const state = loaded();
    expect(isDirty(state)).toBe(false);
    expect(savedState(state)).toBe('saved');
  });

  it('a new document without a file reads as unsaved but has nothing to lose', () => {
    const state = loaded(null);
    expect(savedState(state)).toBe('unsaved');
    expect(isDirty(state)).toBe(false);
  });

  it('typing in the body makes it dirty; the same body again does not', () => {
    const state = loaded();
    const copy = documentReducer(state, { type: 'body', flat: state.flatBody.map((block) => ({ ...block })) });
    expect(copy).toBe(state);
    const edited = typed(state, 'Nâng cao nhận thức về chuyển đổi số.');
    expect(isDirty(edited)).toBe(true);
    expect(savedState(edited)).toBe('unsaved');
  });

  it('saving records the revision written, so edits during the save stay unsaved', () => {
    const edited = typed(loaded(), 'Lần một.');
    const savingRevision = edited.revision;
    const moreEdits = typed(edited, 'Lần hai.');
    const afterSave = documentReducer(moreEdits, { type: 'saved', path: 'ke-hoach.vanban', savedAt: '2025-01-01T00:00:00Z', revision: savingRevision });
    expect(isDirty(afterSave)).toBe(true);
    const saved = documentReducer(afterSave, { type: 'saved', path: 'ke-hoach.vanban', savedAt: '2025-01-01T00:00:05Z', revision: afterSave.revision });
    expect(isDirty(saved)).toBe(false);
    expect(savedState(saved)).toBe('saved');
    expect(saved.lastSaved).toBe('2025-01-01T00:00:05Z');
  });

  it('autosave shows as autosaved until the next change', () => {
    const edited = typed(loaded(), 'Lần một.');
    expect(needsAutosave(edited)).toBe(true);
    const autosaved = documentReducer(edited, { type: 'autosaved', savedAt: 'x', revision: edited.revision });
    expect(savedState(autosaved)).toBe('autosaved');
    expect(needsAutosave(autosaved)).toBe(false);
    const again = typed(autosaved, 'Lần hai.');
    expect(savedState(again)).toBe('unsaved');
    expect(needsAutosave(again)).toBe(true);
  });

  it('header edits change the document; an update returning the same object changes nothing', () => {
    const state = loaded();
    const same = documentReducer(state, { type: 'edit', update: (doc) => doc });
    expect(same).toBe(state);
    const edited = documentReducer(state, { type: 'edit', update: (doc) => ({ ...doc, header: { ...doc.header, number: 12 } }) });
    expect(edited.document?.header.number).toBe(12);
    expect(isDirty(edited)).toBe(true);
  });

  it('the saved document nests the flat body the editor holds', () => {
    const state = loaded();
    const flat: FlatBlock[] = [...state.flatBody, { id: 'p-new', kind: 'paragraph', content: [{ text: 'Đoạn mới.' }] }];
    const doc = currentDocument(documentReducer(state, { type: 'body', flat }));
    expect(doc?.body).toHaveLength(1);
    const section1 = doc!.body[0];
    expect(section1.type).toBe('section');
    const clause1 = 'children' in section1 ? section1.children[0] : null;
    expect(clause1 && 'children' in clause1 ? clause1.children.map((b) => b.type) : []).toEqual(['dash', 'paragraph']);
  });

  it('a recovered document starts dirty and each load remounts the editor', () => {
    const first = loaded();
    const recovered = documentReducer(first, { type: 'load', document: makePlan({ body: [para('Khôi phục.')] }), path: null, dirty: true });
    expect(isDirty(recovered)).toBe(true);
    expect(savedState(recovered)).toBe('autosaved');
    expect(needsAutosave(recovered)).toBe(false);
    expect(recovered.loadId).toBe(first.loadId + 1);
    expect(recovered.flatBody).toEqual(flattenBody(recovered.document!.body));
  });
});
