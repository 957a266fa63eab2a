/**
 * Recipients | signature, side by side (cells 9b and 7): "Nơi nhận:" and its list on the left;
 * the authority lines (from core signatureAuthorityLines), space for signature and seal and the
 * signer's name on the right. The authority fields are edited in the side panel.
 */
import { useTranslation } from 'react-i18next';
import type { VanBanDocument } from '../../core/model/types';
import { signatureAuthorityLines } from '../../core/format/signature';
import { isArchiveWrittenWhole } from '../../core/format/recipients';
import { InlineField } from './InlineField';
import { LineList } from './LineList';
import { ARCHIVE_PREFIX, RECIPIENTS_LABEL } from './document-text';
import { recipientDecorations } from './list-lines';
import type { Fields } from './edit-helpers';

export function SignatureArea({ doc, fields, onEditAuthority }: { doc: VanBanDocument; fields: Fields; onEditAuthority(): void }) {
  const { t } = useTranslation();
  const lines = signatureAuthorityLines(doc.signature, doc.variant);
  const recipients = doc.recipients.length > 0 ? doc.recipients : [''];
  return (
    <div className="signature-area" data-flow="signature">
      <div className="recipients-cell" data-testid="recipients">
        <div className="recipients-label">{RECIPIENTS_LABEL}</div>
        <LineList
          lines={recipients}
          decorations={recipientDecorations(recipients, doc.archive, doc.variant)}
          onChange={(next) => fields.set('recipients', next)}
          testId="recipient-list"
          field="recipients"
          itemTestId="recipient-item"
          label={t('page.recipient')}
          placeholder={t('page.recipientPlaceholder')}
          addLabel={t('page.addRecipient')}
        />
        <div className={doc.archive.trim() ? 'line archive-line' : 'line archive-line unprinted'}>
          <span className="deco">- {isArchiveWrittenWhole(doc.archive, doc.variant) ? '' : `${ARCHIVE_PREFIX} `}</span>
          <InlineField
            value={doc.archive}
            onChange={(value) => fields.set('archive', value)}
            testId="field-archive"
            field="archive"
            label={t('page.archive')}
            placeholder={t('page.archivePlaceholder')}
          />
          <span className="deco">.</span>
        </div>
      </div>
      <div className="signature-cell" data-testid="signature-block">
        <button type="button" className="signature-lines" data-testid="signature-lines" title={t('page.editAuthority')} onClick={onEditAuthority}>
          {lines.length > 0 ? lines.map((line) => <div key={line}>{line}</div>) : <div className="placeholder screen-only">{t('page.authorityPlaceholder')}</div>}
        </button>
        <div className="signature-space" />
        <div className="signer-name">
          <InlineField
            value={doc.signature.signerName}
            onChange={(value) => fields.signature('signerName', value)}
            testId="signature-signer-name"
            field="signature.signerName"
            label={t('page.signerName')}
            placeholder={t('page.signerNamePlaceholder')}
          />
        </div>
      </div>
    </div>
  );
}
