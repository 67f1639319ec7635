import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../platform/web';
import { ImportWizard } from '../components/ImportWizard';
import { TerritoryNav } from '../components/TerritoryNav';

export function ImportPage() {
  const { t } = useTranslation('territory');
  return (
    <>
      <PageHeader title={t('imports.title')} lead={t('imports.lead')} />
      <TerritoryNav />
      <ImportWizard
        id="import-municipalities"
        title={t('imports.municipalitiesTitle')}
        help={t('imports.municipalitiesHelp')}
        endpoint="/api/territory/imports/municipalities"
        contentType="text/csv"
        accept=".csv,text/csv,text/plain"
      />
      <ImportWizard
        id="import-boundaries"
        title={t('imports.boundariesTitle')}
        help={t('imports.boundariesHelp')}
        endpoint="/api/territory/imports/boundaries"
        contentType="application/geo+json"
        accept=".geojson,.json,application/geo+json,application/json"
      />
    </>
  );
}
