/**
 * The versions list (phiên bản) beside the page: every snapshot, newest first, named from its
 * step or by what the user typed, with author and time; "Lưu phiên bản…"; pick any two (or a
 * version and the current document) and compare them.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../core/model/types';
import { formatWhen } from '../app/format-when';
import { CURRENT, orderSides, type CompareSide } from './compare-sides';
import { versionLabel } from './version-label';

interface Props {
  review: DocumentReview;
  onSaveVersion(): void;
  onCompare(before: CompareSide, after: CompareSide): void;
  onClose(): void;
}

export const VersionsPanel = memo(function VersionsPanel({ review, onSaveVersion, onCompare, onClose }: Props) {
  const { t, i18n } = useTranslation('review');
  const [chosen, setChosen] = useState<CompareSide[]>([]);
  const toggle = (side: CompareSide) =>
    setChosen((list) => (list.includes(side) ? list.filter((other) => other !== side) : [...list, side].slice(-2)));
  const newestFirst = [...review.versions].reverse();
  const row = (side: CompareSide, label: string, meta: string | null) => (
    <li key={side} className={chosen.includes(side) ? 'version-item chosen' : 'version-item'} data-testid="version-item" data-id={side}>
      <label>
        <input type="checkbox" className="checkbox" data-testid="version-select" checked={chosen.includes(side)} onChange={() => toggle(side)} />
        <span className="version-text">
          <span className="version-label" data-testid="version-label">
            {label}
          </span>
          {meta && <span className="version-meta">{meta}</span>}
        </span>
      </label>
    </li>
  );
  return (
    <aside className="versions-panel" data-testid="versions-panel" aria-label={t('versions.title')}>
      <div className="check-head">
        <h3>{t('versions.title')}</h3>
        <button type="button" className="link-button" data-testid="versions-close" onClick={onClose} aria-label={t('versions.close')} title={t('versions.close')}>
          ×
        </button>
      </div>
      <button type="button" className="button small" data-testid="versions-save" onClick={onSaveVersion}>
        {t('versions.save')}
      </button>
      <p className="hint">{t('versions.choose')}</p>
      <ul className="version-list">
        {row(CURRENT, t('versions.current'), null)}
        {newestFirst.map((version) =>
          row(version.id, versionLabel(version, review.log, t), `${version.author.name} · ${formatWhen(version.createdAt, i18n.language)}`),
        )}
      </ul>
      {review.versions.length === 0 && (
        <p className="empty-note" data-testid="versions-empty">
          {t('versions.empty')}
        </p>
      )}
      <button
        type="button"
        className="button primary"
        data-testid="versions-compare"
        disabled={chosen.length !== 2}
        onClick={() => {
          const [before, after] = orderSides(review, chosen[0], chosen[1]);
          onCompare(before, after);
        }}
      >
        {t('versions.compare')}
      </button>
    </aside>
  );
});
