import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, useSession } from '../../../../../platform/web';
import { webModules } from '../../modules';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ModuleCatalogue } from './ModuleCatalogue';
import { PlatformCards } from './PlatformCards';

export function DashboardPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const greeting = new Date().getHours() < 18 ? 'dashboard.greetingDay' : 'dashboard.greetingEvening';
  // The required form disappears once the password is changed: the confirmation must outlive it.
  const [changed, setChanged] = useState(false);
  const cards = webModules.flatMap((m) => (m.dashboardCards ?? []).filter((c) => can(c.permission)).map((c) => ({ ...c, key: `${m.name}:${c.key}` })));

  return (
    <>
      <PageHeader title={t(greeting, { name: me.user.displayName })} lead={t('dashboard.lead')} />
      <div role="status">{changed && <div className="alert alert-success">{t('password.changed')}</div>}</div>
      {me.user.mustChangePassword && <ChangePasswordForm required onChanged={() => setChanged(true)} />}

      <section aria-labelledby="roles-title" className="mb-4">
        <h2 id="roles-title" className="h4">
          {t('dashboard.rolesTitle')}
        </h2>
        {me.grants.length === 0 ? (
          <p>{t('dashboard.noRoles')}</p>
        ) : (
          <ul className="list-unstyled mb-0">
            {me.grants.map((g) => (
              <li key={g.id} className="mb-1">
                <strong>{t(`common:roles.${g.role}`)}</strong> —{' '}
                {g.scopeKind === 'platform' ? t('common:scopeKinds.platform') : `${t(`common:scopeKinds.${g.scopeKind}`)}: ${g.scopeName ?? '—'}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      {(cards.length > 0 || can('users.read') || can('audit.read')) && (
        <section aria-labelledby="shortcuts-title" className="mb-2">
          <h2 id="shortcuts-title" className="h4 mb-3">
            {t('dashboard.shortcutsTitle')}
          </h2>
          <div className="row">
            {cards.map((c) => (
              <div key={c.key} className="col-12 col-md-6 col-xl-3 mb-4">
                {c.element}
              </div>
            ))}
            <PlatformCards />
          </div>
        </section>
      )}

      <ModuleCatalogue />

      {!me.user.mustChangePassword && (
        <details className="mt-4">
          <summary className="h6">{t('password.changeTitle')}</summary>
          <div className="mt-3">
            <ChangePasswordForm required={false} />
          </div>
        </details>
      )}
    </>
  );
}
