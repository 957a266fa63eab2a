/** "Xuất DOCX hiện thay đổi từ phiên bản…": which version the tracked changes start from. */
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../core/model/types';
import { Modal } from '../app/dialogs/Modal';
import { formatWhen } from '../app/format-when';
import { versionLabel } from './version-label';

export function ChooseVersionDialog({ review, onAnswer }: { review: DocumentReview; onAnswer(versionId: string | null): void }) {
  const { t, i18n } = useTranslation('review');
  const versions = [...review.versions].reverse();
  return (
    <Modal title={t('export.chooseTitle')} testId="choose-version-dialog" onCancel={() => onAnswer(null)} wide>
      <p className="hint">{t('export.chooseHint')}</p>
      {versions.length === 0 ? (
        <p className="empty-note" data-testid="choose-version-empty">
          {t('export.noVersions')}
        </p>
      ) : (
        <ul className="file-list">
          {versions.map((version) => (
            <li key={version.id}>
              <button type="button" className="file-item" data-testid="choose-version-item" data-id={version.id} onClick={() => onAnswer(version.id)}>
                <span className="file-name">{versionLabel(version, review.log, t)}</span>
                <span className="file-meta">
                  {version.author.name} · {formatWhen(version.createdAt, i18n.language)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="choose-version-cancel" onClick={() => onAnswer(null)}>
          {t('app:dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
