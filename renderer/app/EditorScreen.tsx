/**
 * The editing screen: toolbar, the page view with the side panel (and the format check panel
 * when shown), and the status bar.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/check/types';
import type { FlatBlock } from '../../core/model/flat-body';
import type { BodyEditorHandle } from '../editor';
import { PageView } from '../page/PageView';
import { editFields, type DocumentEdit } from '../page/edit-helpers';
import { newAppendix } from '../page/document-text';
import { CheckPanel } from '../check/CheckPanel';
import { FieldFindingsContext } from '../check/field-findings';
import { findingMarks, keepSameMarks, NO_MARKS, type FindingMarks } from '../check/finding-marks';
import { goToFinding } from '../check/locate';
import { splitFix } from '../check/quick-fix';
import type { FieldFixHistory } from '../check/use-field-fix-history';
import { useChecker } from '../check/use-checker';
import '../check/check.css';
import { isDocumentLocked } from '../../core/review/workflow';
import { CommentsPane, useComments, useDocumentView } from '../comments';
import { BodyCommentsContext, BodyCommentsSource } from '../editor';
import { ReadOnlyContext } from '../page/read-only';
import { useUser } from '../review/user-context';
import { KIND_CHOICES, choiceFor } from './block-kinds';
import { currentDocument, savedState, type DocumentAction, type DocumentState } from './document-state';
import { SidePanel } from './SidePanel';
import { StatusBar } from './StatusBar';
import { Toolbar, type ToolbarAction } from './Toolbar';
import { useDebouncedWords } from './use-debounced-words';
import { FindMarksContext, FindMarksSource } from '../editor';
import { FindPanel } from '../find/FindPanel';
import { useFind } from '../find/use-find';
import { ZoomFrame } from '../page/ZoomFrame';
import { useZoom } from '../page/use-zoom';
import type { ZoomSetting } from '../page/zoom';
import { ZoomControl } from './ZoomControl';
import { PrintPreview } from '../print/PrintPreview';
import { usePrintPreview } from '../print/use-print-preview';

interface Props {
  state: DocumentState;
  dispatch: Dispatch<DocumentAction>;
  editorRef: RefObject<BodyEditorHandle | null>;
  runCommand(action: ToolbarAction): void;
  onEditorError(code: string, params?: Record<string, unknown>): void;
  toolbarRight: ReactNode;
  /** Quick fixes outside the body, undoable with the toolbar's undo. */
  fixHistory: FieldFixHistory;
  checkOpen: boolean;
  setCheckOpen(open: boolean): void;
  onInfo(message: string): void;
  /** The review strip above the page and the versions panel beside it (renderer/review, from App). */
  reviewBar?: ReactNode;
  reviewPanel?: ReactNode;
  /** What the last import was unsure of (shown beside the page until closed). */
  importPanel?: ReactNode;
  /** Opens the user profile dialog (the comments pane offers it when no profile is set). */
  onOpenProfile?(): void;
  /** The remembered page zoom (settings); 'auto' when absent. */
  zoom?: ZoomSetting;
}

export function EditorScreen({ state, dispatch, editorRef, runCommand, onEditorError, toolbarRight, fixHistory, checkOpen, setCheckOpen, onInfo, reviewBar, reviewPanel, importPanel, onOpenProfile, zoom: initialZoom }: Props) {
  const { t, i18n } = useTranslation();
  const doc = state.document!;
  // Comments (renderer/comments); an approved or issued document is read-only but can be commented.
  const comments = useComments({ state, dispatch, editorRef, user: useUser(), onOpenProfile });
  const locked = isDocumentLocked(doc);
  const viewDoc = useDocumentView(doc);
  // Passages reach the body editor past the memoised page view (typing in a commented block re-renders the editor only).
  const [bodyComments] = useState(() => new BodyCommentsSource());
  const { marks: commentMarks, onCommentClick, addFromSelection } = comments;
  useLayoutEffect(() => bodyComments.set({ marks: commentMarks, onCommentClick, onAddComment: addFromSelection }), [bodyComments, commentMarks, onCommentClick, addFromSelection]);
  const findings = useChecker(doc, state.flatBody, checkOpen);
  const marksRef = useRef<FindingMarks>(NO_MARKS);
  const marks = useMemo(() => {
    marksRef.current = keepSameMarks(marksRef.current, findings ? findingMarks(findings) : NO_MARKS);
    return marksRef.current;
  }, [findings]);
  const zoom = useZoom(initialZoom);
  const preview = usePrintPreview();
  const fromPreview = useCallback(
    (command: 'print' | 'exportPdf') => {
      preview.close();
      // After the preview has left the screen: only the document prints.
      window.setTimeout(() => runCommand(command), 0);
    },
    [preview, runCommand],
  );
  // The same element while the zoom stays: typing does not re-render the memoised status bar.
  const showPreview = preview.show;
  const statusRight = useMemo(
    () => (
      <>
        <button type="button" className="status-preview" data-testid="print-preview-button" title={t('preview.openTitle')} onClick={showPreview}>
          {t('preview.open')}
        </button>
        <ZoomControl zoom={zoom} />
      </>
    ),
    [t, showPreview, zoom],
  );
  const checkErrors = findings?.filter((finding) => finding.severity === 'error').length ?? 0;
  const [pages, setPages] = useState(1);
  const [kindValue, setKindValue] = useState('');
  const [history, setHistory] = useState({ undo: false, redo: false });
  const edit: DocumentEdit = useCallback((update) => dispatch({ type: 'edit', update }), [dispatch]);
  const fields = useMemo(() => editFields(edit), [edit]);
  // Counting words over a long document waits for typing to pause (no re-render per keystroke).
  const words = useDebouncedWords(doc, state.flatBody);
  const flatRef = useRef(state.flatBody);
  flatRef.current = state.flatBody;

  const fixHistoryRef = useRef(fixHistory);
  fixHistoryRef.current = fixHistory;
  const refreshTools = useCallback(() => {
    const handle = editorRef.current;
    if (!handle) return;
    const kind = handle.activeKind();
    const titled = kind && kind !== 'table' ? findActiveTitled(flatRef.current, kind) : undefined;
    const value = choiceFor(kind, titled);
    const undo = handle.canUndo() || fixHistoryRef.current.canUndo();
    const redo = handle.canRedo() || fixHistoryRef.current.canRedo();
    setKindValue((old) => (old === value ? old : value));
    setHistory((old) => (old.undo === undo && old.redo === redo ? old : { undo, redo }));
  }, [editorRef]);

  // Quick fixes and their undo change the document outside the editor: undo/redo state follows.
  useEffect(() => refreshTools(), [refreshTools, doc, fixHistory.version]);

  const applyFix = (finding: Finding) => {
    const current = currentDocument(state);
    // An approved or issued document is not changed (the panel offers no fix; a stale click does nothing).
    if (locked || !finding.fix || !current) return;
    const parts = splitFix(current, finding.fix);
    if (parts.body) editorRef.current?.replaceBody(parts.body);
    if (parts.fields) fixHistory.apply(parts.fields);
    if (parts.body || parts.fields) onInfo(t('toast.fixed', { description: i18n.language === 'en' ? finding.fix.description.en : finding.fix.description.vi }));
    refreshTools();
  };

  const onBodyChange = useCallback((flat: FlatBlock[]) => dispatch({ type: 'body', flat }), [dispatch]);
  const onErrorRef = useRef(onEditorError);
  onErrorRef.current = onEditorError;
  const onError = useCallback((code: string, params?: Record<string, unknown>) => onErrorRef.current(code, params), []);


  const runAction = (action: ToolbarAction) => {
    const handle = editorRef.current;
    // The toolbar disables these on an approved or issued document; nothing edits it from here either.
    if (locked && EDITING_ACTIONS.has(action)) return;
    switch (action) {
      case 'indent':
        handle?.indent();
        break;
      case 'outdent':
        handle?.outdent();
        break;
      case 'insert-table':
        handle?.insertTable(3, 3);
        break;
      case 'amount-words':
        if (handle && !handle.writeAmountInWords()) onError('no-amount');
        break;
      case 'section-up':
        handle?.moveSection(-1);
        break;
      case 'section-down':
        handle?.moveSection(1);
        break;
      case 'insert-appendix':
        edit((current) => ({ ...current, appendices: [...current.appendices, newAppendix()] }));
        window.setTimeout(() => {
          const sheets = document.querySelectorAll('[data-testid="appendix-sheet"]');
          sheets[sheets.length - 1]?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          sheets[sheets.length - 1]?.querySelector<HTMLElement>('[data-testid="appendix-title"]')?.focus();
        }, 50);
        return;
      case 'check':
        setCheckOpen(!checkOpen);
        return;
      default:
        runCommand(action);
        return;
    }
    refreshTools();
  };

  const chooseKind = (value: string) => {
    if (locked) return;
    const choice = KIND_CHOICES.find((candidate) => candidate.value === value);
    const handle = editorRef.current;
    if (!choice || !handle) return;
    handle.setKind(choice.kind, choice.titled);
    handle.focus();
    setKindValue(value);
  };

  // Stable handlers for the memoised toolbar and page view (typing re-renders this screen, not them).
  const actions = useRef({ runAction, chooseKind });
  actions.current = { runAction, chooseKind };
  const run = useCallback((action: ToolbarAction) => actions.current.runAction(action), []);
  const onKind = useCallback((value: string) => actions.current.chooseKind(value), []);
  const { setOpen: setCommentsOpen } = comments;
  const onEditAuthority = useCallback(() => {
    setCommentsOpen(false);
    window.setTimeout(() => document.querySelector<HTMLElement>('[data-testid="signature-collective"]')?.focus(), 0);
  }, [setCommentsOpen]);
  // Find and replace (Ctrl+F / Ctrl+H): matches reach the body editor past the memoised page view.
  const [findMarks] = useState(() => new FindMarksSource());
  const find = useFind({ document: doc, flatBody: state.flatBody, locked, editorRef, fixHistory, marks: findMarks, commentsOpen: comments.open, setCommentsOpen });
  const commentCount = doc.comments.filter((comment) => comment.parentId === null && !comment.resolved).length;

  return (
    <div className="editor-screen">
      <Toolbar
        run={run}
        kindValue={kindValue}
        onKind={onKind}
        canUndo={history.undo}
        canRedo={history.redo}
        editor={editorRef.current}
        right={toolbarRight}
        checkOpen={checkOpen}
        checkErrors={checkErrors}
        locked={locked}
      />
      {reviewBar}
      <FieldFindingsContext.Provider value={marks.fields}>
      <ReadOnlyContext.Provider value={locked}>
      <BodyCommentsContext.Provider value={bodyComments}>
      <FindMarksContext.Provider value={findMarks}>
      <div className="workspace">
        <div className="desk" data-testid="desk">
          <FindPanel model={find} />
          <ZoomFrame setting={zoom.setting} onShown={zoom.setShown} onWheel={zoom.step}>
          <PageView
            doc={viewDoc}
            initialBody={state.initialBody}
            loadId={state.loadId}
            edit={edit}
            editorRef={editorRef}
            onBodyChange={onBodyChange}
            onError={onError}
            onPageCount={setPages}
            onEditorSelection={refreshTools}
            onEditAuthority={onEditAuthority}
            findingsByBlock={marks.blocks}
          />
          </ZoomFrame>
        </div>
        {checkOpen && <CheckPanel findings={findings} onSelect={(finding, place) => goToFinding(place ? { ...finding, location: place } : finding, editorRef.current)} onFix={applyFix} onClose={() => setCheckOpen(false)} locked={locked} />}
        {importPanel}
        {reviewPanel}
        <div className="side-area">
          <div className="side-tabs" role="tablist">
            <button type="button" role="tab" className="side-tab" data-testid="side-tab-properties" aria-selected={!comments.open} title={t('comments:propertiesTitle')} onClick={() => setCommentsOpen(false)}>
              {t('comments:properties')}
            </button>
            <button type="button" role="tab" className="side-tab" data-testid="comments-toggle" aria-selected={comments.open} title={t('comments:toggleTitle')} onClick={() => setCommentsOpen(!comments.open)}>
              {t('comments:toggle')}
              <span className="comments-count" data-testid="comments-toggle-count">{commentCount}</span>
            </button>
          </div>
          {comments.pane ? <CommentsPane model={comments.pane} /> : <SidePanel doc={viewDoc} fields={fields} />}
        </div>
      </div>
      </FindMarksContext.Provider>
      </BodyCommentsContext.Provider>
      </ReadOnlyContext.Provider>
      </FieldFindingsContext.Provider>
      <StatusBar pages={pages} words={words} saved={savedState(state)} when={state.lastSaved ?? state.lastAutosaved} path={state.path}
        right={statusRight}
      />
      {preview.open && <PrintPreview onClose={preview.close} onPrint={() => fromPreview('print')} onExportPdf={() => fromPreview('exportPdf')} />}
    </div>
  );
}

/** Toolbar actions that change the content: none of them on a locked (approved or issued) document. */
const EDITING_ACTIONS: ReadonlySet<ToolbarAction> = new Set<ToolbarAction>(['undo', 'redo', 'bold', 'italic', 'underline', 'indent', 'outdent', 'insert-table', 'amount-words', 'section-up', 'section-down', 'insert-appendix']);

/** Whether the clause at the cursor is titled: the editor reports the kind only. */
function findActiveTitled(flat: readonly FlatBlock[], kind: string): boolean | undefined {
  if (kind !== 'clause') return undefined;
  const selection = window.getSelection();
  const element = selection?.anchorNode instanceof Element ? selection.anchorNode : selection?.anchorNode?.parentElement;
  const block = element?.closest('[data-block-id], [data-id]');
  const id = block?.getAttribute('data-block-id') ?? block?.getAttribute('data-id');
  const found = flat.find((candidate) => candidate.id === id);
  return found && found.kind === 'clause' ? found.titled !== false : undefined;
}
