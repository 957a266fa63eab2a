/** Cell 5a: the type name and the bold summary with a short rule under it, centred (not for letters). */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { documentTypeById } from '../../core/rules/decree30';
import { upperVi } from '../../core/model/text';
import { InlineField } from './InlineField';
import type { Fields } from './edit-helpers';

export function TitleBlock({ doc, fields }: { doc: VanBanDocument; fields: Fields }) {
  const { t } = useTranslation();
  const typeName = documentTypeById(doc.kind)?.typeName;
  if (!typeName) return null;
  return (
    <div className="title-block" data-flow="title">
      <div className="type-name" data-testid="type-name">
        {upperVi(typeName)}
      </div>
      <div className="ruled-block">
        <div className="title-summary">
          <InlineField
            value={doc.summary}
            onChange={(value) => fields.set('summary', value)}
            testId="field-summary"
            field="summary"
            label={t('page.summary')}
            placeholder={t('page.summaryPlaceholder')}
            multiline
          />
        </div>
        <div className="rule summary-rule" />
      </div>
    </div>
  );
}
