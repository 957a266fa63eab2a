/**
 * The review workflow's state in the app: which step is being confirmed, the issue dialog, the
 * processing history, the versions panel, the version-label prompt and the compare view; and the
 * dialogs themselves. Duyệt and Phát hành… first check the document: open format errors are
 * shown (template text first) and the user chooses to go on or back; issuing is refused while
 * template text remains. The flows that write files (a step, issuing, a version) are the
 * document controller's; this layer asks and shows.
 */
import { useCallback, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentContent, DocumentReview, DocumentVersion, ReviewActor, VanBanDocument } from '../../core/model/types';
import type { ReviewMove } from '../../core/review/steps';
import { lastReviewedVersion, type IssueDetails } from '../../core/review/workflow';
import { checkDocument } from '../../core/check/check-document';
import { blocksIssue, openErrors } from '../../core/check/summary';
import type { Finding } from '../../core/check/types';
import { currentDocument, type DocumentState } from '../app/document-state';
import type { IssuePaths, ReviewOutcome } from '../app/use-document-controller';
import { CheckGateDialog, type GatedMove } from './CheckGateDialog';
import { CompareView } from './CompareView';
import { HistoryDialog } from './HistoryDialog';
import { IssueDialog } from './IssueDialog';
import { MoveDialog, type NoteMove } from './MoveDialog';
import { VersionLabelDialog } from './VersionLabelDialog';
import { CURRENT, defaultCompareSides, type CompareSide } from './compare-sides';
import './review.css';

interface Flows {
  recordMove(move: NoteMove, note: string): Promise<ReviewOutcome | undefined>;
  issue(details: IssueDetails, note: string, paths: { current: IssuePaths | null }): Promise<ReviewOutcome | undefined>;
  addVersion(label: string): Promise<boolean | undefined>;
}

interface Deps {
  stateRef: MutableRefObject<DocumentState>;
  flows: Flows;
  user: ReviewActor | null;
  /** The register's next free number (host registerNext). */
  registerNext(agencyCode: string, year: number): Promise<number>;
  /** Shows the format check panel (going back from the check before approving or issuing). */
  openCheck(): void;
}

interface Gate {
  move: GatedMove;
  errors: Finding[];
  refused: boolean;
}

interface CompareRequest {
  initial: [CompareSide, CompareSide];
  current: DocumentContent;
  lastReviewed: DocumentVersion | null;
  /** The versions offered: the document's, or those plus the file on disk (a save conflict). */
  review?: DocumentReview;
}

/** The side id of the file on disk when a save found it changed. */
export const ON_DISK = 'on-disk';

export function useReviewLayer({ stateRef, flows, user, registerNext, openCheck }: Deps) {
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [move, setMove] = useState<NoteMove | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [moveBusy, setMoveBusy] = useState(false);
  const [issueOpen, setIssueOpen] = useState(false);
  const issuePaths = useRef<IssuePaths | null>(null);
  const [labelAsked, setLabelAsked] = useState(false);
  const [compare, setCompare] = useState<CompareRequest | null>(null);
  const { t } = useTranslation();
  const [gate, setGateState] = useState<Gate | null>(null);
  const gateRef = useRef<Gate | null>(null);
  const setGate = useCallback((next: Gate | null) => {
    gateRef.current = next;
    setGateState(next);
  }, []);
  const live = useRef({ flows, user, registerNext, openCheck, t });
  live.current = { flows, user, registerNext, openCheck, t };

  const actions = useMemo(() => {
    const go = (next: ReviewMove) => {
      if (next === 'issue') {
        issuePaths.current = null;
        setIssueOpen(true);
        return;
      }
      setMoveError(null);
      setMove(next);
    };
    return {
      /** Opens the step's dialog; approving and issuing first show the open format errors, if any. */
      async openMove(next: ReviewMove) {
        const doc = currentDocument(stateRef.current);
        if ((next !== 'approve' && next !== 'issue') || !doc) return go(next);
        const findings = await checkDocument(doc);
        const errors = openErrors(findings);
        if (errors.length === 0) return go(next);
        setGate({ move: next, errors, refused: next === 'issue' && blocksIssue(findings) });
      },
      continueGate() {
        const current = gateRef.current;
        setGate(null);
        if (current && !current.refused) go(current.move);
      },
      backFromGate() {
        setGate(null);
        live.current.openCheck();
      },
      openHistory: () => setHistoryOpen(true),
      toggleVersions: () => setVersionsOpen((open) => !open),
      closeVersions: () => setVersionsOpen(false),
      askVersion: () => setLabelAsked(true),
      /** The compare view over the document as it is now; without sides, the default ones. */
      openCompare(sides?: [CompareSide, CompareSide]) {
        const doc = currentDocument(stateRef.current);
        if (!doc) return;
        const { review: _review, ...current } = doc;
        const { user: actor } = live.current;
        setCompare({
          initial: sides ?? defaultCompareSides(doc, actor),
          current,
          lastReviewed: actor ? lastReviewedVersion(doc, actor.name) : null,
        });
      },
      /** The file on disk (changed elsewhere since it was opened or saved) against the document as it is now. */
      compareWithFile(onDisk: VanBanDocument, name: string) {
        const doc = currentDocument(stateRef.current);
        if (!doc) return;
        const { review, ...current } = doc;
        const { review: _diskReview, ...diskContent } = onDisk;
        const diskVersion: DocumentVersion = {
          id: ON_DISK,
          label: live.current.t('conflict.diskVersion', { name }),
          createdAt: new Date().toISOString(),
          author: { name: '', initials: '' },
          hash: '0'.repeat(64),
          document: diskContent,
        };
        setCompare({ initial: [ON_DISK, CURRENT], current, lastReviewed: null, review: { ...review, versions: [...review.versions, diskVersion] } });
      },
    };
  }, [stateRef, setGate]);

  const confirmMove = useCallback(
    async (note: string) => {
      if (!move) return;
      setMoveBusy(true);
      setMoveError(null);
      try {
        const outcome = await live.current.flows.recordMove(move, note);
        if (outcome?.status === 'refused') setMoveError(outcome.message);
        else if (outcome?.status === 'done') setMove(null);
      } finally {
        setMoveBusy(false);
      }
    },
    [move],
  );

  const submitIssue = useCallback(async (details: IssueDetails, note: string): Promise<string | null> => {
    const outcome = await live.current.flows.issue(details, note, issuePaths);
    if (outcome?.status === 'refused') return outcome.message;
    if (outcome?.status === 'done') setIssueOpen(false);
    return null;
  }, []);

  const suggest = useCallback(
    (year: number) => live.current.registerNext(stateRef.current.document?.header.agencyCode ?? '', year),
    [stateRef],
  );

  const dialogs = (
    <>
      {gate && <CheckGateDialog move={gate.move} errors={gate.errors} refused={gate.refused} onContinue={actions.continueGate} onBack={actions.backFromGate} />}
      {move && <MoveDialog key={move} move={move} error={moveError} busy={moveBusy} onConfirm={(note) => void confirmMove(note)} onCancel={() => setMove(null)} />}
      {issueOpen && stateRef.current.document && <IssueDialog doc={stateRef.current.document} suggest={suggest} onIssue={submitIssue} onCancel={() => setIssueOpen(false)} />}
      {historyOpen && stateRef.current.document && <HistoryDialog log={stateRef.current.document.review.log} onClose={() => setHistoryOpen(false)} />}
      {labelAsked && (
        <VersionLabelDialog
          onAnswer={(label) => {
            setLabelAsked(false);
            if (label) void live.current.flows.addVersion(label);
          }}
        />
      )}
      {compare && stateRef.current.document && (
        <CompareView review={compare.review ?? stateRef.current.document.review} current={compare.current} initial={compare.initial} lastReviewed={compare.lastReviewed} onClose={() => setCompare(null)} />
      )}
    </>
  );

  return { versionsOpen, actions, dialogs };
}
