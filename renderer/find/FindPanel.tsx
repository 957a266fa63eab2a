/**
 * The find and replace panel (Tìm và thay thế), opened with Ctrl+F / Ctrl+H or the Edit menu:
 * a bar over the top right of the page, as in Word and the browsers. Enter goes to the next
 * match, Shift+Enter to the previous one, Esc closes and puts the caret on the match shown.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindOptions } from '../../core/find/match';
import type { FindModel } from './use-find';
import './find.css';

const OPTIONS: ReadonlyArray<keyof FindOptions> = ['matchCase', 'wholeWord', 'ignoreDiacritics'];

export function FindPanel({ model }: { model: FindModel }) {
  const { t } = useTranslation('find');
  const queryRef = useRef<HTMLInputElement>(null);
  const { open, focusToken } = model;
  useEffect(() => {
    if (!open) return;
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [open, focusToken]);
  if (!model.open) return null;

  const replacing = model.mode === 'replace';
  const total = model.hits.length;
  const currentHit = model.current >= 0 ? model.hits[model.current] : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      model.close();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') {
      event.preventDefault();
      if (event.shiftKey) model.previous();
      else model.next();
    }
  };
  const count = !model.query ? '' : total === 0 ? t('none') : t('count', { current: model.current + 1, total });

  return (
    <div className="find-anchor screen-only">
    <div className="find-panel" role="search" aria-label={t('label')} data-testid="find-panel" onKeyDown={onKeyDown}>
      <div className="find-row">
        <button
          type="button"
          className="find-toggle"
          data-testid="find-toggle-replace"
          aria-expanded={replacing}
          title={t('showReplace')}
          aria-label={t('showReplace')}
          onClick={() => model.setMode(replacing ? 'find' : 'replace')}
        >
          {replacing ? '▾' : '▸'}
        </button>
        <input
          ref={queryRef}
          className="text-input find-input"
          data-testid="find-query"
          aria-label={t('find')}
          placeholder={t('findPlaceholder')}
          value={model.query}
          onChange={(event) => model.setQuery(event.target.value)}
        />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {count}
        </span>
        <button type="button" className="button small" data-testid="find-previous" title={t('previous')} aria-label={t('previous')} disabled={total === 0} onClick={model.previous}>
          ↑
        </button>
        <button type="button" className="button small" data-testid="find-next" title={t('next')} aria-label={t('next')} disabled={total === 0} onClick={model.next}>
          ↓
        </button>
        <button type="button" className="button small find-close" data-testid="find-close" title={t('close')} aria-label={t('close')} onClick={model.close}>
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-row">
          <span className="find-toggle-space" />
          <input
            className="text-input find-input"
            data-testid="find-replacement"
            aria-label={t('replace')}
            placeholder={t('replacePlaceholder')}
            value={model.replacement}
            disabled={model.locked}
            onChange={(event) => model.setReplacement(event.target.value)}
          />
          <button type="button" className="button small" data-testid="find-replace-one" disabled={model.locked || !currentHit} onClick={model.replaceOne}>
            {t('replaceOne')}
          </button>
          <button type="button" className="button small" data-testid="find-replace-all" disabled={model.locked || total === 0} onClick={model.replaceAll}>
            {t('replaceAll')}
          </button>
        </div>
      )}
      <div className="find-options">
        {OPTIONS.map((name) => (
          <label key={name}>
            <input type="checkbox" data-testid={`find-${name}`} checked={model.options[name]} onChange={(event) => model.setOption(name, event.target.checked)} /> {t(name)}
          </label>
        ))}
      </div>
      {replacing && model.locked && (
        <p className="find-note" data-testid="find-locked">
          {t('locked')}
        </p>
      )}
      {replacing && !model.locked && currentHit && !currentHit.replaceable && (
        <p className="find-note" data-testid="find-in-comment">
          {t('inComment')}
        </p>
      )}
      {model.report && (
        <p className="find-note" role="status" data-testid="find-report">
          {t('replaced', { count: model.report.replaced })}
          {model.report.skippedComments > 0 ? ` ${t('skippedComments', { count: model.report.skippedComments })}` : ''}
        </p>
      )}
    </div>
    </div>
  );
}
