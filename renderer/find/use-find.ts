/**
 * The find and replace panel's state and what it does to the document (Tìm và thay thế):
 * matches over the whole document (core/find), the current one shown (the body's as editor
 * decorations, the others highlighted on the page or in the comments pane), and replacing.
 *
 * Replace all is ONE undo step wherever it replaced: the body text in one batch of the body
 * editor's history, the fields and appendices through the field history as a compound step tied
 * to that batch (renderer/check/use-field-fix-history.ts). Comments are found but never replaced:
 * they are the reviewers' words, kept as written in the review record. A locked (approved or
 * issued) document can be searched, not changed.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { DEFAULT_FIND_OPTIONS, type FindOptions } from '../../core/find/match';
import { bodyHits, findInDocument, replaceInTable, replaceOutsideBody, type FindHit } from '../../core/find/replace';
import type { FlatBlock } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';
import type { BodyEditorHandle, FindMarksSource, TextReplacement, TableReplacement, FindMark } from '../editor';
import type { FieldFixHistory } from '../check/use-field-fix-history';
import { domRange, drawHighlights, markCurrentElement, placeElement, textControl } from './dom-places';
import { findShortcut, onFindRequest, type FindMode } from './find-request';

/** Fields edited in the side panel (hidden while the comments pane is shown). */
const SIDE_PANEL_FIELDS = new Set(['header.agencyCode', 'header.unitCode', 'header.issuingAgencyInText', 'signature.collective', 'signature.headTitle', 'signature.signerTitle']);

export interface FindDeps {
  document: VanBanDocument;
  flatBody: FlatBlock[];
  locked: boolean;
  editorRef: RefObject<BodyEditorHandle | null>;
  fixHistory: FieldFixHistory;
  marks: FindMarksSource;
  commentsOpen: boolean;
  setCommentsOpen(open: boolean): void;
}

/** What the last replace did, for the status line. */
export type ReplaceReport = { replaced: number; skippedComments: number } | null;

export interface FindModel {
  open: boolean;
  mode: FindMode;
  query: string;
  replacement: string;
  options: FindOptions;
  hits: FindHit[];
  current: number;
  locked: boolean;
  report: ReplaceReport;
  /** Changes each time the panel is asked for (the query field takes the focus again). */
  focusToken: number;
  setQuery(query: string): void;
  setReplacement(replacement: string): void;
  setOption(name: keyof FindOptions, value: boolean): void;
  setMode(mode: FindMode): void;
  next(): void;
  previous(): void;
  replaceOne(): void;
  replaceAll(): void;
  close(): void;
}

export function useFind(deps: FindDeps): FindModel {
  const [open, setOpen] = useState(false);
  const [mode, setModeState] = useState<FindMode>('find');
  const [query, setQueryState] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(0);
  const [report, setReport] = useState<ReplaceReport>(null);
  const [focusToken, setFocusToken] = useState(0);
  // Bumped when the current match should be scrolled into view (a move, not a redraw).
  const [revealToken, setRevealToken] = useState(0);
  const latest = useRef(deps);
  latest.current = deps;
  // Where the focus was when the panel opened: Esc goes back there when no match is shown.
  const returnTo = useRef<Element | null>(null);

  const { document: doc, flatBody } = deps;
  const hits = useMemo(() => (open && query ? findInDocument(doc, flatBody, query, options) : []), [open, doc, flatBody, query, options]);
  const index = hits.length === 0 ? -1 : Math.min(current, hits.length - 1);

  const show = useCallback((mode: FindMode) => {
    if (!open) returnTo.current = document.activeElement;
    // Text selected in the body (or a field) is what the user wants to find, as in Word.
    const selected = window.getSelection()?.toString().trim() ?? '';
    if (selected && !selected.includes('\n') && selected.length <= 200) setQueryState(selected.normalize('NFC'));
    setOpen(true);
    setModeState(mode);
    setReport(null);
    setFocusToken((token) => token + 1);
    setRevealToken((token) => token + 1);
  }, [open]);

  useEffect(() => onFindRequest(show), [show]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const asked = findShortcut(event);
      if (!asked || event.isComposing) return;
      event.preventDefault();
      event.stopPropagation();
      show(asked);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [show]);

  // Draw the matches: body blocks as editor decorations, the rest as page highlights.
  useLayoutEffect(() => {
    const { marks } = latest.current;
    if (!open || hits.length === 0) {
      marks.set(new Map());
      drawHighlights([], null);
      markCurrentElement(null);
      return;
    }
    const byBlock = new Map<string, FindMark[]>();
    const ranges: Range[] = [];
    let currentRange: Range | null = null;
    let currentElement: HTMLElement | null = null;
    hits.forEach((hit, i) => {
      const isCurrent = i === index;
      if (hit.place.part === 'body') {
        const list = byBlock.get(hit.place.blockId) ?? [];
        list.push(isCurrent ? { start: hit.start, end: hit.end, current: true } : { start: hit.start, end: hit.end });
        byBlock.set(hit.place.blockId, list);
        return;
      }
      const element = placeElement(hit.place);
      if (!element) return;
      const control = textControl(element);
      if (control) {
        if (isCurrent) {
          currentElement = hit.place.part === 'cell' ? element : control;
          control.setSelectionRange(hit.start, hit.end);
        }
        return;
      }
      const range = domRange(element, hit.unitLength, hit);
      if (!range) return;
      ranges.push(range);
      if (isCurrent) currentRange = range;
    });
    marks.set(byBlock);
    drawHighlights(ranges, currentRange);
    markCurrentElement(currentElement);
  }, [open, hits, index, deps.commentsOpen]);

  // Scroll the current match into view after a move (the comments pane or side panel opened for it first).
  useEffect(() => {
    if (!open || index < 0) return;
    const hit = hits[index];
    const { setCommentsOpen, commentsOpen, editorRef } = latest.current;
    if (hit.place.part === 'comment' && !commentsOpen) return setCommentsOpen(true);
    if (hit.place.part === 'field' && SIDE_PANEL_FIELDS.has(hit.place.path) && commentsOpen) return setCommentsOpen(false);
    if (hit.place.part === 'body') {
      editorRef.current?.revealPassage(hit.place.blockId, hit.start, hit.end);
      return;
    }
    placeElement(hit.place)?.scrollIntoView({ block: 'center' });
    // Only a move scrolls: redraws after typing elsewhere do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealToken, open, deps.commentsOpen]);

  const move = useCallback((step: 1 | -1) => {
    if (hits.length === 0) return;
    setCurrent((index < 0 ? 0 : index + step + hits.length) % hits.length);
    setRevealToken((token) => token + 1);
  }, [hits.length, index]);

  const setQuery = useCallback((value: string) => {
    setQueryState(value.normalize('NFC'));
    setCurrent(0);
    setReport(null);
    setRevealToken((token) => token + 1);
  }, []);

  const setOption = useCallback((name: keyof FindOptions, value: boolean) => {
    setOptions((old) => ({ ...old, [name]: value }));
    setCurrent(0);
    setRevealToken((token) => token + 1);
  }, []);

  /** Replaces these hits as one undoable step; returns how many were replaced. */
  const replace = useCallback((list: readonly FindHit[]): number => {
    const { locked, editorRef, fixHistory, document: current, flatBody: body } = latest.current;
    const replaceable = list.filter((hit) => hit.replaceable);
    if (locked || replaceable.length === 0) return 0;
    const text = replacement.normalize('NFC');
    const inBody = bodyHits(replaceable);
    const edits = new Map<string, TextReplacement>();
    const cells = new Map<string, FindHit[]>();
    for (const hit of inBody) {
      if (hit.place.part === 'body') {
        const edit = edits.get(hit.place.blockId) ?? { blockId: hit.place.blockId, ranges: [] };
        edits.set(hit.place.blockId, { ...edit, ranges: [...edit.ranges, { start: hit.start, end: hit.end }] });
      } else if (hit.place.part === 'cell') cells.set(hit.place.blockId, [...(cells.get(hit.place.blockId) ?? []), hit]);
    }
    const tables: TableReplacement[] = [];
    for (const [blockId, cellHits] of cells) {
      const block = body.find((candidate) => candidate.id === blockId);
      if (block?.kind === 'table') tables.push({ blockId, table: replaceInTable(block.table, cellHits, text) });
    }
    const step = edits.size > 0 || tables.length > 0 ? editorRef.current?.replaceText([...edits.values()], tables, text) ?? null : null;
    fixHistory.applyWithBody(replaceOutsideBody(current, replaceable, text), step);
    return replaceable.length;
  }, [replacement]);

  const replaceOne = useCallback(() => {
    if (index < 0) return;
    const hit = hits[index];
    const replaced = replace([hit]);
    setReport({ replaced, skippedComments: hit.replaceable ? 0 : 1 });
    // The next match takes the replaced one's place in the list; a skipped comment is stepped over.
    if (!hit.replaceable) setCurrent((index + 1) % hits.length);
    setRevealToken((token) => token + 1);
  }, [hits, index, replace]);

  const replaceAll = useCallback(() => {
    const replaced = replace(hits);
    setReport({ replaced, skippedComments: hits.filter((hit) => !hit.replaceable).length });
    setCurrent(0);
  }, [hits, replace]);

  const close = useCallback(() => {
    const hit = index >= 0 ? hits[index] : undefined;
    setOpen(false);
    setReport(null);
    const { editorRef } = latest.current;
    // The caret goes to the match shown (selected, as Word leaves it), or back where it was.
    if (hit && selectHit(hit, editorRef.current)) return;
    const back = returnTo.current;
    if (back instanceof HTMLElement && back.isConnected && back.closest('[data-testid="body-editor"]')) editorRef.current?.focus();
    else if (back instanceof HTMLElement && back.isConnected) back.focus();
    else editorRef.current?.focus();
  }, [hits, index]);

  const setMode = useCallback((value: FindMode) => setModeState(value), []);
  const next = useCallback(() => move(1), [move]);
  const previous = useCallback(() => move(-1), [move]);

  return { open, mode, query, replacement, options, hits, current: index, locked: deps.locked, report, focusToken, setQuery, setReplacement, setOption, setMode, next, previous, replaceOne, replaceAll, close };
}

/** Puts the caret on a match (selected); false when its place is not on screen. */
function selectHit(hit: FindHit, editor: BodyEditorHandle | null): boolean {
  if (hit.place.part === 'body') return editor?.selectPassage(hit.place.blockId, hit.start, hit.end) ?? false;
  const element = placeElement(hit.place);
  if (!element) return false;
  const control = textControl(element);
  if (control) {
    control.focus();
    control.setSelectionRange(hit.start, hit.end);
    return true;
  }
  if (hit.place.part === 'comment' || hit.place.part === 'appendix-text') return false;
  const range = domRange(element, hit.unitLength, hit);
  if (!range) return false;
  element.focus({ preventScroll: true });
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
