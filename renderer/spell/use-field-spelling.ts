/**
 * What a header field or a table cell needs for its squiggles: whether spell check applies to it
 * (on, in the app, the field editable), and a number that changes whenever its misspelt words may
 * have (the worker answered with a misspelt word, a word was added or ignored, the switch). The
 * checking itself stays in the worker (spell.worker.ts); this is map look-ups.
 */
import { useEffect, useRef, useState } from 'react';
import { misspeltWords } from './misspelt-words';
import { spellClient } from './spell-client';
import { useSpelling, useSpellingEnabled, type SpellingSource } from './spelling-source';

export function useFieldSpelling(editable: boolean, text: string): { source: SpellingSource | null; version: number } {
  const source = useSpelling();
  const enabled = useSpellingEnabled() && editable && source !== null;
  const [version, setVersion] = useState(0);
  const latestText = useRef(text);
  latestText.current = text;
  useEffect(() => {
    if (!enabled || !source) return undefined;
    // Only a change in this field's own misspelt words renders it again: the worker answers for
    // every word typed anywhere, and each header field and table cell listens.
    const flagged = () => misspeltWords(latestText.current, spellClient(), source, null).map((word) => `${word.start}:${word.word}`).join(' ');
    let last = flagged();
    const bump = () => {
      const now = flagged();
      if (now === last) return;
      last = now;
      setVersion((value) => value + 1);
    };
    const offClient = spellClient().subscribe(bump);
    // The switch, the user's words and the ignored ones: always drawn again.
    const offSource = source.subscribe(() => {
      last = flagged();
      setVersion((value) => value + 1);
    });
    return () => {
      offClient();
      offSource();
    };
  }, [enabled, source]);
  return { source: enabled ? source : null, version };
}
