/** The processing history (lịch sử xử lý): every step with who, when, from → to and the note. */
import { useTranslation } from 'react-i18next';
import type { StepEntry } from '../../core/model/types';
import { Modal } from '../app/dialogs/Modal';
import { formatWhen } from '../app/format-when';

export function HistoryDialog({ log, onClose }: { log: readonly StepEntry[]; onClose(): void }) {
  const { t, i18n } = useTranslation('review');
  return (
    <Modal title={t('history.title')} testId="history-dialog" onCancel={onClose} wide>
      {log.length === 0 ? (
        <p className="empty-note" data-testid="history-empty">
          {t('history.empty')}
        </p>
      ) : (
        <table className="review-table">
          <thead>
            <tr>
              <th>{t('history.when')}</th>
              <th>{t('history.who')}</th>
              <th>{t('history.step')}</th>
              <th>{t('history.note')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, index) => (
              <tr key={index} data-testid="history-entry" data-from={entry.from} data-to={entry.to}>
                <td className="nowrap">{formatWhen(entry.when, i18n.language)}</td>
                <td>
                  <span className="review-who">{entry.who.name}</span>
                  <span className="hint"> · {t(`role.${entry.who.role}`)}</span>
                </td>
                <td>{t('history.fromTo', { from: t(`status.${entry.from}`), to: t(`status.${entry.to}`) })}</td>
                <td className="review-note-cell" data-testid="history-note">
                  {entry.note}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="history-close" onClick={onClose}>
          {t('app:dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
