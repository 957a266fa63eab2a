/**
 * Before Duyệt (approve) and Phát hành… (issue): the document's open format errors, template
 * text left ("[…]") first, and a question — go on anyway, or go back and fix them. Issuing is
 * refused outright while template text remains: the dialog says so and only goes back.
 */
import { useTranslation } from 'react-i18next';
import type { Bilingual, Finding } from '../../core/check/types';
import { Modal } from '../app/dialogs/Modal';

export type GatedMove = 'approve' | 'issue';

interface Props {
  move: GatedMove;
  /** The open errors, in the order to show them. */
  errors: readonly Finding[];
  /** Issuing refused (template text remains): no way on from here. */
  refused: boolean;
  onContinue(): void;
  /** Back to the document (with the format check panel open). */
  onBack(): void;
}

export function CheckGateDialog({ move, errors, refused, onContinue, onBack }: Props) {
  const { t, i18n } = useTranslation('review');
  const text = (value: Bilingual) => (i18n.language === 'en' ? value.en : value.vi);
  return (
    <Modal title={t(`gate.title.${move}`)} testId="check-gate" onCancel={onBack}>
      <p className={refused ? 'review-error' : 'hint'} role={refused ? 'alert' : undefined} data-testid="check-gate-intro">
        {refused ? t('gate.refused') : t(`gate.intro.${move}`, { count: errors.length })}
      </p>
      <ul className="check-gate-list" data-testid="check-gate-list">
        {errors.map((finding, index) => (
          <li key={index} data-testid="check-gate-error" data-rule={finding.ruleId}>
            {text(finding.message)}
            {finding.count > 1 && <span className="check-gate-count"> {t('gate.places', { count: finding.count })}</span>}
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className={refused ? 'button primary' : 'button'} data-testid="check-gate-back" autoFocus={refused} onClick={onBack}>
          {t('gate.back')}
        </button>
        {!refused && (
          <button type="button" className="button primary" data-testid="check-gate-continue" onClick={onContinue}>
            {t(`gate.continue.${move}`)}
          </button>
        )}
      </div>
    </Modal>
  );
}
