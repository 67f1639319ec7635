import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DashboardCard, useFormat } from '../../../../platform/web';
import { municipalityCountQuery } from '../api';

export function MunicipalityCountCard() {
  const { t } = useTranslation('territory');
  const { number } = useFormat();
  const count = useQuery(municipalityCountQuery);
  return (
    <DashboardCard to="/territory" title={t('nav.title')} icon="it-map-marker-circle">
      <p className="mb-0">
        {count.data ? t('dashboard.municipalities', { count: count.data.total, formatted: number(count.data.total) }) : t('dashboard.text')}
      </p>
    </DashboardCard>
  );
}
