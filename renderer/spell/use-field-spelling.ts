/**
 * What a header field or a table cell needs for its squiggles: whether spell check applies to it
 * (on, in the app, the field editable), and a number that changes whenever its misspelt words may
 * have (the worker answered with a misspelt word, a word was added or ignored, the switch). The
 * checking itself stays in the worker (spell.worker.ts); this is map look-ups.
 */
import { useEffect, useState } from 'react';
import { spellClient } from './spell-client';
import { useSpelling, useSpellingEnabled, type SpellingSource } from './spelling-source';

export function useFieldSpelling(editable: boolean): { source: SpellingSource | null; version: number } {
  const source = useSpelling();
  const enabled = useSpellingEnabled() && editable && source !== null;
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled || !source) return undefined;
    const bump = () => setVersion((value) => value + 1);
    const offClient = spellClient().subscribe(bump);
    const offSource = source.subscribe(bump);
    return () => {
      offClient();
      offSource();
    };
  }, [enabled, source]);
  return { source: enabled ? source : null, version };
}
