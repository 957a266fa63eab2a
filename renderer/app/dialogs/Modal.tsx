/** A centred modal dialog; Escape cancels. */
import type { ReactNode } from 'react';
import { useEscape } from '../use-escape';

export function Modal({ title, testId, onCancel, children, wide }: { title: string; testId: string; onCancel(): void; children: ReactNode; wide?: boolean }) {
  useEscape(onCancel);
  return (
    <div className="modal-backdrop">
      <div className={wide ? 'modal wide' : 'modal'} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
