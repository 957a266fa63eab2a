/**
 * The review strip above the page: where the document stands (Dự thảo, Đã trình duyệt…), the
 * moves the user's role may make now (only those), the latest step's note, adding a comment on
 * the selection, the processing history, the versions and the compare view, the user chip; and
 * the banner of a locked document.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../core/model/types';
import { allowedMoves, isLocked, type ReviewMove } from '../../core/review/steps';
import { formatWhen } from '../app/format-when';
import { useUser } from './user-context';
import { LockIcon } from '../icons/LockIcon';

interface Props {
  review: DocumentReview;
  versionsOpen: boolean;
  onMove(move: ReviewMove): void;
  onHistory(): void;
  onVersions(): void;
  onCompare(): void;
  /** "Thêm góp ý": a comment on the passage selected in the body (the selection is kept). */
  onAddComment(): void;
  /** Who is using the app (the user chip), at the strip's right end. */
  userChip?: ReactNode;
}

const keepFocus = (event: React.MouseEvent) => event.preventDefault();

export const ReviewBar = memo(function ReviewBar({ review, versionsOpen, onMove, onHistory, onVersions, onCompare, onAddComment, userChip }: Props) {
  const { t, i18n } = useTranslation('review');
  const user = useUser();
  const moves = user ? allowedMoves(review, user.role) : [];
  const last = review.log[review.log.length - 1];
  const locked = isLocked(review);
  return (
    <div className="review-strip">
      <div className="review-bar" role="region" aria-label={t('bar.label')} data-testid="review-bar">
        <span className={`review-status ${review.status}`} data-testid="review-status" data-status={review.status}>
          {t(`status.${review.status}`)}
        </span>
        {moves.map((move) => (
          <button
            key={move}
            type="button"
            className={move === 'return' ? 'button small' : 'button small primary'}
            data-testid={`review-move-${move}`}
            onMouseDown={keepFocus}
            onClick={() => onMove(move)}
          >
            {t(`move.${move}`)}
          </button>
        ))}
        {!user && <span className="hint">{t('bar.noUser')}</span>}
        {last?.note && (
          <span className="review-last-note" data-testid="review-last-note" title={last.note}>
            {t('bar.lastNote', { who: last.who.name, when: formatWhen(last.when, i18n.language), note: last.note })}
          </span>
        )}
        <span className="review-bar-spacer" />
        <button type="button" className="button small" data-testid="review-add-comment" title={`${t('bar.addCommentTitle')} (Ctrl+Alt+M)`} onMouseDown={keepFocus} onClick={onAddComment}>
          {t('bar.addComment')}
        </button>
        <button type="button" className="link-button" data-testid="review-history-button" onMouseDown={keepFocus} onClick={onHistory}>
          {t('bar.history')} ({review.log.length})
        </button>
        <button type="button" className="link-button" data-testid="review-versions-button" aria-pressed={versionsOpen} onMouseDown={keepFocus} onClick={onVersions}>
          {t('bar.versions')} ({review.versions.length})
        </button>
        <button type="button" className="link-button" data-testid="review-compare-button" title={t('bar.compare')} onMouseDown={keepFocus} onClick={onCompare}>
          {t('bar.compareShort')}
        </button>
        {userChip}
      </div>
      {locked && (
        <div className="review-locked" role="status" data-testid="review-locked-banner" title={t('locked.hint')}>
          <LockIcon className="lock-icon" /> {t(`locked.${review.status === 'issued' ? 'issued' : 'approved'}`)}
          <span className="hint"> — {t('locked.hint')}</span>
        </div>
      )}
    </div>
  );
});
