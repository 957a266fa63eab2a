/**
 * Undo and redo for quick fixes outside the body (the body editor keeps its own history).
 * A fix can be undone while the document's fields are exactly as the fix left them and the body
 * holds what it held then: undo first walks back body edits made after the fix (the editor's
 * history), then the fix itself, then older body edits.
 *
 * A replace all (find and replace) is one compound step: the fields it changed (compared and
 * restored one top-level part at a time, so comments carried meanwhile are kept) and the body
 * editor's own step for the body text it replaced, undone and redone together. It can be undone
 * while those parts are as it left them and its body step is the editor's next undo.
 */
import { useCallback, useMemo, useRef, useState, type Dispatch, type MutableRefObject } from 'react';
import type { VanBanDocument } from '../../core/model/types';
import type { FlatBlock } from '../../core/model/flat-body';
import type { DocumentAction, DocumentState } from '../app/document-state';
import type { BodyHistoryStep } from '../editor';
import { sameFlatBody } from '../app/flat-compare';

interface Entry {
  loadId: number;
  before: VanBanDocument;
  after: VanBanDocument;
  body: FlatBlock[];
  /** A compound step: only these parts of the document are compared and restored. */
  parts?: ReadonlyArray<keyof VanBanDocument>;
  /** The body editor's step that goes with it (undone and redone together). */
  step?: BodyHistoryStep | null;
}

/** The top-level parts `after` changed, body and comments aside (the editor and the comments own those). */
function changedParts(before: VanBanDocument, after: VanBanDocument): Array<keyof VanBanDocument> {
  return (Object.keys(after) as Array<keyof VanBanDocument>).filter((key) => key !== 'body' && key !== 'comments' && after[key] !== before[key]);
}

/** The document with these parts taken from `source`. */
function withParts(current: VanBanDocument, source: VanBanDocument, parts: ReadonlyArray<keyof VanBanDocument>): VanBanDocument {
  if (parts.length === 0) return current;
  const out = { ...current } as Record<string, unknown>;
  for (const key of parts) out[key] = source[key];
  return out as unknown as VanBanDocument;
}

export interface FieldFixHistory {
  /** Applies a fixed document's fields (its body is ignored) as one undoable step. */
  apply(fixed: VanBanDocument): void;
  /**
   * Records a replace all as one step: `fixed` holds its field changes (applied here), `step` the
   * body editor's step for the body text it already replaced (null when none).
   */
  applyWithBody(fixed: VanBanDocument, step: BodyHistoryStep | null): void;
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
      if (entry === undefined || entry.loadId !== state.loadId || !state.document) return false;
      if (entry.parts) {
        const document = state.document;
        const fields = entry.parts.every((key) => document[key] === entry[side][key]);
        const body = entry.step ? (side === 'after' ? entry.step.isNextUndo() : entry.step.isNextRedo()) : sameFlatBody(state.flatBody, entry.body);
        return fields && body;
      }
      return state.document === entry[side] && sameFlatBody(state.flatBody, entry.body);
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

  const applyWithBody = useCallback(
    (fixed: VanBanDocument, step: BodyHistoryStep | null) => {
      const state = stateRef.current;
      if (!state.document) return;
      const parts = changedParts(state.document, fixed);
      if (parts.length === 0 && !step) return;
      undos.current.push({ loadId: state.loadId, before: state.document, after: fixed, body: state.flatBody, parts, step });
      redos.current = [];
      if (parts.length > 0) dispatch({ type: 'edit', update: (current) => withParts(current, fixed, parts) });
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
    if (entry.parts) {
      const parts = entry.parts;
      if (parts.length > 0) dispatch({ type: 'edit', update: (current) => withParts(current, entry.before, parts) });
      entry.step?.undo();
    } else dispatch({ type: 'edit', update: () => entry.before });
    bump();
    return true;
  }, [canUndo, dispatch, bump]);

  const redo = useCallback(() => {
    if (!canRedo()) return false;
    const entry = redos.current.pop()!;
    undos.current.push(entry);
    if (entry.parts) {
      const parts = entry.parts;
      if (parts.length > 0) dispatch({ type: 'edit', update: (current) => withParts(current, entry.after, parts) });
      entry.step?.redo();
    } else dispatch({ type: 'edit', update: () => entry.after });
    bump();
    return true;
  }, [canRedo, dispatch, bump]);

  return useMemo(() => ({ apply, applyWithBody, canUndo, canRedo, undo, redo, version }), [apply, applyWithBody, canUndo, canRedo, undo, redo, version]);
}
