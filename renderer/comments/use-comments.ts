/**
 * The comments (góp ý) of the open document as the editor screen runs them: the pane's state
 * (shown, filter, active thread, the comment being written), the passages the body highlights,
 * and every change (add, reply, edit, delete, resolve / reopen) made with core/review/comment-ops
 * and applied through the document reducer's 'review' action, under the user's profile.
 *
 * Handlers are stable (they read the latest state from a ref), so the memoised page view is not
 * re-rendered by them; the highlighted passages change only when comments or the active thread do.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type RefObject } from 'react';
import { flattenBody, type FlatBlock } from '../../core/model/flat-body';
import type { DocumentComment, ReviewActor, VanBanDocument } from '../../core/model/types';
import { carryCommentAnchors } from '../../core/review/carry-anchors';
import { addComment, commentThreads, deleteComment, editComment, replyToComment, setCommentResolved, type CommentThread } from '../../core/review/comment-ops';
import { blockText } from '../../core/review/diff';
import { currentDocument, type DocumentAction, type DocumentState } from '../app/document-state';
import type { BodyEditorHandle, CommentAnchorTarget, CommentMarks } from '../editor';
import { registerComments, reportCommentsPaneOpen } from './bridge';
import { commentMarks, DRAFT_ID, keepSameMarks } from './comment-marks';
import { inFilter, readingOrder, threadPassages, type CommentFilter } from './threads';

/**
 * A comment being written: its passage (carried through body edits as the comments' anchors are),
 * and whether the selection was cut to its first block. `lost`: the passage was deleted (or its
 * block removed) meanwhile; the typed text stays in the box, nothing is saved until a passage is
 * chosen again (or an undo brings it back).
 */
export interface CommentDraft {
  anchor: CommentAnchorTarget;
  quote: string;
  clamped: boolean;
  lost?: boolean;
}

export type CommentNotice = 'selectPassage' | 'needProfile' | 'draftPassageGone';

/** The draft carried from one body to the next (the same object when its passage did not move). */
export function carryDraft(draft: CommentDraft, before: readonly FlatBlock[], after: readonly FlatBlock[]): CommentDraft {
  const lost = draft.lost ?? false;
  const pseudo: DocumentComment = {
    id: DRAFT_ID,
    author: '',
    initials: '',
    date: '',
    text: '',
    anchor: draft.anchor,
    resolved: false,
    parentId: null,
    orphaned: lost,
    quote: draft.quote,
  };
  const [carried] = carryCommentAnchors([pseudo], before, after);
  if (carried === pseudo) return draft;
  const next: CommentDraft = { ...draft, anchor: carried.anchor };
  if (carried.orphaned) next.lost = true;
  else delete next.lost;
  return next;
}

export interface CommentsPaneModel {
  threads: CommentThread[];
  /** The text each thread is about, by root id. */
  passages: ReadonlyMap<string, string>;
  user: ReviewActor | null;
  activeId: string | null;
  filter: CommentFilter;
  draft: CommentDraft | null;
  notice: CommentNotice | null;
  setFilter(filter: CommentFilter): void;
  onSelect(rootId: string): void;
  onAdd(): void;
  onClose(): void;
  /**
   * False (nothing saved) when the text is empty. A draft whose passage is gone saves nothing either
   * but says so in the notice and keeps its text in the box (true: not refused as empty).
   */
  onSaveDraft(text: string): boolean;
  onCancelDraft(): void;
  onReply(rootId: string, text: string): boolean;
  onEdit(id: string, text: string): boolean;
  onDelete(id: string): void;
  onResolve(rootId: string, resolved: boolean): void;
  onOpenProfile?(): void;
}

export interface CommentsController {
  open: boolean;
  setOpen(open: boolean): void;
  /** Passages to highlight in the body, by block id. */
  marks: CommentMarks;
  /** Commented text clicked in the body. */
  onCommentClick(ids: string[]): void;
  /** A comment on the selected passage: the pane opens with a comment box (or says what is missing). */
  addFromSelection(): void;
  /** The pane's model while it is shown. */
  pane: CommentsPaneModel | null;
}

interface Options {
  state: DocumentState;
  dispatch: Dispatch<DocumentAction>;
  editorRef: RefObject<BodyEditorHandle | null>;
  user: ReviewActor | null;
  onOpenProfile?(): void;
}

const clean = (text: string): string => text.normalize('NFC').trim();
const now = (): string => new Date().toISOString();

export function useComments({ state, dispatch, editorRef, user, onOpenProfile }: Options): CommentsController {
  const doc = state.document!;
  const comments = doc.comments;
  const [open, setOpenState] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filter, setFilter] = useState<CommentFilter>('open');
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [notice, setNotice] = useState<CommentNotice | null>(null);
  const active = activeId !== null && comments.some((comment) => comment.id === activeId) ? activeId : null;

  const latest = useRef({ state, user, open, active, filter, draft });
  latest.current = { state, user, open, active, filter, draft };

  // The passage of the comment being written follows the body edits made meanwhile (before paint,
  // so its highlight never lags); a passage deleted keeps the typed text and says so.
  const draftBody = useRef(state.flatBody);
  useLayoutEffect(() => {
    const before = draftBody.current;
    draftBody.current = state.flatBody;
    const pending = latest.current.draft;
    if (!pending || before === state.flatBody) return;
    const next = carryDraft(pending, before, state.flatBody);
    if (next === pending) return;
    setDraft(next);
    if (next.lost && !pending.lost) setNotice('draftPassageGone');
    else if (!next.lost && pending.lost) setNotice((shown) => (shown === 'draftPassageGone' ? null : shown));
  }, [state.flatBody]);

  // Another document: nothing of the last one's comments stays selected or half-written.
  useEffect(() => {
    setActiveId(null);
    setDraft(null);
    setNotice(null);
  }, [state.loadId]);

  const marksRef = useRef<CommentMarks>(new Map());
  const marks = useMemo(() => {
    marksRef.current = keepSameMarks(marksRef.current, commentMarks(comments, active, draft && !draft.lost ? draft.anchor : null));
    return marksRef.current;
  }, [comments, active, draft]);

  const setOpen = useCallback((value: boolean) => {
    setOpenState(value);
    if (!value) {
      setDraft(null);
      setNotice(null);
    }
  }, []);

  /** Applies a comment change to the document (nothing when it returns the same document). */
  const apply = useCallback(
    (change: (document: VanBanDocument) => VanBanDocument) => {
      const current = latest.current.state.document;
      if (!current) return;
      const next = change(current);
      if (next !== current) dispatch({ type: 'review', document: next });
    },
    [dispatch],
  );

  const find = useCallback((id: string): DocumentComment | undefined => latest.current.state.document?.comments.find((comment) => comment.id === id), []);

  /** Switches the filter when it hides this thread. */
  const reveal = useCallback((comment: DocumentComment) => {
    const { filter: shown, user: me, state: current } = latest.current;
    const thread = commentThreads(current.document?.comments ?? []).find((entry) => entry.root.id === comment.id);
    if (thread && !inFilter(thread, shown, me)) setFilter(comment.resolved ? 'resolved' : 'open');
  }, []);

  const onSelect = useCallback(
    (rootId: string) => {
      const comment = find(rootId);
      if (!comment) return;
      setActiveId(rootId);
      const { blockId, start, end } = comment.anchor;
      if (editorRef.current?.selectPassage(blockId, start, comment.orphaned ? start : end)) return;
      // Not in the body: an appendix passage (its sheet comes into view).
      const appendix = latest.current.state.document?.appendices.find((entry) => flattenBody(entry.body).some((block) => block.id === blockId));
      if (appendix) document.querySelector(`[data-appendix-id="${CSS.escape(appendix.id)}"]`)?.scrollIntoView({ block: 'start' });
    },
    [find, editorRef],
  );

  const onCommentClick = useCallback(
    (ids: string[]) => {
      const roots = ids.filter((id) => id !== DRAFT_ID);
      if (roots.length === 0) return;
      // Overlapping passages: the innermost first, then each in turn on the next clicks.
      const at = latest.current.active ? roots.indexOf(latest.current.active) : -1;
      const id = at >= 0 ? roots[(at + 1) % roots.length] : roots[roots.length - 1];
      const comment = find(id);
      if (!comment) return;
      setActiveId(id);
      setOpenState(true);
      reveal(comment);
    },
    [find, reveal],
  );

  const addFromSelection = useCallback(() => {
    const { user: me, state: current, filter: shown } = latest.current;
    setOpenState(true);
    if (!me) {
      setNotice('needProfile');
      return;
    }
    const target = editorRef.current?.commentTarget();
    if (!target || !target.ok) {
      setNotice('selectPassage');
      return;
    }
    const { anchor, clamped } = target;
    const block = current.flatBody.find((entry) => entry.id === anchor.blockId);
    setDraft({ anchor, quote: block ? blockText(block).slice(anchor.start, anchor.end) : '', clamped });
    setNotice(null);
    setActiveId(null);
    if (shown === 'resolved') setFilter('open');
  }, [editorRef]);

  const onSaveDraft = useCallback(
    (text: string) => {
      const { user: me, state: current, draft: pending } = latest.current;
      const body = clean(text);
      if (!body || !pending) return false;
      if (!me) {
        setNotice('needProfile');
        return false;
      }
      // The passage went away while the comment was written: the text stays in the box (the box
      // is kept, so true: not refused as empty) until a passage is chosen again.
      if (pending.lost) {
        setNotice('draftPassageGone');
        return true;
      }
      const whole = currentDocument(current);
      if (!whole) return false;
      try {
        const { document, id } = addComment(whole, pending.anchor, body, me, now());
        dispatch({ type: 'review', document });
        setActiveId(id);
      } catch {
        // The block is not there (a body the draft was not carried through): keep the text.
        setDraft({ ...pending, lost: true });
        setNotice('draftPassageGone');
        return true;
      }
      setDraft(null);
      return true;
    },
    [dispatch],
  );

  const onCancelDraft = useCallback(() => {
    setDraft(null);
    setNotice((shown) => (shown === 'draftPassageGone' ? null : shown));
  }, []);

  const onReply = useCallback(
    (rootId: string, text: string) => {
      const me = latest.current.user;
      const body = clean(text);
      if (!body) return false;
      if (!me) {
        setNotice('needProfile');
        return false;
      }
      apply((document) => (document.comments.some((comment) => comment.id === rootId) ? replyToComment(document, rootId, body, me, now()).document : document));
      setActiveId(rootId);
      return true;
    },
    [apply],
  );

  const onEdit = useCallback(
    (id: string, text: string) => {
      const me = latest.current.user;
      const body = clean(text);
      if (!body || !me) return false;
      apply((document) => editComment(document, id, body, me));
      return true;
    },
    [apply],
  );

  const onDelete = useCallback(
    (id: string) => {
      const me = latest.current.user;
      if (me) apply((document) => deleteComment(document, id, me));
    },
    [apply],
  );

  const onResolve = useCallback(
    (rootId: string, resolved: boolean) => {
      apply((document) => setCommentResolved(document, rootId, resolved));
      // A resolved passage is no longer highlighted.
      if (resolved && latest.current.active === rootId) setActiveId(null);
    },
    [apply],
  );

  const onClose = useCallback(() => setOpen(false), [setOpen]);

  // The toolbar, the menus and the app reach the pane through the bridge.
  useEffect(
    () => registerComments({ addFromSelection, setOpen, isOpen: () => latest.current.open }),
    [addFromSelection, setOpen],
  );
  useEffect(() => reportCommentsPaneOpen(open), [open]);

  const flat = state.flatBody;
  const { appendices } = doc;
  const threads = useMemo(() => (open ? commentThreads(comments, readingOrder(flat, appendices)) : []), [open, comments, flat, appendices]);
  const passages = useMemo(() => (open ? threadPassages(threads, flat, appendices) : new Map<string, string>()), [open, threads, flat, appendices]);

  const pane = useMemo(
    (): CommentsPaneModel | null =>
      open
        ? {
            threads,
            passages,
            user,
            activeId: active,
            filter,
            draft,
            notice,
            setFilter,
            onSelect,
            onAdd: addFromSelection,
            onClose,
            onSaveDraft,
            onCancelDraft,
            onReply,
            onEdit,
            onDelete,
            onResolve,
            onOpenProfile,
          }
        : null,
    [open, threads, passages, user, active, filter, draft, notice, onSelect, addFromSelection, onClose, onSaveDraft, onCancelDraft, onReply, onEdit, onDelete, onResolve, onOpenProfile],
  );

  return { open, setOpen, marks, onCommentClick, addFromSelection, pane };
}
