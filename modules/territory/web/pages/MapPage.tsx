import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, PageHeader, TextField, todayIso, useCurrentDistrictId } from '../../../../platform/web';
import { allDistrictsQuery, districtQuery } from '../api';
import { DistrictMapSection } from '../components/DistrictMapSection';
import { DistrictSelect } from '../components/DistrictSelect';
import { TerritoryNav } from '../components/TerritoryNav';

/** The map of the district the user works in (the header's scope), or of the one chosen here. */
export function MapPage() {
  const { t } = useTranslation('territory');
  const [params, setParams] = useSearchParams();
  const scopeDistrict = useCurrentDistrictId();
  const districts = useQuery(allDistrictsQuery);
  const districtId = params.get('district') || scopeDistrict || districts.data?.items[0]?.id || '';
  const date = params.get('date') || todayIso();
  const district = useQuery({ ...districtQuery(districtId, date), enabled: !!districtId });

  const setParam = (name: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  return (
    <>
      <PageHeader title={t('map.title')} lead={t('map.lead')} />
      <TerritoryNav />
      <div className="row g-3">
        <div className="col-12 col-md-6 col-lg-4">
          <DistrictSelect value={districtId} onChange={(id) => setParam('district', id)} emptyLabel={t('map.chooseDistrict')} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <TextField label={t('fields.compositionDate')} type="date" value={date} onChange={(d) => setParam('date', d)} />
        </div>
      </div>
      {districts.isError && <ErrorState error={districts.error} />}
      {!districtId && districts.isSuccess && <EmptyState message={t('map.noDistricts')} />}
      {districtId && district.isPending && <LoadingState />}
      {district.isError && <ErrorState error={district.error} onRetry={() => void district.refetch()} />}
      {district.data && <DistrictMapSection district={district.data} date={date} />}
    </>
  );
}
