/** Browser mode's "save as": a file name inside the documents folder. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withExtension, type FileExtension } from '../file-name';
import { Modal } from './Modal';

export interface SaveNameRequest {
  purpose: 'save' | 'exportDocx' | 'exportPdf';
  extension: FileExtension;
  suggested: string;
  documentsDir: string;
}

export function SaveNameDialog({ request, onAnswer }: { request: SaveNameRequest; onAnswer(name: string | null): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(request.suggested);
  const finalName = withExtension(name, request.extension);
  const submit = () => {
    if (finalName) onAnswer(finalName);
  };
  return (
    <Modal title={t(`saveDialog.title.${request.purpose}`)} testId="save-name-dialog" onCancel={() => onAnswer(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field-label" htmlFor="save-name">
          {t('saveDialog.name')}
        </label>
        <input
          id="save-name"
          className="text-input"
          data-testid="save-name-input"
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => {
            const dot = event.target.value.lastIndexOf('.');
            event.target.setSelectionRange(0, dot > 0 ? dot : event.target.value.length);
          }}
        />
        <p className="hint">{t('saveDialog.where', { dir: request.documentsDir, name: finalName || '…' })}</p>
        <div className="modal-actions">
          <button type="button" className="button" data-testid="save-name-cancel" onClick={() => onAnswer(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="save-name-ok" disabled={!finalName}>
            {t(`saveDialog.ok.${request.purpose}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
