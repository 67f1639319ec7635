import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n';

/** Two toggle buttons rather than a menu: one click, and each names its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const change = (lang: string) => {
    if (lang === i18n.language) return;
    void i18n.changeLanguage(lang).then(() => queryClient.invalidateQueries());
  };
  return (
    <div className="language-switch d-flex align-items-center" role="group" aria-label={t('header.language')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="btn btn-sm btn-link text-white px-2"
          aria-pressed={i18n.language === lang}
          title={t(`header.languageName.${lang}`)}
          onClick={() => change(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
