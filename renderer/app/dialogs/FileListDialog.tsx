/**
 * Browser mode's file pickers: the files of the documents folder in a modal list, one chosen by a
 * click (its path answered) or none (cancel: null). The open, import and comment-import dialogs.
 */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileEntrySchema } from '../../../core/host/contract';
import { Modal } from './Modal';
import { formatWhen } from '../format-when';

export type FileEntry = z.infer<typeof fileEntrySchema>;

interface Props {
  files: FileEntry[];
  title: string;
  /** The hint naming the documents folder. */
  folderHint: string;
  /** Shown instead of the list when there are no files. */
  emptyText: string;
  /** Test ids: "<testId>-dialog", "<testId>-empty", "<testId>-item" and "<testId>-cancel". */
  testId: string;
  onAnswer(path: string | null): void;
}

export function FileListDialog({ files, title, folderHint, emptyText, testId, onAnswer }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Modal title={title} testId={`${testId}-dialog`} onCancel={() => onAnswer(null)} wide>
      <p className="hint">{folderHint}</p>
      {files.length === 0 ? (
        <p className="empty-note" data-testid={`${testId}-empty`}>
          {emptyText}
        </p>
      ) : (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.path}>
              <button type="button" className="file-item" data-testid={`${testId}-item`} data-path={file.path} onClick={() => onAnswer(file.path)}>
                <span className="file-name">{file.name}</span>
                <span className="file-meta">{formatWhen(file.modified, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={() => onAnswer(null)}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
