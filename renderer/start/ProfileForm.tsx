/**
 * "Thông tin đơn vị": the agency profile every new document can start from (agency names,
 * codes, place, signer, recipients), saved in the host's settings.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyProfile } from '../../core/model/schema';
import type { AuthorityPrefix } from '../../core/model/types';

const AUTHORITIES: Array<Exclude<AuthorityPrefix, 'TM'>> = ['KT', 'TL', 'TUQ', 'Q'];

interface Draft {
  parentAgency: string;
  issuingAgency: string;
  issuingAgencyInText: string;
  agencyCode: string;
  unitCode: string;
  place: string;
  collective: string;
  authority: string;
  headTitle: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
  archive: string;
}

function toDraft(profile: AgencyProfile | null): Draft {
  return {
    parentAgency: profile?.parentAgency ?? '',
    issuingAgency: profile?.issuingAgency ?? '',
    issuingAgencyInText: profile?.issuingAgencyInText ?? '',
    agencyCode: profile?.agencyCode ?? '',
    unitCode: profile?.unitCode ?? '',
    place: profile?.place ?? '',
    collective: profile?.signature?.collective ?? '',
    authority: profile?.signature?.authority ?? '',
    headTitle: profile?.signature?.headTitle ?? '',
    signerTitle: profile?.signature?.signerTitle ?? '',
    signerName: profile?.signature?.signerName ?? '',
    recipients: (profile?.recipients ?? []).join('\n'),
    archive: profile?.archive ?? '',
  };
}

/** The profile from the form, NFC and trimmed; recipients one per line. */
export function fromDraft(draft: Draft): AgencyProfile {
  const clean = (text: string) => text.normalize('NFC').trim();
  return {
    parentAgency: clean(draft.parentAgency),
    issuingAgency: draft.issuingAgency
      .normalize('NFC')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    issuingAgencyInText: clean(draft.issuingAgencyInText),
    agencyCode: clean(draft.agencyCode),
    unitCode: clean(draft.unitCode),
    place: clean(draft.place),
    signature: {
      collective: clean(draft.collective),
      authority: (draft.authority || null) as Exclude<AuthorityPrefix, 'TM'> | null,
      headTitle: clean(draft.headTitle),
      signerTitle: clean(draft.signerTitle),
      signerName: clean(draft.signerName),
    },
    recipients: draft.recipients
      .normalize('NFC')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    archive: clean(draft.archive),
  };
}

function Row({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'form-row wide' : 'form-row'}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

export function ProfileForm({ profile, onSave, onCancel }: { profile: AgencyProfile | null; onSave(profile: AgencyProfile): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(profile));
  const field = (key: keyof Draft, testId: string) => ({
    value: draft[key],
    'data-testid': testId,
    className: 'text-input',
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: event.target.value })),
  });
  return (
    <form
      className="profile-form"
      data-testid="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(fromDraft(draft));
      }}
    >
      <p className="hint">{t('profile.intro')}</p>
      <fieldset>
        <legend>{t('profile.agency')}</legend>
        <div className="form-grid">
          <Row label={t('profile.parentAgency')}>
            <input {...field('parentAgency', 'profile-parent-agency')} placeholder={t('profile.parentAgencyExample')} />
          </Row>
          <Row label={t('profile.issuingAgency')}>
            <textarea rows={2} {...field('issuingAgency', 'profile-issuing-agency')} placeholder={t('profile.issuingAgencyExample')} />
          </Row>
          <Row label={t('profile.agencyInText')} wide>
            <input {...field('issuingAgencyInText', 'profile-agency-in-text')} placeholder={t('profile.agencyInTextExample')} />
          </Row>
          <Row label={t('profile.agencyCode')}>
            <input {...field('agencyCode', 'profile-agency-code')} placeholder="UBND" />
          </Row>
          <Row label={t('profile.unitCode')}>
            <input {...field('unitCode', 'profile-unit-code')} placeholder="VP" />
          </Row>
          <Row label={t('profile.place')}>
            <input {...field('place', 'profile-place')} placeholder={t('profile.placeExample')} />
          </Row>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.signer')}</legend>
        <div className="form-grid">
          <Row label={t('panel.collective')}>
            <input {...field('collective', 'profile-signature-collective')} placeholder={t('profile.collectiveExample')} />
          </Row>
          <Row label={t('panel.authority')}>
            <select {...field('authority', 'profile-signature-authority')}>
              <option value="">{t('panel.authorityNone')}</option>
              {AUTHORITIES.map((prefix) => (
                <option key={prefix} value={prefix}>
                  {t(`panel.authorityName.${prefix}`, { prefix: `${prefix}.` })}
                </option>
              ))}
            </select>
          </Row>
          <Row label={t('panel.headTitle')}>
            <input {...field('headTitle', 'profile-signature-head-title')} placeholder={t('profile.headTitleExample')} />
          </Row>
          <Row label={t('panel.signerTitle')}>
            <input {...field('signerTitle', 'profile-signature-signer-title')} placeholder={t('profile.signerTitleExample')} />
          </Row>
          <Row label={t('page.signerName')} wide>
            <input {...field('signerName', 'profile-signature-signer-name')} placeholder={t('profile.signerNameExample')} />
          </Row>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('profile.recipientsTitle')}</legend>
        <div className="form-grid">
          <Row label={t('profile.recipients')} wide>
            <textarea rows={4} {...field('recipients', 'profile-recipients')} placeholder={t('profile.recipientsExample')} />
          </Row>
          <Row label={t('profile.archive')}>
            <input {...field('archive', 'profile-archive')} placeholder="VT, VP" />
          </Row>
        </div>
      </fieldset>
      <div className="modal-actions">
        <button type="button" className="button" data-testid="profile-cancel" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="submit" className="button primary" data-testid="profile-save">
          {t('profile.save')}
        </button>
      </div>
    </form>
  );
}
