/** Cell 9a of a letter: "Kính gửi:" with one addressee on the line or several as a list. */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { ADDRESSEE_LABEL } from './document-text';
import { LineList } from './LineList';
import { addresseeDecorations } from './list-lines';
import type { Fields } from './edit-helpers';

export function AddresseeBlock({ doc, fields }: { doc: VanBanDocument; fields: Fields }) {
  const { t } = useTranslation();
  if (doc.kind !== 'cong-van') return null;
  const lines = doc.addressees.length > 0 ? doc.addressees : [''];
  const several = doc.addressees.filter((line) => line.trim()).length > 1;
  return (
    <div className={several ? 'addressees several' : 'addressees'} data-flow="addressees">
      <span className="addressee-label">{ADDRESSEE_LABEL}</span>
      <LineList
        lines={lines}
        decorations={addresseeDecorations(lines)}
        onChange={(next) => fields.set('addressees', next)}
        testId="addressees"
        field="addressees"
        itemTestId="addressee-item"
        label={t('page.addressee')}
        placeholder={t('page.addresseePlaceholder')}
        addLabel={t('page.addAddressee')}
      />
    </div>
  );
}
