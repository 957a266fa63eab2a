/** The closing sentence, ended by "./." as the writer ends the body. */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { InlineField } from './InlineField';
import { CLOSING_MARK } from './document-text';
import type { Fields } from './edit-helpers';

export function ClosingLine({ doc, fields }: { doc: VanBanDocument; fields: Fields }) {
  const { t } = useTranslation();
  return (
    <p className="closing body-para" data-flow="closing">
      <InlineField
        value={doc.closing}
        onChange={(value) => fields.set('closing', value)}
        testId="field-closing"
        field="closing"
        label={t('page.closing')}
        placeholder={t('page.closingPlaceholder')}
        multiline
      />
      <span className="closing-mark">{CLOSING_MARK}</span>
    </p>
  );
}
