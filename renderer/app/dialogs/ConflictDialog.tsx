/**
 * The file changed on disk since it was opened or last saved (another window, tab or program):
 * save under another name and keep both, compare the two, overwrite anyway, or cancel.
 */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export type ConflictChoice = 'saveAs' | 'compare' | 'overwrite' | 'cancel';

export function ConflictDialog({ name, onAnswer }: { name: string; onAnswer(choice: ConflictChoice): void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('conflict.title')} testId="conflict-dialog" onCancel={() => onAnswer('cancel')}>
      <p>{t('conflict.text', { name })}</p>
      <div className="modal-actions">
        <button type="button" className="button" data-testid="conflict-cancel" onClick={() => onAnswer('cancel')}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button" data-testid="conflict-overwrite" onClick={() => onAnswer('overwrite')}>
          {t('conflict.overwrite')}
        </button>
        <button type="button" className="button" data-testid="conflict-compare" onClick={() => onAnswer('compare')}>
          {t('conflict.compare')}
        </button>
        <button type="button" className="button primary" data-testid="conflict-save-as" autoFocus onClick={() => onAnswer('saveAs')}>
          {t('conflict.saveAs')}
        </button>
      </div>
    </Modal>
  );
}
