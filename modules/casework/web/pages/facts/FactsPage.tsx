import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { factDimensions } from '../../../contract';
import { apiFetch, CheckboxField, ErrorState, LoadingState, PageHeader, SelectField, TextField, todayIso, useCurrentDistrictId, useListParams, type Page } from '../../../../../platform/web';
import { factsQuery, type FactDimension } from '../../api/facts';
import { downloadCsv } from '../../components/facts/csv';
import { FactsChart } from '../../components/facts/FactsChart';
import { FactsTable, useCellText } from '../../components/facts/FactsTable';
import { useFactLabels } from '../../components/facts/useFactLabels';

const districtsQuery = {
  queryKey: ['territory', 'districts', 'all'],
  queryFn: ({ signal }: { signal: AbortSignal }) => apiFetch<Page<{ id: string; name: string }>>('/api/territory/districts', { query: { page: 1, pageSize: 200 }, signal }),
  staleTime: 5 * 60_000,
};

/** Casework aggregates for coordinators and analysts: never a person, small counts withheld. */
export function FactsPage() {
  const { t } = useTranslation('casework');
  const currentDistrict = useCurrentDistrictId();
  const { filters, setFilters } = useListParams(['districtId', 'from', 'to', 'by', 'show'] as const);
  const districts = useQuery(districtsQuery);
  const districtId = filters.districtId || currentDistrict || districts.data?.items[0]?.id || '';
  const from = filters.from || `${todayIso().slice(0, 4)}-01-01`;
  const to = filters.to || todayIso();
  const by = (factDimensions as readonly string[]).includes(filters.by) ? (filters.by as FactDimension) : 'month';
  const facts = useQuery({ ...factsQuery({ districtId, from, to, by }), enabled: !!districtId });
  const label = useFactLabels(by, districtId);
  const text = useCellText(facts.data?.threshold ?? 5);
  const measures = facts.data?.measures ?? [];
  const shown = useMemo(() => {
    const chosen = filters.show ? filters.show.split(',') : [];
    const valid = chosen.filter((m) => measures.includes(m as (typeof measures)[number]));
    return valid.length > 0 ? valid : measures.slice(0, 2);
  }, [filters.show, measures]);
  const toggle = (m: string, on: boolean) => setFilters({ show: (on ? [...shown, m] : shown.filter((x) => x !== m)).join(',') });
  const exportCsv = () => {
    const f = facts.data;
    if (!f) return;
    downloadCsv(`casework-${by}-${from}-${to}.csv`, [
      [t(`facts.by.${by}`), ...f.measures.map((m) => t(`facts.measures.${m}`))],
      ...f.rows.map((r) => [label(r.key), ...f.measures.map((m) => text(r.values[m]))]),
      [t('facts.total'), ...f.measures.map((m) => text(f.totals[m]))],
    ]);
  };
  return (
    <>
      <PageHeader title={t('facts.title')} lead={t('facts.lead')} />
      <form aria-label={t('facts.filters')} className="row g-3" onSubmit={(e) => e.preventDefault()}>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField label={t('facts.district')} value={districtId} onChange={(v) => setFilters({ districtId: v })} options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))} />
        </div>
        <div className="col-6 col-lg-3">
          <TextField label={t('facts.from')} type="date" value={from} onChange={(v) => setFilters({ from: v })} />
        </div>
        <div className="col-6 col-lg-3">
          <TextField label={t('facts.to')} type="date" value={to} onChange={(v) => setFilters({ to: v })} />
        </div>
        <div className="col-12 col-md-6 col-lg-3">
          <SelectField label={t('facts.groupBy')} value={by} onChange={(v) => setFilters({ by: v })} options={factDimensions.map((d) => ({ value: d, label: t(`facts.by.${d}`) }))} />
        </div>
      </form>
      <div className="border-start border-4 border-primary bg-light p-3 mb-3">
        <p className="mb-0 small">{t('facts.disclosure', { threshold: facts.data?.threshold ?? 5 })}</p>
      </div>
      {!districtId || facts.isPending ? (
        <LoadingState />
      ) : facts.isError ? (
        <ErrorState error={facts.error} onRetry={() => void facts.refetch()} />
      ) : (
        <div aria-busy={facts.isFetching}>
          <section aria-labelledby="facts-chart-title" className="mb-4">
            <h2 id="facts-chart-title" className="h4">
              {t('facts.chartTitle')}
            </h2>
            <fieldset className="mb-2">
              <legend className="h6">{t('facts.chartMeasures')}</legend>
              <div className="d-flex flex-wrap gap-3">
                {measures.map((m) => (
                  <CheckboxField key={m} label={t(`facts.measures.${m}`)} checked={shown.includes(m)} onChange={(on) => toggle(m, on)} />
                ))}
              </div>
            </fieldset>
            {facts.data.rows.length === 0 ? <p>{t('facts.empty')}</p> : <FactsChart facts={facts.data} measures={shown} label={label} />}
          </section>
          <section aria-labelledby="facts-table-title">
            <div className="d-flex flex-wrap justify-content-between align-items-center gap-2">
              <h2 id="facts-table-title" className="h4 mb-0">
                {t('facts.tableTitle')}
              </h2>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={exportCsv}>
                {t('facts.exportCsv')}
              </button>
            </div>
            <FactsTable facts={facts.data} label={label} />
          </section>
        </div>
      )}
    </>
  );
}
