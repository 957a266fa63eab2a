/**
 * The start screen: new from a template (with the agency profile), open, recent files, and the
 * agency profile ("Thông tin đơn vị").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileEntrySchema, templateSummarySchema } from '../../core/host/contract';
import type { AgencyProfile } from '../../core/model/schema';
import { formatWhen } from '../app/format-when';
import { Modal } from '../app/dialogs/Modal';
import { ProfileForm } from './ProfileForm';
import { OfficePanel } from '../office/OfficePanel';
import type { HostApi } from '../../core/host/contract';
import './start-import.css';

type TemplateSummary = z.infer<typeof templateSummarySchema>;
type FileEntry = z.infer<typeof fileEntrySchema>;

interface Props {
  templates: TemplateSummary[];
  recent: FileEntry[];
  profile: AgencyProfile | null;
  onCreate(templateId: string, useProfile: boolean): void;
  onOpen(): void;
  onImport(): void;
  onOpenRecent(path: string): void;
  onSaveProfile(profile: AgencyProfile): Promise<boolean>;
  host: HostApi;
}

export function StartScreen({ templates, recent, profile, onCreate, onOpen, onImport, onOpenRecent, onSaveProfile, host }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [useProfile, setUseProfile] = useState(profile !== null);
  const [editingProfile, setEditingProfile] = useState(false);
  const [seenProfile, setSeenProfile] = useState(profile);
  if (profile !== seenProfile) {
    // A profile that arrives or is saved turns "use" on.
    setSeenProfile(profile);
    setUseProfile(profile !== null);
  }

  return (
    <main className="start-screen" data-testid="start-screen">
      <section className="start-main">
        <div className="start-heading">
          <h1>{t('start.newTitle')}</h1>
          <p className="hint">{t('start.newHint')}</p>
        </div>
        <div className="profile-bar">
          <label className="checkbox">
            <input type="checkbox" data-testid="use-profile" checked={useProfile} disabled={!profile} onChange={(event) => setUseProfile(event.target.checked)} />
            <span>{t('start.useProfile')}</span>
          </label>
          <span className="profile-summary" data-testid="profile-summary">
            {profile ? profile.issuingAgency.replace(/\n/g, ' ') : t('start.noProfile')}
          </span>
          <button type="button" className="link-button" data-testid="profile-edit" onClick={() => setEditingProfile(true)}>
            {profile ? t('start.editProfile') : t('start.createProfile')}
          </button>
        </div>
        <ul className="template-grid">
          {templates.map((template) => (
            <li key={template.id}>
              <button type="button" className="template-card" data-testid={`template-${template.id}`} onClick={() => onCreate(template.id, useProfile && profile !== null)}>
                <span className="template-thumb" aria-hidden="true">
                  <span className="thumb-line short" />
                  <span className="thumb-line title" />
                  <span className="thumb-line" />
                  <span className="thumb-line" />
                  <span className="thumb-line mid" />
                  <span className="thumb-line" />
                </span>
                <span className="template-text">
                  <span className="template-title">{english ? template.titleEn : template.title}</span>
                  <span className="template-description">{english ? template.descriptionEn : template.description}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <aside className="start-side">
        <button type="button" className="button primary wide" data-testid="open-button" onClick={onOpen}>
          {t('start.open')}
        </button>
        <button type="button" className="button wide start-import" data-testid="import-button" title={t('start.importHint')} onClick={onImport}>
          {t('start.import')}
        </button>
        <h2>{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="empty-note" data-testid="recent-empty">
            {t('start.noRecent')}
          </p>
        ) : (
          <ul className="file-list">
            {recent.map((file) => (
              <li key={file.path}>
                <button type="button" className="file-item" data-testid="recent-file" data-path={file.path} title={file.path} onClick={() => onOpenRecent(file.path)}>
                  <span className="file-name">{file.name}</span>
                  <span className="file-meta">{formatWhen(file.modified, i18n.language)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <OfficePanel host={host} />
      </aside>
      {editingProfile && (
        <Modal title={t('profile.title')} testId="profile-dialog" onCancel={() => setEditingProfile(false)} wide>
          <ProfileForm
            profile={profile}
            onCancel={() => setEditingProfile(false)}
            onSave={async (next) => {
              if (await onSaveProfile(next)) setEditingProfile(false);
            }}
          />
        </Modal>
      )}
    </main>
  );
}
