import { useTranslation } from 'react-i18next';

/** Bootstrap Italia ships no footer component: its CSS classes, our markup. */
export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container-xxl px-4">
          <div className="row py-4">
            <div className="col-md-6">
              <p className="h4 text-white mb-1">{t('app.name')}</p>
              <p className="mb-0 text-white">{t('footer.about')}</p>
            </div>
            <div className="col-md-6 mt-3 mt-md-0">
              <ul className="list-unstyled mb-0 footer-links">
                <li>
                  {t('footer.licence')}{' '}
                  <a className="text-white" href="https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12" rel="license noopener">
                    EUPL-1.2
                  </a>
                </li>
                <li>
                  <a className="text-white" href="/api/docs">
                    {t('footer.apiDocs')}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
