/**
 * Document properties beside the page, in step with it: secrecy and urgency marks, the code
 * parts of the number, the agency's name in running text, and the signing authority.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorityPrefix, SecrecyMark, UrgencyMark, VanBanDocument } from '../../core/model/types';
import { DECREE30, documentTypeById } from '../../core/rules/decree30';
import type { Fields } from '../page/edit-helpers';
import { useFieldAttributes } from '../check/field-findings';
import { useReadOnly } from '../page/read-only';

const AUTHORITIES: Array<Exclude<AuthorityPrefix, 'TM'>> = ['KT', 'TL', 'TUQ', 'Q'];

function TextRow({ id, label, value, onChange, hint, field }: { id: string; label: string; value: string; onChange(value: string): void; hint?: string; field?: string }) {
  const fieldAttributes = useFieldAttributes(field);
  const readOnly = useReadOnly();
  return (
    <label className="panel-row">
      <span className="field-label">{label}</span>
      <input className="text-input" data-testid={id} {...fieldAttributes} readOnly={readOnly} value={value} onChange={(event) => onChange(event.target.value.normalize('NFC'))} />
      {hint && <span className="hint">{hint}</span>}
    </label>
  );
}

/** Memoised: typing in the body (same document object) does not re-render it. */
export const SidePanel = memo(function SidePanel({ doc, fields }: { doc: VanBanDocument; fields: Fields }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const type = documentTypeById(doc.kind);
  const { header, signature } = doc;
  return (
    <aside className="side-panel" data-testid="side-panel" aria-label={t('panel.label')}>
      <section className="panel-section">
        <h3>{t('panel.document')}</h3>
        <div className="panel-row static">
          <span className="field-label">{t('panel.type')}</span>
          <span data-testid="panel-type">
            {type?.name ?? doc.kind}
            {doc.variant === 'party' ? ` · ${t('panel.party')}` : ''}
          </span>
        </div>
        <label className="panel-row">
          <span className="field-label">{t('panel.secrecy')}</span>
          <select className="text-input" data-testid="panel-secrecy" disabled={readOnly} value={header.secrecy ?? ''} onChange={(event) => fields.header('secrecy', (event.target.value || null) as SecrecyMark | null)}>
            <option value="">{t('panel.none')}</option>
            {DECREE30.secrecyMarks.map((mark) => (
              <option key={mark} value={mark}>
                {mark}
              </option>
            ))}
          </select>
        </label>
        <label className="panel-row">
          <span className="field-label">{t('panel.urgency')}</span>
          <select className="text-input" data-testid="panel-urgency" disabled={readOnly} value={header.urgency ?? ''} onChange={(event) => fields.header('urgency', (event.target.value || null) as UrgencyMark | null)}>
            <option value="">{t('panel.none')}</option>
            {DECREE30.urgencyMarks.map((mark) => (
              <option key={mark} value={mark}>
                {mark}
              </option>
            ))}
          </select>
        </label>
        <div className="panel-pair">
          <TextRow id="panel-agency-code" label={t('panel.agencyCode')} value={header.agencyCode} onChange={(value) => fields.header('agencyCode', value)} field="header.agencyCode" />
          <TextRow id="panel-unit-code" label={t('panel.unitCode')} value={header.unitCode} onChange={(value) => fields.header('unitCode', value)} field="header.unitCode" />
        </div>
        <TextRow id="panel-agency-in-text" label={t('panel.agencyInText')} value={header.issuingAgencyInText} onChange={(value) => fields.header('issuingAgencyInText', value)} field="header.issuingAgencyInText" hint={t('panel.agencyInTextHint')} />
      </section>
      <section className="panel-section" id="signature-panel">
        <h3>{t('panel.signature')}</h3>
        <TextRow id="signature-collective" label={t('panel.collective')} value={signature.collective} onChange={(value) => fields.signature('collective', value)} field="signature.collective" hint={t('panel.collectiveHint')} />
        <label className="panel-row">
          <span className="field-label">{t('panel.authority')}</span>
          <select
            className="text-input"
            data-testid="signature-authority"
            disabled={readOnly}
            value={signature.authority ?? ''}
            onChange={(event) => fields.signature('authority', (event.target.value || null) as Exclude<AuthorityPrefix, 'TM'> | null)}
          >
            <option value="">{t('panel.authorityNone')}</option>
            {AUTHORITIES.map((prefix) => (
              <option key={prefix} value={prefix}>
                {t(`panel.authorityName.${prefix}`, { prefix: DECREE30.authorityPrefixes[doc.variant][prefix] })}
              </option>
            ))}
          </select>
        </label>
        <TextRow id="signature-head-title" label={t('panel.headTitle')} value={signature.headTitle} onChange={(value) => fields.signature('headTitle', value)} field="signature.headTitle" />
        <TextRow id="signature-signer-title" label={t('panel.signerTitle')} value={signature.signerTitle} onChange={(value) => fields.signature('signerTitle', value)} field="signature.signerTitle" />
      </section>
    </aside>
  );
});
