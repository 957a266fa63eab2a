/**
 * Confirms a step (trình duyệt, trả lại, duyệt) with a note for the processing history. Returning
 * needs a note: the drafter must know what to change. The step is recorded by saving the file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewMove } from '../../core/review/steps';
import { Modal } from '../app/dialogs/Modal';

export type NoteMove = Exclude<ReviewMove, 'issue'>;

interface Props {
  move: NoteMove;
  /** Shown under the note when the move failed (the dialog stays open). */
  error: string | null;
  busy: boolean;
  onConfirm(note: string): void;
  onCancel(): void;
}

export function noteRequired(move: ReviewMove): boolean {
  return move === 'return';
}

export function MoveDialog({ move, error, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('review');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const required = noteRequired(move);
  const missing = required && note.trim() === '';
  return (
    <Modal title={t(`moveTitle.${move}`)} testId="move-dialog" onCancel={onCancel}>
      <form
        data-move={move}
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!missing && !busy) onConfirm(note.normalize('NFC').trim());
        }}
      >
        <p className="hint">{t(`moveHint.${move}`)}</p>
        <label className="field-label" htmlFor="move-note">
          {required ? t('note.required') : t('note.label')}
        </label>
        <textarea
          id="move-note"
          className="text-input review-note"
          data-testid="move-note"
          autoFocus
          rows={4}
          maxLength={5000}
          aria-required={required}
          aria-invalid={tried && missing}
          placeholder={required ? t('note.returnPlaceholder') : t('note.placeholder')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        {tried && missing && (
          <p className="review-error" role="alert" data-testid="move-note-missing">
            {t('note.missing')}
          </p>
        )}
        {error && (
          <p className="review-error" role="alert" data-testid="move-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" data-testid="move-cancel" onClick={onCancel}>
            {t('app:dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="move-confirm" disabled={busy}>
            {t(`move.${move}`)}
          </button>
        </div>
      </form>
    </Modal>
  );
}
