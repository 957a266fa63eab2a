/** "Khôi phục bản chưa lưu": autosaved work left by a session that ended without saving. */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { recoveryEntrySchema } from '../../../core/host/contract';
import { Modal } from './Modal';
import { formatWhen } from '../format-when';
import { baseName } from '../file-name';

export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

interface Props {
  entries: RecoveryEntry[];
  onRecover(entry: RecoveryEntry): void;
  onDiscard(entry: RecoveryEntry): void;
  onClose(): void;
}

export function RecoveryDialog({ entries, onRecover, onDiscard, onClose }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Modal title={t('recovery.title')} testId="recovery-dialog" onCancel={onClose} wide>
      <p>{t('recovery.text')}</p>
      <ul className="recovery-list">
        {entries.map((entry) => (
          <li key={entry.id} className="recovery-entry" data-testid="recovery-entry" data-id={entry.id}>
            <div className="recovery-info">
              <div className="file-name">{entry.title || t('recovery.untitled')}</div>
              <div className="file-meta">
                {entry.originalPath ? baseName(entry.originalPath) : t('recovery.neverSaved')} · {t('recovery.savedAt', { when: formatWhen(entry.savedAt, i18n.language) })}
              </div>
            </div>
            <button type="button" className="button" data-testid="recovery-discard" onClick={() => onDiscard(entry)}>
              {t('recovery.discard')}
            </button>
            <button type="button" className="button primary" data-testid="recovery-recover" onClick={() => onRecover(entry)}>
              {t('recovery.recover')}
            </button>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button" data-testid="recovery-close" onClick={onClose}>
          {t('recovery.later')}
        </button>
      </div>
    </Modal>
  );
}
