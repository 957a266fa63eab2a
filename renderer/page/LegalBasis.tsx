/** "Căn cứ …;" lines, italic, above the body; an editable list ("." after the last). */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { LineList } from './LineList';
import { useReadOnly } from './read-only';
import { legalBasisDecorations } from './list-lines';
import type { Fields } from './edit-helpers';

export function LegalBasis({ doc, fields }: { doc: VanBanDocument; fields: Fields }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  if (doc.legalBasis.length === 0) {
    if (readOnly) return <div className="legal-basis empty screen-only" data-flow="legal" />;
    return (
      <div className="legal-basis empty screen-only" data-flow="legal">
        <button
          type="button"
          className="line-add"
          data-testid="legal-basis-add"
          title={t('page.addLegalBasis')}
          aria-label={t('page.addLegalBasis')}
          onClick={() => {
            fields.set('legalBasis', ['']);
            window.setTimeout(() => document.querySelector<HTMLElement>('[data-testid="legal-basis-item-text"]')?.focus(), 0);
          }}
        >
          +
        </button>
      </div>
    );
  }
  return (
    <div className="legal-basis" data-flow="legal">
      <LineList
        lines={doc.legalBasis}
        decorations={legalBasisDecorations(doc.legalBasis)}
        onChange={(next) => fields.set('legalBasis', next)}
        testId="legal-basis"
        field="legalBasis"
        itemTestId="legal-basis-item"
        label={t('page.legalBasis')}
        placeholder={t('page.legalBasisPlaceholder')}
        addLabel={t('page.addLegalBasis')}
        className="body-lines"
      />
    </div>
  );
}
