/**
 * Autosave: about 3 s after the last change, and when the window loses focus, the unsaved
 * state goes to the host's recovery folder (never over the user's file).
 */
import { useCallback, useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import type { HostApi } from '../../core/host/contract';
import { currentDocument, isDirty, needsAutosave, type DocumentAction, type DocumentState } from './document-state';

export const AUTOSAVE_IDLE_MS = 3000;

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

  const flush = useCallback(async () => {
    const current = stateRef.current;
    if (inFlight.current || !needsAutosave(current)) return;
    const document = currentDocument(current);
    if (!document) return;
    const revision = current.revision;
    const id = sessionId.current;
    inFlight.current = true;
    try {
      const { savedAt } = await host.autosave({ sessionId: id, originalPath: current.path, document });
      dispatch({ type: 'autosaved', savedAt, revision });
      lastErrorCode.current = null;
      // Saved to the file while this autosave was on its way: the recovery copy is not needed.
      if (!isDirty(stateRef.current)) await host.discardRecovery({ id }).catch(() => undefined);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'unknown';
      // Tell the clerk once per kind of failure, not every three seconds.
      if (lastErrorCode.current !== code) onErrorRef.current(error);
      lastErrorCode.current = code;
    } finally {
      inFlight.current = false;
    }
  }, [dispatch, host, sessionId, stateRef]);

  useEffect(() => {
    if (!needsAutosave(state)) return;
    const timer = window.setTimeout(() => void flush(), AUTOSAVE_IDLE_MS);
    return () => window.clearTimeout(timer);
  }, [state, flush]);

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
