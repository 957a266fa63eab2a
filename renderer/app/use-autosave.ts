/**
 * Autosave: the unsaved state goes to the host's recovery folder (never over the user's file)
 * shortly after typing pauses, at most 2 s after the first unsaved change however the user keeps
 * typing (autosave-timing.ts), and when the window loses focus. The timer is set once per batch
 * of changes, not restarted by every render; the write itself runs in the host, off this thread.
 */
import { useCallback, useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import type { HostApi } from '../../core/host/contract';
import { currentDocument, isDirty, needsAutosave, type DocumentAction, type DocumentState } from './document-state';
import { autosaveDelay, type PendingChanges } from './autosave-timing';

export { AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_WAIT_MS } from './autosave-timing';

interface Options {
  host: HostApi;
  state: DocumentState;
  stateRef: MutableRefObject<DocumentState>;
  dispatch: Dispatch<DocumentAction>;
  sessionId: MutableRefObject<string>;
  onError(error: unknown): void;
}

export function useAutosave({ host, state, stateRef, dispatch, sessionId, onError }: Options) {
  const inFlight = useRef(false);
  const lastErrorCode = useRef<string | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const pending = useRef<PendingChanges | null>(null);
  const timer = useRef<number | null>(null);
  const seenRevision = useRef<number | null>(null);

  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void flushRef.current();
    }, autosaveDelay(pending.current, Date.now()));
  }, []);

  const flush = useCallback(async () => {
    const current = stateRef.current;
    if (inFlight.current || !needsAutosave(current)) return;
    const document = currentDocument(current);
    if (!document) return;
    const revision = current.revision;
    const id = sessionId.current;
    inFlight.current = true;
    // Changes from here on are a new batch with their own maximum wait.
    pending.current = null;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    try {
      const { savedAt } = await host.autosave({ sessionId: id, originalPath: current.path, document, stamp: current.stamp });
      dispatch({ type: 'autosaved', savedAt, revision });
      lastErrorCode.current = null;
      // Saved to the file while this autosave was on its way: the recovery copy is not needed.
      if (!isDirty(stateRef.current)) await host.discardRecovery({ id }).catch(() => undefined);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'unknown';
      // Tell the clerk once per kind of failure, not every few seconds.
      if (lastErrorCode.current !== code) onErrorRef.current(error);
      lastErrorCode.current = code;
    } finally {
      inFlight.current = false;
      // Changes made during the write: their batch started while it was in flight.
      if (needsAutosave(stateRef.current) && stateRef.current.revision !== revision) {
        const now = Date.now();
        pending.current ??= { firstAt: now, lastAt: now };
        schedule();
      }
    }
  }, [dispatch, host, schedule, sessionId, stateRef]);
  flushRef.current = flush;

  // Every new revision needing autosave: the batch's first change sets the maximum wait.
  useEffect(() => {
    if (!needsAutosave(state)) {
      seenRevision.current = state.revision;
      pending.current = null;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      return;
    }
    if (seenRevision.current === state.revision) return;
    seenRevision.current = state.revision;
    const now = Date.now();
    pending.current = pending.current ? { ...pending.current, lastAt: now } : { firstAt: now, lastAt: now };
    if (!inFlight.current) schedule();
  }, [state, schedule]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  useEffect(() => {
    const onBlur = () => void flush();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush]);

  return flush;
}
