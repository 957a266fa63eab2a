/**
 * The import panel: after File → Import, each guess the importer was unsure of, with its place
 * (the part of the document and the text there), so the clerk can check it. Page furniture left
 * out (page numbers, running heads) is one line with its count.
 */
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importReportSchema } from '../../core/host/contract';

export type ImportReport = z.infer<typeof importReportSchema>;

type Note = ImportReport['notes'][number];

interface Entry {
  note: Note;
  count: number;
}

/** Notes in order, those of one code that say the same thing for many places folded into one. */
function entries(notes: readonly Note[]): Entry[] {
  const out: Entry[] = [];
  const folded = new Map<string, Entry>();
  for (const note of notes) {
    if (note.code === 'page-furniture') {
      const entry = folded.get(note.code);
      if (entry) {
        entry.count++;
        continue;
      }
      const created = { note, count: 1 };
      folded.set(note.code, created);
      out.push(created);
      continue;
    }
    out.push({ note, count: 1 });
  }
  return out;
}

export function ImportPanel({ report, onClose }: { report: ImportReport; onClose(): void }) {
  const { t } = useTranslation();
  const list = entries(report.notes);
  return (
    <aside className="check-panel import-panel" data-testid="import-panel" aria-label={t('importNotes.title')}>
      <div className="check-head">
        <h3>{t('importNotes.title')}</h3>
        <button type="button" className="link-button" data-testid="import-panel-close" onClick={onClose} aria-label={t('importNotes.close')} title={t('importNotes.close')}>
          ×
        </button>
      </div>
      <p className="check-summary" data-testid="import-panel-summary">
        {t('importNotes.summary', { name: report.name, count: list.length })}
      </p>
      <ol className="check-list import-notes">
        {list.map(({ note, count }, index) => (
          <li key={index} className="check-finding note" data-testid="import-note" data-code={note.code}>
            <span className="import-note-text">{t(`importNotes.codes.${note.code}`, { ...note.params, count, defaultValue: note.code })}</span>
            {note.place.text && (
              <span className="import-note-place" data-testid="import-note-place">
                {note.place.page !== undefined ? t('importNotes.placeOnPage', { part: t(`importNotes.parts.${note.place.part}`), page: note.place.page }) : t(`importNotes.parts.${note.place.part}`)}
                {': '}“{note.place.text}”
              </span>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
