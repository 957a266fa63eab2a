/** Browser mode's "Nhập góp ý từ Word…": the .docx files of the documents folder. */
import { useTranslation } from 'react-i18next';
import { FileListDialog, type FileEntry } from '../app/dialogs/FileListDialog';

export function ImportCommentsDialog({ files, documentsDir, onAnswer }: { files: FileEntry[]; documentsDir: string; onAnswer(path: string | null): void }) {
  const { t } = useTranslation('review');
  const docx = files.filter((file) => /\.docx$/i.test(file.path));
  return (
    <FileListDialog
      files={docx}
      title={t('import.title')}
      folderHint={t('import.folder', { dir: documentsDir })}
      emptyText={t('import.empty')}
      testId="import-comments"
      onAnswer={onAnswer}
    />
  );
}
