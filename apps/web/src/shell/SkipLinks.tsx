import { useTranslation } from 'react-i18next';

export function SkipLinks() {
  const { t } = useTranslation();
  return (
    <div className="skiplinks">
      <a className="visually-hidden-focusable" href="#main-content">
        {t('skip.main')}
      </a>
      <a className="visually-hidden-focusable" href="#footer">
        {t('skip.footer')}
      </a>
    </div>
  );
}
