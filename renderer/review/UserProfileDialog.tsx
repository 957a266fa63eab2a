/**
 * The user profile (người dùng): name, initials and role, recorded on every comment and step.
 * Asked for at first start (then it cannot be dismissed) and from the user chip or the menu.
 * The initials follow the name until the user changes them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewActor, ReviewRole } from '../../core/model/types';
import { Modal } from '../app/dialogs/Modal';
import { cleanName, deriveInitials, MAX_INITIALS } from './initials';

export const ROLES: readonly ReviewRole[] = ['drafter', 'reviewer', 'clerk'];

interface Props {
  initial: ReviewActor | null;
  /** First start: no cancel, Escape does nothing. */
  required: boolean;
  onSave(actor: ReviewActor): void;
  onCancel(): void;
}

export function UserProfileDialog({ initial, required, onSave, onCancel }: Props) {
  const { t } = useTranslation('review');
  const [name, setName] = useState(initial?.name ?? '');
  const [initials, setInitials] = useState(initial?.initials ?? '');
  // Initials typed by hand are kept when the name changes; derived ones follow it.
  const [initialsTyped, setInitialsTyped] = useState(initial !== null && initial.initials !== deriveInitials(initial.name));
  const [role, setRole] = useState<ReviewRole>(initial?.role ?? 'drafter');
  const finalName = cleanName(name);
  const finalInitials = initials.normalize('NFC').trim();
  const valid = finalName.length > 0 && finalName.length <= 200 && finalInitials.length > 0;
  const cancel = () => {
    if (!required) onCancel();
  };
  return (
    <Modal title={required ? t('profile.firstTitle') : t('profile.title')} testId="user-profile-dialog" onCancel={cancel}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onSave({ name: finalName, initials: finalInitials, role });
        }}
      >
        <p className="hint">{t('profile.intro')}</p>
        <label className="field-label" htmlFor="user-profile-name">
          {t('profile.name')}
        </label>
        <input
          id="user-profile-name"
          className="text-input"
          data-testid="user-profile-name"
          autoFocus
          maxLength={200}
          placeholder={t('profile.namePlaceholder')}
          value={name}
          onChange={(event) => {
            const value = event.target.value;
            setName(value);
            if (!initialsTyped) setInitials(deriveInitials(value));
          }}
        />
        <div className="review-form-row">
          <label className="review-form-cell">
            <span className="field-label">{t('profile.initials')}</span>
            <input
              className="text-input"
              data-testid="user-profile-initials"
              maxLength={MAX_INITIALS}
              value={initials}
              onChange={(event) => {
                setInitials(event.target.value);
                setInitialsTyped(event.target.value.trim() !== '');
              }}
            />
          </label>
          <label className="review-form-cell wide">
            <span className="field-label">{t('profile.role')}</span>
            <select className="text-input" data-testid="user-profile-role" value={role} onChange={(event) => setRole(event.target.value as ReviewRole)}>
              {ROLES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`role.${choice}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="hint">{t('profile.initialsHint')}</p>
        <div className="modal-actions">
          {!required && (
            <button type="button" className="button" data-testid="user-profile-cancel" onClick={onCancel}>
              {t('app:dialog.cancel')}
            </button>
          )}
          <button type="submit" className="button primary" data-testid="user-profile-save" disabled={!valid}>
            {t('profile.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
