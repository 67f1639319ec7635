import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader, Tabs } from '../../../../../platform/web';
import { HousingTab } from '../../components/resources/HousingTab';
import { MediatorsTab } from '../../components/resources/MediatorsTab';

export function ResourcesPage() {
  const { t } = useTranslation('casework');
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageHeader title={t('resources.title')} lead={t('resources.lead')} breadcrumbs={[{ label: t('nav.title'), to: '/casework' }]} />
      <Tabs
        label={t('resources.tabs')}
        items={[
          { key: 'mediators', label: t('resources.mediators'), content: <MediatorsTab /> },
          { key: 'housing', label: t('resources.housing'), content: <HousingTab /> },
        ]}
        active={params.get('tab') ?? 'mediators'}
        onChange={(tab) => setParams({ tab }, { replace: true })}
      />
    </>
  );
}
