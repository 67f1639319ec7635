import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorState, LoadingState, useFormat } from '../../../../platform/web';
import { districtGeoJsonQuery, type DistrictDetail } from '../api';

// MapLibre is large: it is fetched only when a map is on screen.
const DistrictMap = lazy(async () => ({ default: (await import('./DistrictMap')).DistrictMap }));

class MapErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type Props = { district: Pick<DistrictDetail, 'id' | 'name' | 'municipalities'>; date: string; headingLevel?: 2 | 3 };

/**
 * The map and, below it, the same municipalities as an accessible list: the map is for the
 * eye, the list for everyone (keyboard, screen readers, no WebGL).
 */
export function DistrictMapSection({ district, date, headingLevel = 2 }: Props) {
  const { t } = useTranslation('territory');
  const { date: formatDate } = useFormat();
  const geo = useQuery(districtGeoJsonQuery(district.id, date));
  const [selected, setSelected] = useState<string | null>(null);
  const [showNames, setShowNames] = useState(true);
  const H = `h${headingLevel}` as const;
  const withShape = new Set(geo.data?.features.map((f) => f.properties.istatCode) ?? []);
  const selectedMunicipality = district.municipalities.find((m) => m.istatCode === selected);

  return (
    <section aria-labelledby="district-map-title" className="mb-4">
      <H id="district-map-title" className="h4">
        {t('map.sectionTitle', { name: district.name, date: formatDate(date) })}
      </H>
      {geo.isPending && <LoadingState label={t('map.loading')} />}
      {geo.isError && <ErrorState error={geo.error} onRetry={() => void geo.refetch()} />}
      {geo.data && (
        <>
          {geo.data.features.length === 0 ? (
            <div className="alert alert-info">{t('map.noBoundaries')}</div>
          ) : (
            <figure className="mb-3">
              <CheckboxField label={t('map.showNames')} checked={showNames} onChange={setShowNames} className="mb-2" />
              <MapErrorBoundary fallback={<div className="alert alert-warning">{t('map.unavailable')}</div>}>
                <Suspense fallback={<LoadingState label={t('map.loading')} />}>
                  <DistrictMap data={geo.data} selectedCode={selected} onSelect={setSelected} showNames={showNames} />
                </Suspense>
              </MapErrorBoundary>
              <figcaption className="small mt-1">{t('map.caption')}</figcaption>
            </figure>
          )}
          <div aria-live="polite" className="mb-3">
            {selectedMunicipality && (
              <div className="alert alert-info my-2">
                {t('map.selected')} <strong>{selectedMunicipality.name}</strong> — {t('fields.istatCode')} <code className="text-dark">{selectedMunicipality.istatCode}</code>
              </div>
            )}
          </div>
          <div className="table-responsive">
            <table className="table table-sm align-middle">
              <caption>{t('map.listCaption', { count: district.municipalities.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.istatCode')}</th>
                  <th scope="col">{t('map.onMap')}</th>
                </tr>
              </thead>
              <tbody>
                {district.municipalities.map((m) => (
                  <tr key={m.id} className={m.istatCode === selected ? 'row-selected' : undefined}>
                    <th scope="row">{m.name}</th>
                    <td>
                      <code className="text-dark">{m.istatCode}</code>
                    </td>
                    <td>
                      {withShape.has(m.istatCode) ? (
                        <button
                          type="button"
                          className="btn btn-link btn-sm p-0"
                          aria-pressed={m.istatCode === selected}
                          onClick={() => setSelected(m.istatCode === selected ? null : m.istatCode)}
                        >
                          {t('map.showOnMap')}
                          <span className="visually-hidden"> {m.name}</span>
                        </button>
                      ) : (
                        <span className="small">{t('map.noShape')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
