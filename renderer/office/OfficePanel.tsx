/**
 * The start screen's office server part: sign in / out, who is signed in, and the inbox "Văn bản
 * chờ tôi xử lý" (submitted to me, returned to me, approved and waiting for a number) with the
 * document, who sent it and when.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostApi } from '../../core/host/contract';
import { errorMessage } from '../app/error-message';
import { formatWhen } from '../app/format-when';
import { SignInDialog } from './SignInDialog';
import { useOffice, type InboxItem } from './use-office';
import './office.css';

function notifyArrivals(items: InboxItem[], title: string, line: (item: InboxItem) => string): void {
  if (typeof Notification === 'undefined') return;
  const show = () => new Notification(title, { body: items.map(line).join('\n'), silent: false });
  if (Notification.permission === 'granted') show();
  else if (Notification.permission === 'default') void Notification.requestPermission().then((answer) => answer === 'granted' && show());
}

export function OfficePanel({ host }: { host: HostApi }) {
  const { t, i18n } = useTranslation();
  const reasonLine = (item: InboxItem) => `${t(`office.reason.${item.reason}`)}: ${item.title}${item.from ? ` (${item.from.name})` : ''}`;
  const office = useOffice(host, (items) => notifyArrivals(items, t('office.notificationTitle'), reasonLine));
  const [signingIn, setSigningIn] = useState(false);
  const account = office.status?.account ?? null;

  return (
    <section className="office-panel" data-testid="office-panel">
      <h2>{t('office.title')}</h2>
      {account ? (
        <p className="office-account" data-testid="office-account">
          <span className="office-state connected">{t('office.connected')}</span> {account.name} · {t(`office.role.${account.role}`)}
          <button type="button" className="link-button" data-testid="office-sign-out" onClick={() => void office.signOut()}>
            {t('office.signOut')}
          </button>
        </p>
      ) : (
        <p className="office-account" data-testid="office-account">
          <span className="office-state">{t('office.signedOut')}</span>
          <button type="button" className="link-button" data-testid="office-sign-in" onClick={() => setSigningIn(true)}>
            {t('office.signIn')}
          </button>
        </p>
      )}
      {account && (
        <>
          <h3>
            {t('office.inbox')}
            <button type="button" className="link-button" data-testid="office-refresh" onClick={() => void office.refresh()}>
              {t('office.refresh')}
            </button>
          </h3>
          {office.inboxError !== null && (
            <p className="form-error" role="alert" data-testid="office-inbox-error">
              {errorMessage(t, office.inboxError)}
            </p>
          )}
          {office.inbox && office.inbox.length === 0 && (
            <p className="empty-note" data-testid="office-inbox-empty">
              {t('office.inboxEmpty')}
            </p>
          )}
          {office.inbox && office.inbox.length > 0 && (
            <ul className="file-list" data-testid="office-inbox">
              {office.inbox.map((item) => (
                <li key={`${item.documentId} ${item.reason}`} className="office-item" data-testid="office-inbox-item" data-document={item.documentId}>
                  <span className="file-name">{item.title}</span>
                  <span className="file-meta">
                    {t(`office.reason.${item.reason}`)}
                    {item.from ? ` · ${item.from.name}` : ''}
                    {item.when ? ` · ${formatWhen(item.when, i18n.language)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {signingIn && (
        <SignInDialog
          serverUrl={office.status?.serverUrl ?? null}
          tokenKept={office.status?.tokenKept ?? false}
          onCancel={() => setSigningIn(false)}
          onSignIn={async (serverUrl, login, password) => {
            await office.signIn(serverUrl, login, password);
            setSigningIn(false);
          }}
        />
      )}
    </section>
  );
}
