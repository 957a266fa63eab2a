/**
 * The app's spelling source, fed from the settings (on/off, the user's dictionary) and from the
 * names that are never flagged: the agency profile's, the user's, and the open document's
 * header and signature. Adding a word and switching spell check on or off go to the settings
 * (host.updateSettings, validated by the contract's schema on the Node side).
 */
import { useEffect, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { settingsSchema } from '../../core/host/contract';
import type { AgencyProfile } from '../../core/model/schema';
import type { DocumentHeader, SignatureBlock } from '../../core/model/types';
import { SpellingSource } from './spelling-source';
import { extraWordsOf, foldWord } from './words';

type Settings = z.infer<typeof settingsSchema>;
type Spelling = NonNullable<Settings['spelling']>;

/** Spell check is on until the user switches it off. */
export const DEFAULT_SPELLING: Spelling = { enabled: true, words: [] };

interface Options {
  settings: Settings | null;
  header: DocumentHeader | null;
  signature: SignatureBlock | null;
  /** Saves the new spelling settings; resolves false when that failed (the error is shown). */
  save(spelling: Spelling): Promise<boolean>;
}

function profileNames(profile: AgencyProfile | null | undefined): string[] {
  if (!profile) return [];
  const signature = profile.signature ?? {};
  return [profile.parentAgency, profile.issuingAgency, profile.issuingAgencyInText, profile.agencyCode, profile.unitCode ?? '', profile.place, signature.signerName ?? '', signature.collective ?? '', signature.headTitle ?? '', signature.signerTitle ?? ''];
}

export function useSpellingSource({ settings, header, signature, save }: Options): SpellingSource {
  const [source] = useState(() => new SpellingSource());
  const spelling = settings ? (settings.spelling ?? DEFAULT_SPELLING) : null;

  useEffect(() => {
    if (spelling) source.set({ enabled: spelling.enabled, userWords: spelling.words });
  }, [source, spelling]);

  const profile = settings?.profile;
  const userName = settings?.user?.name;
  const extra = useMemo(
    () =>
      extraWordsOf([
        ...profileNames(profile),
        userName,
        header?.parentAgency,
        header?.issuingAgency,
        header?.issuingAgencyInText,
        header?.agencyCode,
        header?.unitCode,
        header?.place,
        signature?.signerName,
        signature?.collective,
        signature?.headTitle,
        signature?.signerTitle,
      ]),
    [profile, userName, header, signature],
  );
  useEffect(() => source.set({ extraWords: extra }), [source, extra]);

  useEffect(() => {
    source.actions = {
      addWord(word) {
        const current = spelling ?? DEFAULT_SPELLING;
        const normal = word.normalize('NFC');
        if (current.words.some((known) => foldWord(known) === foldWord(normal))) return;
        const next = { ...current, words: [...current.words, normal] };
        // At once on the page; the settings follow.
        source.set({ userWords: next.words });
        void save(next).then((ok) => ok || source.set({ userWords: current.words }));
      },
      setEnabled(enabled) {
        const current = spelling ?? DEFAULT_SPELLING;
        source.set({ enabled });
        void save({ ...current, enabled }).then((ok) => ok || source.set({ enabled: current.enabled }));
      },
    };
  }, [source, spelling, save]);

  return source;
}
