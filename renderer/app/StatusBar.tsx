import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedState } from './document-state';
import { SpellToggle } from '../spell/SpellToggle';
import { formatWhen } from './format-when';

interface Props {
  pages: number;
  words: number;
  saved: SavedState;
  when: string | null;
  path: string | null;
  /** At the right end: the zoom control. */
  right?: ReactNode;
}

export const StatusBar = memo(function StatusBar({ pages, words, saved, when, path, right }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-pages" data-count={pages}>
        {t('status.pages', { count: pages })}
      </span>
      <span data-testid="status-words" data-count={words}>
        {t('status.words', { count: words, formatted: words.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB') })}
      </span>
      <span className={`saved-state ${saved}`} data-testid="status-saved" data-state={saved} title={when ? formatWhen(when, i18n.language) : undefined}>
        <span className="dot" aria-hidden="true" />
        {t(`status.${saved}`)}
      </span>
      <span className="status-path" data-testid="status-path" title={path ?? undefined}>
        {path ?? t('status.notSaved')}
      </span>
      <SpellToggle />
      {right}
    </footer>
  );
});
