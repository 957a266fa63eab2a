/**
 * The open document as the app holds it: the document (its body kept flat, as the editor
 * edits it), where it lives, and what has been saved or autosaved. Pure reducer.
 *
 * Every change bumps `revision`; saving records the revision that was written, so edits made
 * while a save is in flight still count as unsaved.
 *
 * Comments follow the body: every body change carries their anchors (a passage typed around keeps
 * its comment; a wholly deleted one is flagged orphaned), and so does every field edit that changes
 * an appendix (a table cell edited; an appendix removed orphans its comments). An approved or issued document is
 * locked: body and field edits are ignored, while review changes (comments, steps, versions)
 * still apply.
 */
import type { Appendix, DocumentComment, VanBanDocument } from '../../core/model/types';
import { flattenBody, nestBody, type FlatBlock } from '../../core/model/flat-body';
import { carryCommentAnchors } from '../../core/review/carry-anchors';
import { isDocumentLocked } from '../../core/review/workflow';
import { sameFlatBody } from './flat-compare';

export interface DocumentState {
  document: VanBanDocument | null;
  /** The body as the editor holds it; `document.body` is stale while editing. */
  flatBody: FlatBlock[];
  /** The body as loaded: what the editor mounts with (kept by reference until the next load). */
  initialBody: FlatBlock[];
  path: string | null;
  /** The content stamp of `path` as last opened or saved (the host refuses a save over a file changed since); null when unknown. */
  stamp: string | null;
  revision: number;
  savedRevision: number;
  autosavedRevision: number | null;
  lastSaved: string | null;
  lastAutosaved: string | null;
  /** Changes when another document is loaded, so the body editor remounts with it. */
  loadId: number;
}

export type SavedState = 'saved' | 'unsaved' | 'autosaved';

export type DocumentAction =
  /** `dirty`: recovered from the recovery folder; `imported`: read from a Word or text file, not saved anywhere yet. */
  | { type: 'load'; document: VanBanDocument; path: string | null; stamp?: string | null; dirty?: boolean; imported?: boolean }
  | { type: 'close' }
  | { type: 'edit'; update: (document: VanBanDocument) => VanBanDocument }
  | { type: 'body'; flat: FlatBlock[] }
  /**
   * Comments, review steps, versions: the whole document is replaced except its body (the editor
   * keeps the body; `flatBody` stays). Applies to a locked document too.
   */
  | { type: 'review'; document: VanBanDocument }
  | { type: 'saved'; path: string; savedAt: string; revision: number; stamp?: string }
  | { type: 'autosaved'; savedAt: string; revision: number };

export const initialDocumentState: DocumentState = {
  document: null,
  flatBody: [],
  initialBody: [],
  path: null,
  stamp: null,
  revision: 0,
  savedRevision: 0,
  autosavedRevision: null,
  lastSaved: null,
  lastAutosaved: null,
  loadId: 0,
};

/**
 * Comments after a field edit that may have changed the appendices: anchors carried over each
 * appendix's flat body, before and after; comments on a removed appendix are orphaned (its blocks
 * are gone). The same array when no appendix body changed.
 */
function carryAppendixAnchors(comments: DocumentComment[], before: readonly Appendix[], after: readonly Appendix[]): DocumentComment[] {
  if (comments.length === 0 || before === after) return comments;
  const afterById = new Map(after.map((appendix) => [appendix.id, appendix]));
  let out = comments;
  for (const appendix of before) {
    const next = afterById.get(appendix.id);
    if (next?.body === appendix.body) continue;
    out = carryCommentAnchors(out, flattenBody(appendix.body), next ? flattenBody(next.body) : []);
  }
  return out;
}

export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'load': {
      const flat = flattenBody(action.document.body);
      return {
        ...initialDocumentState,
        document: action.document,
        flatBody: flat,
        initialBody: flat,
        path: action.path,
        stamp: action.stamp ?? null,
        // A recovered document starts with changes its file does not have, already in the recovery folder.
        revision: action.dirty || action.imported ? 1 : 0,
        autosavedRevision: action.dirty ? 1 : null,
        loadId: state.loadId + 1,
      };
    }
    case 'close':
      return { ...initialDocumentState, loadId: state.loadId + 1 };
    case 'edit': {
      if (!state.document || isDocumentLocked(state.document)) return state;
      const next = action.update(state.document);
      if (next === state.document) return state;
      const comments = carryAppendixAnchors(next.comments, state.document.appendices, next.appendices);
      return { ...state, document: comments === next.comments ? next : { ...next, comments }, revision: state.revision + 1 };
    }
    case 'body': {
      const { document } = state;
      if (!document || isDocumentLocked(document) || sameFlatBody(state.flatBody, action.flat)) return state;
      const comments = carryCommentAnchors(document.comments, state.flatBody, action.flat);
      const next = comments === document.comments ? document : { ...document, comments };
      return { ...state, document: next, flatBody: action.flat, revision: state.revision + 1 };
    }
    case 'review':
      if (!state.document || action.document === state.document) return state;
      return { ...state, document: { ...action.document, body: state.document.body }, revision: state.revision + 1 };
    case 'saved':
      return {
        ...state,
        path: action.path,
        stamp: action.stamp ?? null,
        savedRevision: action.revision,
        lastSaved: action.savedAt,
      };
    case 'autosaved':
      return { ...state, autosavedRevision: action.revision, lastAutosaved: action.savedAt };
  }
}

/** The document with its body nested from the editor's flat list: what is saved and exported. */
export function currentDocument(state: DocumentState): VanBanDocument | null {
  if (!state.document) return null;
  return { ...state.document, body: nestBody(state.flatBody) };
}

export function isDirty(state: DocumentState): boolean {
  return state.document !== null && state.revision !== state.savedRevision;
}

/** What the status bar says: saved to the file, autosaved to the recovery folder, or neither. */
export function savedState(state: DocumentState): SavedState {
  if (state.path !== null && !isDirty(state)) return 'saved';
  if (isDirty(state) && state.autosavedRevision === state.revision) return 'autosaved';
  return 'unsaved';
}

/** True when the latest change has not reached the file or the recovery folder yet. */
export function needsAutosave(state: DocumentState): boolean {
  return isDirty(state) && state.autosavedRevision !== state.revision;
}
