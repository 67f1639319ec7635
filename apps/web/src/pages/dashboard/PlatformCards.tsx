import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, DashboardCard, useFormat, useSession, type Page } from '../../../../../platform/web';

function UsersCard() {
  const { t } = useTranslation();
  const { number } = useFormat();
  const users = useQuery({
    queryKey: ['users', 'count'],
    queryFn: ({ signal }) => apiFetch<Page<unknown>>('/api/users', { query: { page: 1, pageSize: 1 }, signal }),
  });
  return (
    <DashboardCard to="/users" title={t('nav.users')} icon="it-user">
      <p className="mb-0">{users.data ? t('dashboard.usersCount', { count: users.data.total, formatted: number(users.data.total) }) : t('dashboard.usersText')}</p>
    </DashboardCard>
  );
}

export function PlatformCards() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      {can('users.read') && (
        <div className="col-12 col-md-6 col-xl-3 mb-4">
          <UsersCard />
        </div>
      )}
      {can('audit.read') && (
        <div className="col-12 col-md-6 col-xl-3 mb-4">
          <DashboardCard to="/audit" title={t('nav.audit')} icon="it-files">
            <p className="mb-0">{t('dashboard.auditText')}</p>
          </DashboardCard>
        </div>
      )}
    </>
  );
}
