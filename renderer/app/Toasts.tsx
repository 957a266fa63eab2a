import { useTranslation } from 'react-i18next';
import type { Toast } from './use-toasts';

export function Toasts({ toasts, dismiss }: { toasts: Toast[]; dismiss(id: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'} data-testid={toast.kind === 'error' ? 'error-toast' : 'info-toast'}>
          <span className="toast-text">{toast.text}</span>
          <button type="button" className="toast-close" aria-label={t('dialog.close')} data-testid="toast-close" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
