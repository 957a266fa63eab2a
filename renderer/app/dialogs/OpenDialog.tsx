/**
 * Browser mode's file lists: "open" shows the .vanban files of the documents folder, "import"
 * (Nhập từ Word) its .docx and .txt files.
 */
import { useTranslation } from 'react-i18next';
import { FileListDialog, type FileEntry } from './FileListDialog';

interface Props {
  files: FileEntry[];
  documentsDir: string;
  onAnswer(path: string | null): void;
  /** Which list: test ids and texts are "open-…" / "openDialog.…" or "import-…" / "importDialog.…". */
  purpose?: 'open' | 'import';
}

export function OpenDialog({ files, documentsDir, onAnswer, purpose = 'open' }: Props) {
  const { t } = useTranslation();
  const texts = purpose === 'open' ? 'openDialog' : 'importDialog';
  return (
    <FileListDialog
      files={files}
      title={t(`${texts}.title`)}
      folderHint={t(`${texts}.folder`, { dir: documentsDir })}
      emptyText={t(`${texts}.empty`)}
      testId={purpose}
      onAnswer={onAnswer}
    />
  );
}
