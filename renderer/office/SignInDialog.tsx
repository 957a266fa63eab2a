/** "Đăng nhập máy chủ văn phòng": the server address (as the administrator gave it), login and password. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../app/dialogs/Modal';
import { errorMessage } from '../app/error-message';

interface Props {
  serverUrl: string | null;
  tokenKept: boolean;
  onSignIn(serverUrl: string, login: string, password: string): Promise<void>;
  onCancel(): void;
}

export function SignInDialog({ serverUrl, tokenKept, onSignIn, onCancel }: Props) {
  const { t } = useTranslation();
  const [address, setAddress] = useState(serverUrl ?? 'http://');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={t('office.signInTitle')} testId="office-sign-in-dialog" onCancel={onCancel}>
      <form
        className="office-sign-in"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await onSignIn(address, login, password);
          } catch (caught) {
            setError(errorMessage(t, caught));
            setPassword('');
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="field">
          <span>{t('office.serverUrl')}</span>
          <input data-testid="office-server-url" value={address} onChange={(event) => setAddress(event.target.value)} placeholder="http://192.168.1.10:8420" required />
        </label>
        <label className="field">
          <span>{t('office.login')}</span>
          <input data-testid="office-login" value={login} autoComplete="username" onChange={(event) => setLogin(event.target.value)} required autoFocus />
        </label>
        <label className="field">
          <span>{t('office.password')}</span>
          <input data-testid="office-password" type="password" value={password} autoComplete="current-password" onChange={(event) => setPassword(event.target.value)} required />
        </label>
        <p className="hint" data-testid="office-token-note">
          {tokenKept ? t('office.tokenKept') : t('office.tokenNotKept')}
        </p>
        {error && (
          <p className="form-error" role="alert" data-testid="office-sign-in-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('office.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="office-sign-in-submit" disabled={busy}>
            {t('office.signIn')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
