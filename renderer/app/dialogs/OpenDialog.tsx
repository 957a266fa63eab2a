/** Browser mode's "open": the .vanban files in the documents folder. */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileEntrySchema } from '../../../core/host/contract';
import { Modal } from './Modal';
import { formatWhen } from '../format-when';

export type FileEntry = z.infer<typeof fileEntrySchema>;

export function OpenDialog({ files, documentsDir, onAnswer }: { files: FileEntry[]; documentsDir: string; onAnswer(path: string | null): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal title={t('openDialog.title')} testId="open-dialog" onCancel={() => onAnswer(null)} wide>
      <p className="hint">{t('openDialog.folder', { dir: documentsDir })}</p>
      {files.length === 0 ? (
        <p className="empty-note" data-testid="open-empty">
          {t('openDialog.empty')}
        </p>
      ) : (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-item" data-testid="open-item" data-path={file.path} onClick={() => onAnswer(file.path)}>
                <span className="file-name">{file.name}</span>
                <span className="file-meta">{formatWhen(file.modified, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid="open-cancel" onClick={() => onAnswer(null)}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
