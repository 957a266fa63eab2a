/**
 * The app shell: connects to the host, applies the UI language, shows the start screen or the
 * editor, runs file commands from the toolbar, keyboard (browser mode) and native menus
 * (Electron), imports from Word, shows the format check, autosaves, and offers recovery of
 * unsaved work on start. It knows who uses the app (the user profile, asked at first start) and
 * hosts the review workflow: the review strip, versions, compare view, issuing.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileEntrySchema, settingsSchema, templateSummarySchema } from '../../core/host/contract';
import type { AgencyProfile } from '../../core/model/schema';
import type { DocumentReview, ReviewActor, VanBanDocument } from '../../core/model/types';
import type { BodyEditorHandle } from '../editor';
import { getHost, onHostEvent } from '../host/host';
import type { Language } from '../i18n/i18n';
import { StartScreen } from '../start/StartScreen';
import { useFieldFixHistory } from '../check/use-field-fix-history';
import { addCommentFromSelection, openCommentsPane } from '../comments';
import { ChooseVersionDialog } from '../review/ChooseVersionDialog';
import { ImportCommentsDialog } from '../review/ImportCommentsDialog';
import { ReviewBar } from '../review/ReviewBar';
import { useReviewLayer } from '../review/ReviewLayer';
import { UserChip } from '../review/UserChip';
import { UserContext } from '../review/user-context';
import { UserProfileDialog } from '../review/UserProfileDialog';
import { VersionsPanel } from '../review/VersionsPanel';
import { SpellingContext } from '../spell/spelling-source';
import { useSpellingSource } from '../spell/use-spelling-source';
import { fileShortcut, type AppCommand } from './commands';
import { documentReducer, initialDocumentState, isDirty } from './document-state';
import { EditorScreen } from './EditorScreen';
import { codeMessage } from './error-message';
import { LanguageSelect } from './LanguageSelect';
import { newSessionId } from './session';
import { Toasts } from './Toasts';
import type { ToolbarAction } from './Toolbar';
import { useAutosave } from './use-autosave';
import { documentTitle, useDocumentController, type HostInfo } from './use-document-controller';
import { usePrompt } from './use-prompt';
import { useProgress } from './use-progress';
import { useToasts } from './use-toasts';
import { ConfirmDiscardDialog, type DiscardChoice } from './dialogs/ConfirmDiscardDialog';
import { ConflictDialog, type ConflictChoice } from './dialogs/ConflictDialog';
import type { FileEntry } from './dialogs/FileListDialog';
import { OpenDialog } from './dialogs/OpenDialog';
import { ProgressOverlay } from './dialogs/ProgressOverlay';
import { RecoveryDialog, type RecoveryEntry } from './dialogs/RecoveryDialog';
import { SaveNameDialog, type SaveNameRequest } from './dialogs/SaveNameDialog';
import { ImportPanel, type ImportReport } from '../import/ImportPanel';
import { requestFind } from '../find/find-request';

type Settings = z.infer<typeof settingsSchema>;
type TemplateSummary = z.infer<typeof templateSummarySchema>;

export function App() {
  const { t, i18n } = useTranslation();
  const host = useMemo(() => getHost(), []);
  const [info, setInfo] = useState<HostInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [recent, setRecent] = useState<z.infer<typeof fileEntrySchema>[]>([]);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const [state, dispatch] = useReducer(documentReducer, initialDocumentState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const editorRef = useRef<BodyEditorHandle | null>(null);
  const sessionId = useRef(newSessionId());
  const languageChosen = useRef(false);
  const toasts = useToasts();
  const progress = useProgress();
  const saveName = usePrompt<SaveNameRequest, string | null>();
  const confirmDiscard = usePrompt<{ title: string }, DiscardChoice>();
  const conflict = usePrompt<{ name: string }, ConflictChoice>();
  const openList = usePrompt<{ files: FileEntry[] }, string | null>();
  const importList = usePrompt<{ files: FileEntry[] }, string | null>();
  const [checkOpen, setCheckOpen] = useState(false);
  const [importReport, setImportReport] = useState<ImportReport | null>(null);
  // The import panel belongs to the document the import loaded: another document closes it.
  const importLoad = useRef<number | null>(null);
  useEffect(() => {
    if (!importReport) return;
    if (importLoad.current === null) importLoad.current = state.loadId;
    else if (importLoad.current !== state.loadId) {
      importLoad.current = null;
      setImportReport(null);
    }
  }, [importReport, state.loadId]);
  const fixHistory = useFieldFixHistory(stateRef, dispatch);
  const versionChoice = usePrompt<{ review: DocumentReview }, string | null>();
  const commentFiles = usePrompt<{ files: FileEntry[] }, string | null>();
  const user = settings?.user ?? null;
  const [profileAsked, setProfileAsked] = useState(false);

  const refreshRecent = useCallback(() => {
    host.recentFiles({}).then(setRecent, () => undefined);
  }, [host]);

  // The controller is made before the review layer; a file changed on disk is compared through this.
  const compareWithFile = useRef<(onDisk: VanBanDocument, name: string) => void>(() => undefined);
  const controller = useDocumentController({
    host,
    info,
    stateRef,
    dispatch,
    editorRef,
    sessionId,
    toasts,
    progress: progress.run,
    saveName,
    confirmDiscard,
    openList,
    importList,
    onRecentChanged: refreshRecent,
    // An imported document is shown with its format check.
    onImported: (report) => {
      setCheckOpen(true);
      importLoad.current = null;
      setImportReport(report.notes.length > 0 ? report : null);
    },
    user,
    versionChoice,
    commentFiles,
    onNeedUser: () => setProfileAsked(true),
    // Imported Word comments are shown in the comments pane.
    onCommentsImported: () => void openCommentsPane(),
    conflict,
    onCompareWithFile: (onDisk, name) => compareWithFile.current(onDisk, name),
  });
  const review = useReviewLayer({
    stateRef,
    flows: controller,
    user,
    registerNext: async (agencyCode, year) => (await host.registerNext({ agencyCode, year })).number,
    openCheck: () => setCheckOpen(true),
  });
  const reviewActions = review.actions;
  compareWithFile.current = reviewActions.compareWithFile;
  const { fail } = controller;
  const failRef = useRef(fail);
  failRef.current = fail;

  // Start: host info, settings (language, profile), templates, recent files, then recovery.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const [hostInfo, hostSettings, list] = await Promise.all([host.info({}), host.getSettings({}), host.listTemplates({})]);
        if (cancelled) return;
        setInfo(hostInfo);
        setSettings(hostSettings);
        setTemplates(list);
        // The remembered language, unless the clerk already picked one while this was loading.
        if (!languageChosen.current && hostSettings.language !== i18n.language) await i18n.changeLanguage(hostSettings.language);
        refreshRecent();
        const entries = await host.listRecovery({});
        if (!cancelled) setRecovery(entries);
      } catch (error) {
        if (!cancelled) failRef.current(error);
      }
    })();
    return () => {
      cancelled = true;
    };
    // Once per window: later language changes must not re-read the settings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changeLanguage = useCallback(
    async (language: Language) => {
      languageChosen.current = true;
      await i18n.changeLanguage(language);
      try {
        setSettings(await host.updateSettings({ language }));
      } catch (error) {
        fail(error);
      }
    },
    [host, i18n, fail],
  );

  const saveProfile = useCallback(
    async (profile: AgencyProfile) => {
      try {
        setSettings(await host.updateSettings({ profile }));
        toasts.show('info', t('toast.profileSaved'));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [host, fail, toasts, t],
  );

  // Spell check: on/off and the user's dictionary in the settings; the profile's and the document's names are never flagged.
  const saveSpelling = useCallback(
    async (spelling: NonNullable<Settings['spelling']>) => {
      try {
        setSettings(await host.updateSettings({ spelling }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [host, fail],
  );
  const spelling = useSpellingSource({ settings, header: state.document?.header ?? null, signature: state.document?.signature ?? null, save: saveSpelling });

  const saveUser = useCallback(
    async (actor: ReviewActor) => {
      try {
        setSettings(await host.updateSettings({ user: actor }));
        setProfileAsked(false);
        toasts.show('info', t('review:profile.saved', { name: actor.name, role: t(`review:role.${actor.role}`) }));
      } catch (error) {
        fail(error);
      }
    },
    [host, fail, toasts, t],
  );

  const runCommand = useCallback(
    (command: AppCommand | ToolbarAction) => {
      const editor = editorRef.current;
      const hasDocument = stateRef.current.document !== null;
      switch (command) {
        case 'new':
          return void controller.newDocument();
        case 'open':
          return void controller.open();
        case 'import':
          return void controller.importFile();
        case 'save':
          return void (hasDocument && controller.save());
        case 'saveAs':
          return void (hasDocument && controller.saveAs());
        case 'exportDocx':
          return void (hasDocument && controller.exportDocx());
        case 'exportPdf':
          return void (hasDocument && controller.exportPdf());
        case 'print':
          return void (hasDocument && controller.print());
        case 'undo':
          // The latest quick fix outside the body first, when nothing was edited since.
          return void (fixHistory.undo() || editor?.undo());
        case 'redo':
          return void (fixHistory.redo() || editor?.redo());
        case 'bold':
        case 'italic':
        case 'underline':
          return editor?.toggleMark(command);
        case 'find':
        case 'replace':
          return void (hasDocument && requestFind(command));
        case 'language-vi':
        case 'language-en':
          return void changeLanguage(command === 'language-vi' ? 'vi' : 'en');
        case 'userProfile':
          return setProfileAsked(true);
        case 'importComments':
          return void (hasDocument && controller.importComments());
        case 'exportDocxComments':
          return void (hasDocument && controller.exportDocxComments());
        case 'exportDocxChanges':
          return void (hasDocument && controller.exportDocxChanges());
        case 'saveVersion':
          return void (hasDocument && reviewActions.askVersion());
        case 'compareVersions':
          return void (hasDocument && reviewActions.openCompare());
        case 'addComment':
          // A comment on the selected passage: the comments pane (renderer/comments) opens its comment box.
          return void (hasDocument && addCommentFromSelection());
        default:
          return undefined;
      }
    },
    [controller, changeLanguage, fixHistory, reviewActions],
  );

  // Ctrl+Z / Ctrl+Y right after a quick fix outside the body undo or redo that fix, wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const redo = key === 'y' || (key === 'z' && event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!(undo ? fixHistory.canUndo() : redo && fixHistory.canRedo())) return;
      event.preventDefault();
      event.stopPropagation();
      if (undo) fixHistory.undo();
      else fixHistory.redo();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [fixHistory]);

  // Browser mode: file shortcuts in the page (Electron's menus send the same as commands).
  useEffect(() => {
    if (info?.mode !== 'browser') return;
    const onKey = (event: KeyboardEvent) => {
      const command = fileShortcut(event);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [info, runCommand]);

  useEffect(() => {
    const offCommand = onHostEvent('command', ({ command }) => runCommand(command));
    const offOpen = onHostEvent('openFile', ({ path }) => void controller.openPath(path));
    return () => {
      offCommand();
      offOpen();
    };
  }, [runCommand, controller]);

  useAutosave({ host, state, stateRef, dispatch, sessionId, onError: fail });

  // The host knows about unsaved changes (Electron asks before closing); the tab title shows them.
  const dirty = isDirty(state);
  const title = documentTitle(state);
  useEffect(() => {
    document.title = title ? `${dirty ? '• ' : ''}${title} — VanBan Studio` : 'VanBan Studio';
    if (!info) return;
    host.setDirty({ dirty, title: title.slice(0, 500) }).catch(() => undefined);
  }, [dirty, title, host, info]);

  // Browser mode: the browser asks before leaving a page with unsaved changes.
  useEffect(() => {
    if (info?.mode !== 'browser' || !dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [info, dirty]);

  // The same element while the language handler stays: the memoised toolbar is not re-rendered by typing.
  const languageSelect = useMemo(() => <LanguageSelect onChange={(language) => void changeLanguage(language)} />, [changeLanguage]);
  const askProfile = useCallback(() => setProfileAsked(true), []);
  // The user chip: in the review strip while editing, beside the language on the start screen.
  const userChip = useMemo(() => <UserChip user={user} onClick={askProfile} />, [user, askProfile]);
  const onCompareVersions = useCallback((before: string, after: string) => reviewActions.openCompare([before, after]), [reviewActions]);
  const onCompareDefault = useCallback(() => reviewActions.openCompare(), [reviewActions]);
  const onAddComment = useCallback(() => void addCommentFromSelection(), []);

  return (
    <UserContext.Provider value={user}>
    <SpellingContext.Provider value={spelling}>
    <div className="app" data-mode={info?.mode ?? 'loading'}>
      {state.document ? (
        <EditorScreen
          state={state}
          dispatch={dispatch}
          editorRef={editorRef}
          runCommand={runCommand}
          onEditorError={(code, params) => toasts.show('error', codeMessage(t, code, params))}
          toolbarRight={languageSelect}
          fixHistory={fixHistory}
          checkOpen={checkOpen}
          setCheckOpen={setCheckOpen}
          importPanel={importReport && <ImportPanel report={importReport} onClose={() => setImportReport(null)} />}
          onInfo={(message) => toasts.show('info', message)}
          onOpenProfile={askProfile}
          zoom={settings?.zoom}
          reviewBar={
            <ReviewBar
              review={state.document.review}
              versionsOpen={review.versionsOpen}
              onMove={reviewActions.openMove}
              onHistory={reviewActions.openHistory}
              onVersions={reviewActions.toggleVersions}
              onCompare={onCompareDefault}
              onAddComment={onAddComment}
              userChip={userChip}
            />
          }
          reviewPanel={
            review.versionsOpen && (
              <VersionsPanel key={state.loadId} review={state.document.review} onSaveVersion={reviewActions.askVersion} onCompare={onCompareVersions} onClose={reviewActions.closeVersions} />
            )
          }
        />
      ) : (
        <>
          <header className="app-bar">
            <span className="brand">
              <span className="brand-mark" aria-hidden="true">
                VB
              </span>
              VanBan Studio
            </span>
            <span className="app-bar-spacer" />
            {userChip}
            {languageSelect}
          </header>
          <StartScreen
            templates={templates}
            recent={recent}
            profile={settings?.profile ?? null}
            onCreate={(templateId, useProfile) => void controller.createFromTemplate(templateId, useProfile)}
            onOpen={() => void controller.open()}
            onImport={() => void controller.importFile()}
            onOpenRecent={(path) => void controller.openPath(path)}
            onSaveProfile={saveProfile}
            host={host}
          />
        </>
      )}
      {recovery.length > 0 && (
        <RecoveryDialog
          entries={recovery}
          onRecover={async (entry) => {
            if ((await controller.recover(entry)) === true) setRecovery([]);
          }}
          onDiscard={(entry) => {
            host.discardRecovery({ id: entry.id }).then(
              () => setRecovery((list) => list.filter((other) => other.id !== entry.id)),
              fail,
            );
          }}
          onClose={() => setRecovery([])}
        />
      )}
      {/* Review dialogs first: a file name asked while one of them is open shows above it. */}
      {review.dialogs}
      {versionChoice.request && <ChooseVersionDialog review={versionChoice.request.review} onAnswer={versionChoice.answer} />}
      {commentFiles.request && <ImportCommentsDialog files={commentFiles.request.files} documentsDir={info?.documentsDir ?? ''} onAnswer={commentFiles.answer} />}
      {/* At first start (no user yet) the profile must be given; later it opens from the user chip or the menu. */}
      {settings && (user === null || profileAsked) && (
        <UserProfileDialog initial={user} required={user === null} onSave={(actor) => void saveUser(actor)} onCancel={() => setProfileAsked(false)} />
      )}
      {saveName.request && <SaveNameDialog request={saveName.request} onAnswer={saveName.answer} />}
      {confirmDiscard.request && <ConfirmDiscardDialog title={confirmDiscard.request.title} onAnswer={confirmDiscard.answer} />}
      {conflict.request && <ConflictDialog name={conflict.request.name} onAnswer={conflict.answer} />}
      {openList.request && <OpenDialog files={openList.request.files} documentsDir={info?.documentsDir ?? ''} onAnswer={openList.answer} />}
      {importList.request && <OpenDialog purpose="import" files={importList.request.files} documentsDir={info?.documentsDir ?? ''} onAnswer={importList.answer} />}
      {progress.label && <ProgressOverlay label={progress.label} />}
      <Toasts toasts={toasts.toasts} dismiss={toasts.dismiss} />
    </div>
    </SpellingContext.Provider>
    </UserContext.Provider>
  );
}
