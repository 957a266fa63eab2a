/**
 * Browser mode's "save as": a file name inside the documents folder. A name that is already
 * there is not silently replaced: the dialog says so and asks for a second press of Thay thế (as
 * Word asks), or another name.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withExtension, type FileExtension } from '../file-name';
import { Modal } from './Modal';

export interface SaveNameRequest {
  purpose: 'save' | 'exportDocx' | 'exportPdf';
  extension: FileExtension;
  suggested: string;
  documentsDir: string;
  /** Names of the files of that kind already in the folder (compared without regard to case, as Windows does). */
  existing?: readonly string[];
}

export function SaveNameDialog({ request, onAnswer }: { request: SaveNameRequest; onAnswer(name: string | null): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(request.suggested);
  const [confirming, setConfirming] = useState(false);
  const finalName = withExtension(name, request.extension);
  const exists = Boolean(finalName) && (request.existing ?? []).some((other) => other.toLocaleLowerCase('vi-VN') === finalName.toLocaleLowerCase('vi-VN'));
  const submit = () => {
    if (!finalName) return;
    if (exists && !confirming) {
      setConfirming(true);
      return;
    }
    onAnswer(finalName);
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
          onChange={(event) => {
            setName(event.target.value);
            setConfirming(false);
          }}
          onFocus={(event) => {
            const dot = event.target.value.lastIndexOf('.');
            event.target.setSelectionRange(0, dot > 0 ? dot : event.target.value.length);
          }}
        />
        <p className="hint">{t('saveDialog.where', { dir: request.documentsDir, name: finalName || '…' })}</p>
        {confirming && exists && (
          <p className="form-error" role="alert" data-testid="save-name-exists">
            {t('saveDialog.exists', { name: finalName })}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" data-testid="save-name-cancel" onClick={() => onAnswer(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="save-name-ok" disabled={!finalName}>
            {confirming && exists ? t('saveDialog.replace') : t(`saveDialog.ok.${request.purpose}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
