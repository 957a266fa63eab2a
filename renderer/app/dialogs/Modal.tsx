/** A centred modal dialog; Escape cancels. */
import { useEffect, type ReactNode } from 'react';

export function Modal({ title, testId, onCancel, children, wide }: { title: string; testId: string; onCancel(): void; children: ReactNode; wide?: boolean }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop">
      <div className={wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
