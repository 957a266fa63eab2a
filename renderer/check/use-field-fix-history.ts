/**
 * Undo and redo for quick fixes outside the body (the body editor keeps its own history).
 * A fix can be undone while the document's fields are exactly as the fix left them and the body
 * holds what it held then: undo first walks back body edits made after the fix (the editor's
 * history), then the fix itself, then older body edits.
 */
import { useCallback, useMemo, useRef, useState, type Dispatch, type MutableRefObject } from 'react';
import type { VanBanDocument } from '../../core/model/types';
import type { FlatBlock } from '../../core/model/flat-body';
import type { DocumentAction, DocumentState } from '../app/document-state';
import { sameFlatBody } from '../app/flat-compare';

interface Entry {
  loadId: number;
  before: VanBanDocument;
  after: VanBanDocument;
  body: FlatBlock[];
}

export interface FieldFixHistory {
  /** Applies a fixed document's fields (its body is ignored) as one undoable step. */
  apply(fixed: VanBanDocument): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** true when a fix was undone (the caller falls back to the editor's undo otherwise). */
  undo(): boolean;
  redo(): boolean;
  /** Changes whenever the stacks change (for toolbar state). */
  version: number;
}

export function useFieldFixHistory(stateRef: MutableRefObject<DocumentState>, dispatch: Dispatch<DocumentAction>): FieldFixHistory {
  const undos = useRef<Entry[]>([]);
  const redos = useRef<Entry[]>([]);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((value) => value + 1), []);

  const matches = useCallback(
    (entry: Entry | undefined, side: 'before' | 'after') => {
      const state = stateRef.current;
      return entry !== undefined && entry.loadId === state.loadId && state.document === entry[side] && sameFlatBody(state.flatBody, entry.body);
    },
    [stateRef],
  );

  const apply = useCallback(
    (fixed: VanBanDocument) => {
      const state = stateRef.current;
      if (!state.document) return;
      const after: VanBanDocument = { ...fixed, body: state.document.body };
      undos.current.push({ loadId: state.loadId, before: state.document, after, body: state.flatBody });
      redos.current = [];
      dispatch({ type: 'edit', update: () => after });
      bump();
    },
    [stateRef, dispatch, bump],
  );

  const canUndo = useCallback(() => matches(undos.current[undos.current.length - 1], 'after'), [matches]);
  const canRedo = useCallback(() => matches(redos.current[redos.current.length - 1], 'before'), [matches]);

  const undo = useCallback(() => {
    if (!canUndo()) return false;
    const entry = undos.current.pop()!;
    redos.current.push(entry);
    dispatch({ type: 'edit', update: () => entry.before });
    bump();
    return true;
  }, [canUndo, dispatch, bump]);

  const redo = useCallback(() => {
    if (!canRedo()) return false;
    const entry = redos.current.pop()!;
    undos.current.push(entry);
    dispatch({ type: 'edit', update: () => entry.after });
    bump();
    return true;
  }, [canRedo, dispatch, bump]);

  return useMemo(() => ({ apply, canUndo, canRedo, undo, redo, version }), [apply, canUndo, canRedo, undo, redo, version]);
}
