/**
 * Issuing (cấp số và phát hành), for the records clerk on an approved document: the number from
 * the agency's outgoing document register (the draft's own number when it has one, else the next
 * free one suggested), the issue date (the draft's date when it is complete, else today), a preview
 * of the printed lines. A number already used that year is refused before any file is chosen: the
 * dialog stays open with the reason and nothing in the document changes.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { formatPlaceAndDate } from '../../core/format/date';
import { formatNumberAndCode } from '../../core/format/number-code';
import type { IssueDetails } from '../../core/review/workflow';
import { Modal } from '../app/dialogs/Modal';
import { formatIssueDate, parseIssueDate, parseRegisterNumber, today } from './issue-date';
import { reviewErrorMessage } from './review-errors';

interface Props {
  doc: VanBanDocument;
  /** The register's next free number for the year (host registerNext). */
  suggest(year: number): Promise<number>;
  /** Issues; resolves to an error message to show (the dialog stays open), or null when done or cancelled. */
  onIssue(details: IssueDetails, note: string): Promise<string | null>;
  onCancel(): void;
}

export function IssueDialog({ doc, suggest, onIssue, onCancel }: Props) {
  const { t } = useTranslation('review');
  // Start from what the draft holds: its number and its date when they are filled in.
  const [numberText, setNumberText] = useState(() => (doc.header.number !== null ? String(doc.header.number) : ''));
  const numberTyped = useRef(doc.header.number !== null);
  const [dateText, setDateText] = useState(() => formatIssueDate(draftDate(doc) ?? today()));
  const [note, setNote] = useState('');
  const [next, setNext] = useState<{ year: number; number: number } | null>(null);
  const [nextError, setNextError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const number = parseRegisterNumber(numberText);
  const date = parseIssueDate(dateText);
  const year = date?.year ?? null;

  // The register's next number for the year of the date; filled in until the clerk types one.
  useEffect(() => {
    if (year === null) return;
    let current = true;
    suggest(year).then(
      (value) => {
        if (!current) return;
        setNext({ year, number: value });
        setNextError(null);
        if (!numberTyped.current) setNumberText(String(value));
      },
      (failure: unknown) => {
        if (!current) return;
        setNext(null);
        setNextError(t('issue.nextFailed', { message: reviewErrorMessage(t, failure) }));
      },
    );
    return () => {
      current = false;
    };
  }, [suggest, t, year]);

  const preview =
    number !== null && date !== null
      ? [formatNumberAndCode(doc.kind, doc.variant, { ...doc.header, number }), formatPlaceAndDate(doc.header.place, date)]
      : null;

  const submit = async () => {
    setTried(true);
    if (number === null || date === null || busy) return;
    setBusy(true);
    setError(null);
    try {
      const message = await onIssue({ number, date }, note.normalize('NFC').trim());
      setError(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('issue.title')} testId="issue-dialog" onCancel={() => !busy && onCancel()}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="hint">{t('issue.intro')}</p>
        <div className="review-form-row">
          <label className="review-form-cell">
            <span className="field-label">{t('issue.number')}</span>
            <input
              className="text-input"
              data-testid="issue-number"
              inputMode="numeric"
              autoFocus
              value={numberText}
              aria-invalid={tried && number === null}
              onChange={(event) => {
                numberTyped.current = true;
                setNumberText(event.target.value);
                setError(null);
              }}
            />
          </label>
          <label className="review-form-cell wide">
            <span className="field-label">{t('issue.date')}</span>
            <input
              className="text-input"
              data-testid="issue-date"
              placeholder={t('issue.datePlaceholder')}
              value={dateText}
              aria-invalid={tried && date === null}
              onChange={(event) => {
                setDateText(event.target.value);
                setError(null);
              }}
            />
          </label>
        </div>
        {next && (
          <p className="hint" data-testid="issue-next">
            {t('issue.numberHint', { year: next.year, next: next.number })}
          </p>
        )}
        {nextError && (
          <p className="review-error" role="alert" data-testid="issue-next-error">
            {nextError}
          </p>
        )}
        {tried && number === null && (
          <p className="review-error" role="alert">
            {t('issue.badNumber')}
          </p>
        )}
        {tried && date === null && (
          <p className="review-error" role="alert">
            {t('issue.badDate')}
          </p>
        )}
        {preview && (
          <div className="issue-preview" data-testid="issue-preview" aria-label={t('issue.preview')}>
            <span>{preview[0]}</span>
            <span className="issue-preview-date">{preview[1]}</span>
          </div>
        )}
        <label className="field-label" htmlFor="issue-note">
          {t('issue.note')}
        </label>
        <textarea id="issue-note" className="text-input review-note" data-testid="issue-note" rows={2} maxLength={5000} value={note} onChange={(event) => setNote(event.target.value)} />
        {error && (
          <p className="review-error" role="alert" data-testid="issue-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" data-testid="issue-cancel" disabled={busy} onClick={onCancel}>
            {t('app:dialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="issue-confirm" disabled={busy}>
            {t('issue.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The draft's date when day, month and year are all filled in. */
function draftDate(doc: VanBanDocument): { day: number; month: number; year: number } | null {
  const { day, month, year } = doc.header.date;
  return day !== null && month !== null && year !== null ? { day, month, year } : null;
}
