import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DashboardCard, useFormat } from '../../../../platform/web';
import { organizationCountQuery } from '../api';

export function OrganizationsNavCard() {
  const { t } = useTranslation('organizations');
  const { number } = useFormat();
  const count = useQuery(organizationCountQuery);
  return (
    <DashboardCard to="/organizations" title={t('nav.title')} icon="it-pa">
      <p className="mb-0">{count.data ? t('dashboard.count', { count: count.data.total, formatted: number(count.data.total) }) : t('dashboard.text')}</p>
    </DashboardCard>
  );
}
