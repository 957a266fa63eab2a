/**
 * The checker panel (kiểm tra thể thức): the open document's format errors (lỗi thể thức),
 * warnings and notes, grouped by severity, each message in the UI language. A finding with one
 * cause in several places (a wrong style, a run of paragraphs) says how many and expands into
 * the list of its places. Clicking a finding or a place goes to the passage; "Sửa nhanh" applies
 * the fix to every place of the finding. An approved or issued document (locked) lists its
 * findings without quick fixes, with a note saying why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PART_NAMES } from '../../core/check/catalog';
import type { Bilingual, Finding, FindingLocation, Severity } from '../../core/check/types';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Props {
  /** null while the first check runs. */
  findings: Finding[] | null;
  /** Go to the finding's passage, or to one of its places. */
  onSelect(finding: Finding, place?: FindingLocation): void;
  onFix(finding: Finding): void;
  onClose(): void;
  /** The content is read-only (approved or issued): no quick fixes. */
  locked?: boolean;
}

export function CheckPanel({ findings, onSelect, onFix, onClose, locked = false }: Props) {
  const { t, i18n } = useTranslation();
  const text = (value: Bilingual) => (i18n.language === 'en' ? value.en : value.vi);
  const bySeverity = (severity: Severity) => (findings ?? []).filter((finding) => finding.severity === severity);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const keyOf = (finding: Finding) => `${finding.ruleId}:${finding.cause}:${finding.location.paragraphIndex ?? finding.location.blockId ?? finding.location.path ?? ''}`;
  const toggle = (key: string) =>
    setOpen((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });

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
                  {group.map((finding, index) => {
                    const key = keyOf(finding);
                    const expanded = open.has(key);
                    return (
                      <li
                        className={`check-finding ${severity}`}
                        key={`${key}:${index}`}
                        data-testid="check-finding"
                        data-rule={finding.ruleId}
                        data-severity={severity}
                        data-count={finding.count}
                        data-block-id={finding.location.blockId}
                        data-field={finding.location.path}
                      >
                        <button type="button" className="check-message" data-testid="check-go" onClick={() => onSelect(finding)} title={t('check.goTo')}>
                          <span className="check-dot" aria-hidden="true" />
                          <span>{text(finding.message)}</span>
                        </button>
                        {(finding.count > 1 || (finding.fix && !locked)) && (
                          <div className="check-actions">
                            {finding.count > 1 && (
                              <button
                                type="button"
                                className="link-button check-count"
                                data-testid="check-expand"
                                aria-expanded={expanded}
                                onClick={() => toggle(key)}
                                title={expanded ? t('check.collapse') : t('check.expand')}
                              >
                                {t('check.places', { count: finding.count })} {expanded ? '▴' : '▾'}
                              </button>
                            )}
                            {finding.fix && !locked && (
                              <button type="button" className="button small check-fix" data-testid="check-fix" title={text(finding.fix.description)} onClick={() => onFix(finding)}>
                                {finding.count > 1 ? t('check.fixAll', { count: finding.count }) : t('check.fix')}
                              </button>
                            )}
                          </div>
                        )}
                        {expanded && (
                          <ol className="check-places" data-testid="check-places">
                            {finding.places.map((place, n) => (
                              <li key={n}>
                                <button type="button" className="check-place" data-testid="check-place" data-block-id={place.blockId} data-field={place.path} onClick={() => onSelect(finding, place)} title={t('check.goTo')}>
                                  <span className="check-place-part">{text(PART_NAMES[place.part])}</span>
                                  {place.text && <span className="check-place-text">{place.text}</span>}
                                </button>
                              </li>
                            ))}
                          </ol>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </aside>
  );
}
