/**
 * The file flows of the app: new, open, import from Word, save, save as, export DOCX/PDF,
 * print, recovery; and the review flows that write files: a step (recorded by saving), issuing
 * (register number, .vanban and final DOCX), versions, DOCX copies with comments or changes,
 * importing a leader's Word comments. Paths come from native dialogs in Electron and from in-app
 * dialogs in browser mode. Opening a .docx or .txt imports it.
 */
import { checkDocument } from '../../core/check/check-document';
import { blocksIssue } from '../../core/check/summary';
import { useCallback, useMemo, useRef, type Dispatch, type MutableRefObject, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HostCallError, type commentImportReportSchema, type HostApi, type hostInfoSchema, type importReportSchema } from '../../core/host/contract';
import type { DocumentReview, ReviewActor, VanBanDocument } from '../../core/model/types';
import type { ReviewMove } from '../../core/review/steps';
import { moveDocument, saveVersion, type IssueDetails } from '../../core/review/workflow';
import { documentIdentity } from '../../core/review/register';
import { reviewErrorMessage } from '../review/review-errors';
import type { BodyEditorHandle } from '../editor';
import { currentDocument, isDirty, type DocumentAction, type DocumentState } from './document-state';
import { baseName, suggestFileName, type FileExtension } from './file-name';
import { errorMessage } from './error-message';
import type { Prompt } from './use-prompt';
import type { Toasts } from './use-toasts';
import type { SaveNameRequest } from './dialogs/SaveNameDialog';
import type { DiscardChoice } from './dialogs/ConfirmDiscardDialog';
import type { ConflictChoice } from './dialogs/ConflictDialog';
import type { FileEntry } from './dialogs/FileListDialog';
import type { RecoveryEntry } from './dialogs/RecoveryDialog';

export type HostInfo = z.infer<typeof hostInfoSchema>;
type PathPurpose = 'save' | 'exportDocx' | 'exportPdf';

export interface ControllerDeps {
  host: HostApi;
  info: HostInfo | null;
  stateRef: MutableRefObject<DocumentState>;
  dispatch: Dispatch<DocumentAction>;
  editorRef: RefObject<BodyEditorHandle | null>;
  sessionId: MutableRefObject<string>;
  toasts: Toasts;
  progress: <T>(label: string, task: () => Promise<T>) => Promise<T>;
  saveName: Prompt<SaveNameRequest, string | null>;
  confirmDiscard: Prompt<{ title: string }, DiscardChoice>;
  openList: Prompt<{ files: FileEntry[] }, string | null>;
  /** Browser mode's import list (the .docx and .txt files of the documents folder). */
  importList: Prompt<{ files: FileEntry[] }, string | null>;
  onRecentChanged(): void;
  /** A document was imported (the app shows the checker, and the import panel with the report's notes). */
  onImported?(report: ImportReport): void;
  /** Who is using the app: steps, versions and comments are recorded under this profile. */
  user: ReviewActor | null;
  /** "Xuất DOCX hiện thay đổi từ phiên bản…": the version chosen (null when cancelled). */
  versionChoice: Prompt<{ review: DocumentReview }, string | null>;
  /** Browser mode's list of .docx files for "Nhập góp ý từ Word…". */
  commentFiles: Prompt<{ files: FileEntry[] }, string | null>;
  /** Asks for the user profile (none yet when a review flow needs it). */
  onNeedUser?(): void;
  /** Comments were imported from Word (the app shows the comments pane). */
  onCommentsImported?(): void;
  /** The file changed on disk since it was opened or last saved: keep both, compare, overwrite or cancel. */
  conflict: Prompt<{ name: string }, ConflictChoice>;
  /** Shows the document on disk (`name`) against the open one. */
  onCompareWithFile?(onDisk: VanBanDocument, name: string): void;
}

/** How a review flow ended: done, cancelled by the user, or refused with a message to show. */
export type ReviewOutcome = { status: 'done' } | { status: 'cancelled' } | { status: 'refused'; message: string };

/** Where an issued document goes: kept while the issue dialog stays open, so a retry asks no paths again. */
export interface IssuePaths {
  path: string;
  docxPath: string;
}

type CommentImportReport = z.infer<typeof commentImportReportSchema>;

type ImportReport = z.infer<typeof importReportSchema>;

/** Files that are imported rather than opened. */
export function isImportable(path: string): boolean {
  return /\.(docx|txt)$/i.test(path);
}

const EXTENSIONS: Record<PathPurpose, FileExtension> = { save: '.vanban', exportDocx: '.docx', exportPdf: '.pdf' };

/** Added to the suggested name of the issued DOCX ("ke-hoach-phat-hanh.docx"). */
const ISSUED_SUFFIX = '-phat-hanh';

/** Names already in the documents folder that a save of this kind could replace (browser mode). */
async function existingNames(host: HostApi, extension: FileExtension): Promise<string[]> {
  try {
    if (extension === '.vanban') return (await host.listDocuments({})).map((file) => file.name);
    if (extension === '.docx') return (await host.listImportable({})).map((file) => file.name).filter((name) => /\.docx$/i.test(name));
  } catch {
    // The list could not be read: the dialog cannot warn, the save itself still works.
  }
  return [];
}

/** Whether importing Word comments changed anything: comments added, or a thread Word marked done resolved. */
function commentsChanged(before: VanBanDocument, after: VanBanDocument): boolean {
  if (before.comments.length !== after.comments.length) return true;
  const resolved = new Map(before.comments.map((comment) => [comment.id, comment.resolved]));
  return after.comments.some((comment) => resolved.get(comment.id) !== comment.resolved);
}

/** The stamp a save of `path` is checked against: the open file's, when saving over it. */
function stampFor(state: DocumentState, path: string): { stamp?: string } {
  return state.path === path && state.stamp ? { stamp: state.stamp } : {};
}

export function documentTitle(state: DocumentState): string {
  if (state.path) return baseName(state.path);
  return state.document?.summary.trim().slice(0, 200) ?? '';
}

export function useDocumentController(deps: ControllerDeps) {
  const { t } = useTranslation();
  const depsRef = useRef(deps);
  depsRef.current = deps;

  const fail = useCallback((error: unknown) => depsRef.current.toasts.show('error', errorMessage(t, error)), [t]);

  /** `suffix` marks a DOCX copy in the suggested name ("…-gop-y.docx"). */
  const askSavePath = useCallback(async (purpose: PathPurpose, doc: VanBanDocument, currentPath: string | null, suffix = ''): Promise<string | null> => {
    const { host, info, saveName } = depsRef.current;
    const extension = EXTENSIONS[purpose];
    const fromPath = currentPath ? baseName(currentPath).replace(/\.vanban$/i, '') + extension : null;
    const plain = fromPath ?? suggestFileName(doc, extension);
    const suggested = suffix ? plain.slice(0, plain.length - extension.length) + suffix + extension : plain;
    // The native dialog asks before replacing a file; browser mode's own dialog is told what is there.
    if (info?.nativeDialogs) return host.choosePath({ purpose, suggestedName: suggested });
    return saveName.ask({ purpose, extension, suggested, documentsDir: info?.documentsDir ?? '', existing: await existingNames(host, extension) });
  }, []);

  const discardRecovery = useCallback(() => {
    const { host, sessionId } = depsRef.current;
    host.discardRecovery({ id: sessionId.current }).catch(() => undefined);
  }, []);

  /** Writes the open document to `path` and records it as saved; throws the host's error ('file-changed' unless `overwrite`). */
  const saveTo = useCallback(
    async (path: string, overwrite = false): Promise<void> => {
      const { host, stateRef, dispatch, progress, onRecentChanged } = depsRef.current;
      const revision = stateRef.current.revision;
      const latest = currentDocument(stateRef.current);
      if (!latest) return;
      const stamp = overwrite ? {} : stampFor(stateRef.current, path);
      const result = await progress(t('progress.saving'), () => host.saveDocument({ path, document: latest, ...stamp }));
      dispatch({ type: 'saved', path: result.path, savedAt: result.savedAt, revision, stamp: result.stamp });
      discardRecovery();
      onRecentChanged();
    },
    [discardRecovery, t],
  );

  /** The file on disk against the open document, in the compare view. */
  const compareWithFile = useCallback(
    async (path: string) => {
      const { host, progress, onCompareWithFile } = depsRef.current;
      try {
        const result = await progress(t('progress.opening'), () => host.openDocument({ path }));
        onCompareWithFile?.(result.document, baseName(path));
      } catch (error) {
        fail(error);
      }
    },
    [fail, t],
  );

  /**
   * Writes the open document to `path` and records it as saved; true when written, else the error
   * is shown. A file changed elsewhere since it was opened or saved asks first: save under another
   * name (both kept), compare, overwrite, or cancel.
   */
  const writeTo = useCallback(
    async (path: string): Promise<boolean> => {
      const { stateRef, conflict } = depsRef.current;
      let target = path;
      let overwrite = false;
      for (;;) {
        if (!currentDocument(stateRef.current)) return false;
        try {
          await saveTo(target, overwrite);
          return true;
        } catch (error) {
          if (!(error instanceof HostCallError && error.code === 'file-changed')) {
            fail(error);
            return false;
          }
        }
        const choice = await conflict.ask({ name: baseName(target) });
        if (choice === 'cancel') return false;
        if (choice === 'compare') {
          await compareWithFile(target);
          return false;
        }
        if (choice === 'overwrite') {
          overwrite = true;
          continue;
        }
        const doc = currentDocument(stateRef.current);
        const next = doc ? await askSavePath('save', doc, target) : null;
        if (!next) return false;
        target = next;
        overwrite = false;
      }
    },
    [askSavePath, compareWithFile, fail, saveTo],
  );

  /** Saves to the document's file (asking for one when it has none); true when saved. */
  const save = useCallback(
    async (asNew = false): Promise<boolean> => {
      const { stateRef } = depsRef.current;
      const state = stateRef.current;
      const doc = currentDocument(state);
      if (!doc) return false;
      try {
        const path = !state.path || asNew ? await askSavePath('save', doc, state.path) : state.path;
        if (!path) return false;
        return await writeTo(path);
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [askSavePath, fail, writeTo],
  );

  /** Before replacing the open document: true when it is safe to go on. */
  const guardUnsaved = useCallback(async (): Promise<boolean> => {
    const { stateRef, confirmDiscard } = depsRef.current;
    if (!isDirty(stateRef.current)) return true;
    const choice = await confirmDiscard.ask({ title: documentTitle(stateRef.current) || t('app.untitled') });
    if (choice === 'cancel') return false;
    if (choice === 'save') return save();
    discardRecovery();
    return true;
  }, [discardRecovery, save, t]);

  const load = useCallback((document: VanBanDocument, path: string | null, dirty = false, stamp: string | null = null) => {
    depsRef.current.dispatch({ type: 'load', document, path, dirty, stamp });
  }, []);

  /** What the import recognised, for the toast after File → Import. */
  const importSummary = useCallback(
    (report: ImportReport) => {
      const legacy = report.legacyRuns.tcvn3 + report.legacyRuns.vni;
      const parts = [t('toast.imported', { name: report.name, count: report.recognised.length, kept: report.keptAsParagraphs })];
      if (legacy > 0) parts.push(t('toast.importedLegacy', { count: legacy }));
      return parts.join(' ');
    },
    [t],
  );

  /** Imports a .docx or .txt into a new, unsaved document; true when imported. */
  const importPath = useCallback(
    async (path: string, guarded = false): Promise<boolean> => {
      const { host, progress, dispatch, toasts } = depsRef.current;
      if (!guarded && !(await guardUnsaved())) return false;
      try {
        const result = await progress(t('progress.importing'), () => host.importDocument({ path }));
        dispatch({ type: 'load', document: result.document, path: null, imported: true });
        toasts.show('info', importSummary(result.report));
        depsRef.current.onImported?.(result.report);
        return true;
      } catch (error) {
        toasts.show('error', errorMessage(t, error, 'import'));
        return false;
      }
    },
    [guardUnsaved, importSummary, t],
  );

  const importFile = useCallback(async (): Promise<boolean> => {
    const { host, info, importList } = depsRef.current;
    if (!(await guardUnsaved())) return false;
    try {
      let path: string | null;
      if (info?.nativeDialogs) {
        path = await host.choosePath({ purpose: 'import' });
      } else {
        const files = await host.listImportable({});
        path = await importList.ask({ files });
      }
      return path ? await importPath(path, true) : false;
    } catch (error) {
      fail(error);
      return false;
    }
  }, [fail, guardUnsaved, importPath]);

  const openPath = useCallback(
    async (path: string, guarded = false) => {
      const { host, progress, onRecentChanged } = depsRef.current;
      if (isImportable(path)) return void (await importPath(path, guarded));
      if (!guarded && !(await guardUnsaved())) return;
      try {
        const result = await progress(t('progress.opening'), () => host.openDocument({ path }));
        load(result.document, result.path, false, result.stamp);
        onRecentChanged();
      } catch (error) {
        fail(error);
      }
    },
    [fail, guardUnsaved, importPath, load, t],
  );

  const open = useCallback(async () => {
    const { host, info, openList } = depsRef.current;
    if (!(await guardUnsaved())) return;
    try {
      let path: string | null;
      if (info?.nativeDialogs) {
        path = await host.choosePath({ purpose: 'open' });
      } else {
        const files = await host.listDocuments({});
        path = await openList.ask({ files });
      }
      if (path) await openPath(path, true);
    } catch (error) {
      fail(error);
    }
  }, [fail, guardUnsaved, openPath]);

  const newDocument = useCallback(async () => {
    if (!(await guardUnsaved())) return;
    depsRef.current.dispatch({ type: 'close' });
  }, [guardUnsaved]);

  const createFromTemplate = useCallback(
    async (templateId: string, useProfile: boolean) => {
      const { host, progress } = depsRef.current;
      try {
        const document = await progress(t('progress.creating'), () => host.createDocument({ templateId, useProfile }));
        load(document, null);
      } catch (error) {
        fail(error);
      }
    },
    [fail, load, t],
  );

  const exportDocx = useCallback(async () => {
    const { host, stateRef, progress, toasts } = depsRef.current;
    const doc = currentDocument(stateRef.current);
    if (!doc) return;
    try {
      const path = await askSavePath('exportDocx', doc, stateRef.current.path);
      if (!path) return;
      const result = await progress(t('progress.exportingDocx'), () => host.exportDocx({ path, document: doc }));
      toasts.show('info', t('toast.exportedDocx', { path: result.path }));
    } catch (error) {
      fail(error);
    }
  }, [askSavePath, fail, t]);

  const print = useCallback(() => {
    depsRef.current.editorRef.current?.focus();
    window.print();
  }, []);

  const exportPdf = useCallback(async () => {
    const { host, info, stateRef, progress, toasts } = depsRef.current;
    const doc = currentDocument(stateRef.current);
    if (!doc) return;
    if (info?.mode !== 'electron') {
      toasts.show('info', t('toast.pdfByPrint'));
      window.print();
      return;
    }
    try {
      const path = await askSavePath('exportPdf', doc, stateRef.current.path);
      if (!path) return;
      const result = await progress(t('progress.exportingPdf'), () => host.exportPdf({ path }));
      toasts.show('info', t('toast.exportedPdf', { path: result.path }));
    } catch (error) {
      fail(error);
    }
  }, [askSavePath, fail, t]);

  /** The profile review flows record; asks for one when there is none yet. */
  const needUser = useCallback((): ReviewActor | null => {
    const { user, onNeedUser, toasts } = depsRef.current;
    if (user) return user;
    toasts.show('error', t('review:errors.no-user'));
    onNeedUser?.();
    return null;
  }, [t]);

  /** Shows a document the review flows changed (step, version, imported comments) before anything else runs. */
  const showReviewed = useCallback((document: VanBanDocument) => {
    flushSync(() => depsRef.current.dispatch({ type: 'review', document }));
  }, []);

  /**
   * A step (trình duyệt, trả lại, duyệt) with its note, recorded by saving the file: a document
   * never saved asks for its name first, and cancelling that leaves everything as it was. A step
   * whose save fails is not recorded: the review goes back to what it was and the dialog shows why.
   */
  const recordMove = useCallback(
    async (move: Exclude<ReviewMove, 'issue'>, note: string): Promise<ReviewOutcome> => {
      const { stateRef, toasts } = depsRef.current;
      const user = needUser();
      const doc = currentDocument(stateRef.current);
      if (!user || !doc) return { status: 'cancelled' };
      try {
        const path = stateRef.current.path ?? (await askSavePath('save', doc, null));
        if (!path) return { status: 'cancelled' };
        const latest = currentDocument(stateRef.current) ?? doc;
        const result = await moveDocument(latest, move, user, new Date().toISOString(), note);
        if (!result.ok) return { status: 'refused', message: reviewErrorMessage(t, result.error) };
        showReviewed(result.document);
        try {
          await saveTo(path);
        } catch (error) {
          const current = currentDocument(stateRef.current);
          if (current) showReviewed({ ...current, review: latest.review });
          return { status: 'refused', message: t('review:moveNotSaved', { message: reviewErrorMessage(t, error) }) };
        }
        toasts.show('info', t(`review:moveDone.${move}`));
        return { status: 'done' };
      } catch (error) {
        return { status: 'refused', message: reviewErrorMessage(t, error) };
      }
    },
    [askSavePath, needUser, saveTo, showReviewed, t],
  );

  /**
   * Phát hành: the clerk's number and date. The host records the number in the register (refusing
   * one already used that year), saves the .vanban and writes the final DOCX, all or nothing; only
   * then does the open document become issued. `paths` keeps the chosen files between attempts,
   * except a DOCX that could not be written: the next attempt asks for its name again.
   */
  const issue = useCallback(
    async (details: IssueDetails, note: string, paths: { current: IssuePaths | null }): Promise<ReviewOutcome> => {
      const { host, stateRef, dispatch, progress, toasts, onRecentChanged } = depsRef.current;
      const user = needUser();
      const doc = currentDocument(stateRef.current);
      if (!user || !doc) return { status: 'cancelled' };
      try {
        // A number another document already took is refused before any file is chosen.
        const agencyCode = doc.header.agencyCode;
        const year = details.date.year;
        if (year !== null) {
          const check = await host.registerCheck({ agencyCode, year, number: details.number, documentId: documentIdentity(doc.review) });
          if (check.used) return { status: 'refused', message: t('review:errors.number-used', { number: details.number, year }) };
        }
        if (!paths.current) {
          const path = stateRef.current.path ?? (await askSavePath('save', doc, null));
          if (!path) return { status: 'cancelled' };
          // The issued copy gets a name of its own, so it never takes the place of a draft's export.
          const docxPath = await askSavePath('exportDocx', doc, path, ISSUED_SUFFIX);
          if (!docxPath) return { status: 'cancelled' };
          paths.current = { path, docxPath };
        }
        const { path, docxPath } = paths.current;
        const latest = currentDocument(stateRef.current) ?? doc;
        // Never issued with template text ("[…]") left in it, whichever way the step was reached.
        if (blocksIssue(await checkDocument(latest))) return { status: 'refused', message: t('review:gate.refused') };
        const moved = await moveDocument(latest, 'issue', user, new Date().toISOString(), note, details);
        if (!moved.ok) return { status: 'refused', message: reviewErrorMessage(t, moved.error) };
        const stamp = stampFor(stateRef.current, path);
        const result = await progress(t('review:progress.issuing'), () => host.issueDocument({ path, docxPath, document: moved.document, ...stamp }));
        showReviewed(moved.document);
        dispatch({ type: 'saved', path: result.path, savedAt: result.savedAt, revision: stateRef.current.revision, stamp: result.stamp });
        discardRecovery();
        onRecentChanged();
        toasts.show('info', t('review:moveDone.issue', { number: details.number, path: result.docxPath }));
        return { status: 'done' };
      } catch (error) {
        // 'number-used', 'docx-write-failed' among others: nothing was recorded or written, the
        // dialog shows why and stays open.
        if (error instanceof HostCallError && error.code === 'docx-write-failed') paths.current = null;
        return { status: 'refused', message: reviewErrorMessage(t, error) };
      }
    },
    [askSavePath, discardRecovery, needUser, showReviewed, t],
  );

  /** "Lưu phiên bản…": an on-demand snapshot with the user's label (kept when the document is saved). */
  const addVersion = useCallback(
    async (label: string): Promise<boolean> => {
      const { stateRef, toasts } = depsRef.current;
      const user = needUser();
      const doc = currentDocument(stateRef.current);
      if (!user || !doc) return false;
      try {
        showReviewed(await saveVersion(doc, label, user, new Date().toISOString()));
        toasts.show('info', t('review:versions.saved', { label }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail, needUser, showReviewed, t],
  );

  /** A DOCX copy with the comments as Word comments, or with the changes since a version as tracked changes. */
  const exportDocxCopy = useCallback(
    async (copy: 'comments' | 'changes', sinceVersionId?: string) => {
      const { host, stateRef, progress, toasts } = depsRef.current;
      const doc = currentDocument(stateRef.current);
      if (!doc) return;
      try {
        const path = await askSavePath('exportDocx', doc, stateRef.current.path, copy === 'comments' ? '-gop-y' : '-thay-doi');
        if (!path) return;
        const latest = currentDocument(stateRef.current) ?? doc;
        const result = await progress(t('review:progress.exporting'), () => host.exportDocx({ path, document: latest, copy, ...(sinceVersionId ? { sinceVersionId } : {}) }));
        toasts.show('info', t(copy === 'comments' ? 'review:export.doneComments' : 'review:export.doneChanges', { path: result.path }));
      } catch (error) {
        toasts.show('error', reviewErrorMessage(t, error));
      }
    },
    [askSavePath, t],
  );

  const exportDocxChanges = useCallback(async () => {
    const { stateRef, versionChoice } = depsRef.current;
    const doc = stateRef.current.document;
    if (!doc) return;
    const versionId = await versionChoice.ask({ review: doc.review });
    if (versionId) await exportDocxCopy('changes', versionId);
  }, [exportDocxCopy]);

  const importReport = useCallback(
    (name: string, report: CommentImportReport) => {
      const parts = [t('review:import.done', { name, added: report.added, found: report.found })];
      if (report.orphaned > 0) parts.push(t('review:import.orphaned', { orphaned: report.orphaned }));
      if (report.duplicates > 0) parts.push(t('review:import.duplicates', { duplicates: report.duplicates }));
      return parts.join(' ');
    },
    [t],
  );

  /** "Nhập góp ý từ Word…": a leader's comments in an exported copy, put back on the same passages. */
  const importComments = useCallback(async () => {
    const { host, info, stateRef, progress, toasts, commentFiles } = depsRef.current;
    if (!stateRef.current.document) return;
    try {
      let path: string | null;
      if (info?.nativeDialogs) {
        path = await host.choosePath({ purpose: 'importComments' });
      } else {
        path = await commentFiles.ask({ files: await host.listImportable({}) });
      }
      const doc = currentDocument(stateRef.current);
      if (!path || !doc) return;
      const chosen = path;
      const result = await progress(t('review:progress.importing'), () => host.importComments({ path: chosen, document: doc }));
      // A file whose comments are all in the document already leaves it unchanged (and saved).
      if (commentsChanged(doc, result.document)) showReviewed(result.document);
      toasts.show('info', importReport(baseName(chosen), result.report));
      depsRef.current.onCommentsImported?.();
    } catch (error) {
      toasts.show('error', errorMessage(t, error, 'import'));
    }
  }, [importReport, showReviewed, t]);

  /** Opens an autosaved document; this session then autosaves over that entry until it is saved. */
  const recover = useCallback(
    async (entry: RecoveryEntry) => {
      const { host, sessionId } = depsRef.current;
      if (!(await guardUnsaved())) return false;
      try {
        const result = await host.readRecovery({ id: entry.id });
        sessionId.current = entry.id;
        load(result.document, result.originalPath, true, result.stamp);
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [fail, guardUnsaved, load],
  );

  // One file flow at a time: a shortcut pressed while a dialog of another flow is open is ignored.
  const running = useRef(false);
  const exclusive = useCallback(
    <A extends unknown[], R>(flow: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R | undefined> => {
        if (running.current) return undefined;
        running.current = true;
        try {
          return await flow(...args);
        } finally {
          running.current = false;
        }
      },
    [],
  );

  return useMemo(
    () => ({
      save: exclusive(() => save()),
      saveAs: exclusive(() => save(true)),
      open: exclusive(open),
      openPath: exclusive((path: string) => openPath(path)),
      importFile: exclusive(importFile),
      newDocument: exclusive(newDocument),
      createFromTemplate: exclusive(createFromTemplate),
      exportDocx: exclusive(exportDocx),
      exportPdf: exclusive(exportPdf),
      recover: exclusive(recover),
      recordMove: exclusive(recordMove),
      issue: exclusive(issue),
      addVersion: exclusive(addVersion),
      exportDocxComments: exclusive(() => exportDocxCopy('comments')),
      exportDocxChanges: exclusive(exportDocxChanges),
      importComments: exclusive(importComments),
      print,
      fail,
    }),
    [exclusive, save, open, openPath, importFile, newDocument, createFromTemplate, exportDocx, exportPdf, print, recover, recordMove, issue, addVersion, exportDocxCopy, exportDocxChanges, importComments, fail],
  );
}

export type DocumentController = ReturnType<typeof useDocumentController>;
