/**
 * The status bar's word count: counted at once when the editing screen appears, then again
 * 250 ms after changes pause, so a keystroke never re-renders the editing screen for it. Counting reuses
 * per-block counts (word-count.ts), so a recount after an edit counts the changed blocks only.
 */
import { useEffect, useState } from 'react';
import type { FlatBlock } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';
import { documentWords } from './word-count';

const PAUSE_MS = 250;

export function useDebouncedWords(doc: VanBanDocument, flatBody: readonly FlatBlock[]): number {
  const [counted, setCounted] = useState(() => ({ doc, flatBody, words: documentWords(doc, flatBody) }));
  useEffect(() => {
    if (counted.doc === doc && counted.flatBody === flatBody) return;
    const timer = window.setTimeout(() => setCounted({ doc, flatBody, words: documentWords(doc, flatBody) }), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [doc, flatBody, counted]);
  return counted.words;
}
