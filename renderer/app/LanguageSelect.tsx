import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';

export function LanguageSelect({ onChange }: { onChange(language: Language): void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('app.language')}</span>
      <select data-testid="language-select" aria-label={t('app.language')} value={i18n.language} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`app.languageName.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
