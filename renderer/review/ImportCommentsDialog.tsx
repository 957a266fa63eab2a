/** Browser mode's "Nhập góp ý từ Word…": the .docx files of the documents folder. */
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '../app/dialogs/OpenDialog';
import { Modal } from '../app/dialogs/Modal';
import { formatWhen } from '../app/format-when';

export function ImportCommentsDialog({ files, documentsDir, onAnswer }: { files: FileEntry[]; documentsDir: string; onAnswer(path: string | null): void }) {
  const { t, i18n } = useTranslation('review');
  const docx = files.filter((file) => /\.docx$/i.test(file.path));
  return (
    <Modal title={t('import.title')} testId="import-comments-dialog" onCancel={() => onAnswer(null)} wide>
      <p className="hint">{t('import.folder', { dir: documentsDir })}</p>
      {docx.length === 0 ? (
        <p className="empty-note" data-testid="import-comments-empty">
          {t('import.empty')}
        </p>
      ) : (
        <ul className="file-list">
          {docx.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-item" data-testid="import-comments-item" data-path={file.path} onClick={() => onAnswer(file.path)}>
                <span className="file-name">{file.name}</span>
                <span className="file-meta">{formatWhen(file.modified, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="import-comments-cancel" onClick={() => onAnswer(null)}>
          {t('app:dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
