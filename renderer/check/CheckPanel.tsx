/**
 * The checker panel (kiểm tra thể thức): the open document's format errors (lỗi thể thức),
 * warnings and notes, grouped by severity, each message in the UI language. Clicking a finding
 * goes to its passage; "Sửa nhanh" applies the finding's fix. An approved or issued document
 * (locked) lists its findings without quick fixes, with a note saying why.
 */
import { useTranslation } from 'react-i18next';
import type { Bilingual, Finding, Severity } from '../../core/check/types';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Props {
  /** null while the first check runs. */
  findings: Finding[] | null;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onClose(): void;
  /** The content is read-only (approved or issued): no quick fixes. */
  locked?: boolean;
}

export function CheckPanel({ findings, onSelect, onFix, onClose, locked = false }: Props) {
  const { t, i18n } = useTranslation();
  const text = (value: Bilingual) => (i18n.language === 'en' ? value.en : value.vi);
  const bySeverity = (severity: Severity) => (findings ?? []).filter((finding) => finding.severity === severity);

  return (
    <aside className="check-panel" data-testid="check-panel" aria-label={t('check.title')} data-state={findings === null ? 'checking' : 'done'} data-locked={locked ? 'true' : undefined}>
      <div className="check-head">
        <h3>{t('check.title')}</h3>
        <button type="button" className="link-button" data-testid="check-close" onClick={onClose} aria-label={t('check.close')} title={t('check.close')}>
          ×
        </button>
      </div>
      {findings === null ? (
        <p className="hint">{t('check.checking')}</p>
      ) : findings.length === 0 ? (
        <p className="check-clean" data-testid="check-clean">
          {t('check.clean')}
        </p>
      ) : (
        <>
          <p className="check-summary" data-testid="check-summary">
            {t('check.summary', { errors: bySeverity('error').length, warnings: bySeverity('warning').length, notes: bySeverity('info').length })}
          </p>
          {locked && findings.some((finding) => finding.fix) && (
            <p className="hint" data-testid="check-locked">
              {t('check.locked')}
            </p>
          )}
          {SEVERITIES.map((severity) => {
            const group = bySeverity(severity);
            if (group.length === 0) return null;
            return (
              <section className="check-group" key={severity} data-testid={`check-group-${severity}`}>
                <h4>{t(`check.severity.${severity}`, { count: group.length })}</h4>
                <ul className="check-list">
                  {group.map((finding, index) => (
                    <li
                      className={`check-finding ${severity}`}
                      key={`${finding.ruleId}:${finding.location.blockId ?? finding.location.path ?? ''}:${index}`}
                      data-testid="check-finding"
                      data-rule={finding.ruleId}
                      data-severity={severity}
                      data-block-id={finding.location.blockId}
                      data-field={finding.location.path}
                    >
                      <button type="button" className="check-message" data-testid="check-go" onClick={() => onSelect(finding)} title={t('check.goTo')}>
                        <span className="check-dot" aria-hidden="true" />
                        <span>{text(finding.message)}</span>
                      </button>
                      {finding.fix && !locked && (
                        <button type="button" className="button small check-fix" data-testid="check-fix" title={text(finding.fix.description)} onClick={() => onFix(finding)}>
                          {t('check.fix')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </aside>
  );
}
