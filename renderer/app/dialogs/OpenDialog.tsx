/**
 * Browser mode's file lists: "open" shows the .vanban files of the documents folder, "import"
 * (Nhập từ Word) its .docx and .txt files.
 */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileEntrySchema } from '../../../core/host/contract';
import { Modal } from './Modal';
import { formatWhen } from '../format-when';

export type FileEntry = z.infer<typeof fileEntrySchema>;

interface Props {
  files: FileEntry[];
  documentsDir: string;
  onAnswer(path: string | null): void;
  /** Which list: test ids and texts are "open-…" / "openDialog.…" or "import-…" / "importDialog.…". */
  purpose?: 'open' | 'import';
}

export function OpenDialog({ files, documentsDir, onAnswer, purpose = 'open' }: Props) {
  const { t, i18n } = useTranslation();
  const texts = purpose === 'open' ? 'openDialog' : 'importDialog';
  return (
    <Modal title={t(`${texts}.title`)} testId={`${purpose}-dialog`} onCancel={() => onAnswer(null)} wide>
      <p className="hint">{t(`${texts}.folder`, { dir: documentsDir })}</p>
      {files.length === 0 ? (
        <p className="empty-note" data-testid={`${purpose}-empty`}>
          {t(`${texts}.empty`)}
        </p>
      ) : (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-item" data-testid={`${purpose}-item`} data-path={file.path} onClick={() => onAnswer(file.path)}>
                <span className="file-name">{file.name}</span>
                <span className="file-meta">{formatWhen(file.modified, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid={`${purpose}-cancel`} onClick={() => onAnswer(null)}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
