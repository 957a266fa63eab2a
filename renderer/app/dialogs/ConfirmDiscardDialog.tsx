/** Unsaved changes before replacing the document: save, don't save, or cancel. */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export type DiscardChoice = 'save' | 'discard' | 'cancel';

export function ConfirmDiscardDialog({ title, onAnswer }: { title: string; onAnswer(choice: DiscardChoice): void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('confirmDiscard.title')} testId="confirm-dialog" onCancel={() => onAnswer('cancel')}>
      <p>{t('confirmDiscard.text', { title })}</p>
      <div className="modal-actions">
        <button type="button" className="button" data-testid="confirm-cancel" onClick={() => onAnswer('cancel')}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="button" data-testid="confirm-discard" onClick={() => onAnswer('discard')}>
          {t('confirmDiscard.discard')}
        </button>
        <button type="button" className="button primary" data-testid="confirm-save" autoFocus onClick={() => onAnswer('save')}>
          {t('confirmDiscard.save')}
        </button>
      </div>
    </Modal>
  );
}
