/** Who is using the app, in the toolbar: initials, name and role; a click opens the profile. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewActor } from '../../core/model/types';

export const UserChip = memo(function UserChip({ user, onClick }: { user: ReviewActor | null; onClick(): void }) {
  const { t } = useTranslation('review');
  return (
    <button
      type="button"
      className="user-chip"
      data-testid="user-chip"
      data-role={user?.role ?? ''}
      title={t('user.change')}
      aria-label={t('user.change')}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span className="user-initials" aria-hidden="true">
        {user?.initials ?? '?'}
      </span>
      <span className="user-text">
        <span className="user-name" data-testid="user-chip-name">
          {user?.name ?? t('user.none')}
        </span>
        {user && (
          <span className="user-role" data-testid="user-chip-role">
            {t(`role.${user.role}`)}
          </span>
        )}
      </span>
    </button>
  );
});
