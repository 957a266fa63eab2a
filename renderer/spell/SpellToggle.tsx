/** The status bar's spell check switch ("Chính tả: bật / tắt"), remembered in the settings. */
import { useTranslation } from 'react-i18next';
import './spelling.css';
import { useSpelling, useSpellingEnabled } from './spelling-source';

export function SpellToggle() {
  const { t } = useTranslation('spelling');
  const source = useSpelling();
  const enabled = useSpellingEnabled();
  if (!source) return null;
  return (
    <button
      type="button"
      className="spell-toggle"
      data-testid="spell-toggle"
      aria-pressed={enabled}
      title={t(enabled ? 'toggle.turnOff' : 'toggle.turnOn')}
      onClick={() => source.actions.setEnabled(!enabled)}
    >
      {t(enabled ? 'toggle.on' : 'toggle.off')}
    </button>
  );
}
