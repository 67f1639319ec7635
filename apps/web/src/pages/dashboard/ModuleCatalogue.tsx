import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../../../platform/web';
import { moduleCatalogue, webModules } from '../../modules';

/** What the platform covers, module by module: open ones link, the others say "coming soon". */
export function ModuleCatalogue() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <section aria-labelledby="modules-title" className="mt-2">
      <h2 id="modules-title" className="h4 mb-3">
        {t('dashboard.modulesTitle')}
      </h2>
      <ul className="row list-unstyled">
        {moduleCatalogue.map((name) => {
          const built = webModules.find((m) => m.name === name);
          const entry = built?.navigation.find((n) => can(n.permission));
          return (
            <li key={name} className="col-12 col-md-6 col-lg-4 mb-3">
              <div className="border rounded bg-white p-3 h-100 position-relative">
                <h3 className="h6 mb-1">
                  {entry ? (
                    <Link to={entry.path} className="stretched-link">
                      {t(`modules.${name}.name`)}
                    </Link>
                  ) : (
                    <span>{t(`modules.${name}.name`)}</span>
                  )}
                  {!entry && <span className="badge bg-light text-dark ms-2">{built ? t('nav.notForYou') : t('nav.comingSoon')}</span>}
                </h3>
                <p className="small mb-0">{t(`modules.${name}.description`)}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
