/** "Lưu phiên bản…": asks the name of an on-demand version. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/dialogs/Modal';

export function VersionLabelDialog({ onAnswer }: { onAnswer(label: string | null): void }) {
  const { t } = useTranslation('review');
  const [label, setLabel] = useState('');
  const final = label.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return (
    <Modal title={t('versions.labelTitle')} testId="version-label-dialog" onCancel={() => onAnswer(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (final) onAnswer(final);
        }}
      >
        <label className="field-label" htmlFor="version-label-input">
          {t('versions.label')}
        </label>
        <input
          id="version-label-input"
          className="text-input"
          data-testid="version-label-input"
          autoFocus
          maxLength={200}
          placeholder={t('versions.labelPlaceholder')}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <div className="modal-actions">
          <button type="button" className="button" data-testid="version-label-cancel" onClick={() => onAnswer(null)}>
            {t('app:dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="version-label-ok" disabled={!final}>
            {t('versions.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
