import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, TextField, todayIso, useFormat, useListParams } from '../../../../platform/web';
import { municipalitiesQuery, type Municipality } from '../api';
import { DistrictSelect } from '../components/DistrictSelect';
import { ProvinceSelect } from '../components/ProvinceSelect';
import { TerritoryNav } from '../components/TerritoryNav';

const column = createColumnHelper<Municipality>();

export function MunicipalitiesPage() {
  const { t } = useTranslation('territory');
  const { number } = useFormat();
  const { page, filters, setPage, setFilters } = useListParams(['q', 'provinceCode', 'districtId', 'date'] as const);
  const [q, setQ] = useState(filters.q);
  const date = filters.date || todayIso();
  const municipalities = useQuery(municipalitiesQuery({ ...filters, date, page }));

  const columns = useMemo(
    () => [
      column.accessor('istatCode', { header: () => t('fields.istatCode'), cell: (c) => <code className="text-dark">{c.getValue()}</code> }),
      column.accessor('name', {
        header: () => t('fields.name'),
        cell: (c) => (
          <>
            {c.getValue()}
            {c.row.original.nameOther && <span className="d-block small text-secondary">{c.row.original.nameOther}</span>}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('provinceName', { header: () => t('fields.province'), cell: (c) => c.getValue() ?? c.row.original.provinceCode }),
      column.accessor('cadastralCode', { header: () => t('fields.cadastralCode'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('population2011', {
        header: () => t('fields.population2011'),
        cell: (c) => number(c.getValue()) || '—',
        meta: { className: 'text-end' },
      }),
      column.accessor('hasBoundary', { header: () => t('fields.hasBoundary'), cell: (c) => (c.getValue() ? t('common:yes') : t('common:no')) }),
    ],
    [t, number],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim() });
  };

  return (
    <>
      <PageHeader title={t('municipalities.title')} lead={t('municipalities.lead')} />
      <TerritoryNav />
      <form role="search" aria-label={t('municipalities.searchLabel')} onSubmit={search} className="mb-2">
        <div className="row g-3 align-items-end">
          <div className="col-12 col-lg-5">
            <div className="d-flex gap-2 align-items-end">
              <TextField label={t('municipalities.search')} type="search" value={q} onChange={setQ} className="flex-grow-1" />
              <button type="submit" className="btn btn-outline-primary mb-4">
                {t('common:actions.search')}
              </button>
            </div>
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <ProvinceSelect value={filters.provinceCode} onChange={(provinceCode) => setFilters({ provinceCode })} />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <DistrictSelect value={filters.districtId} onChange={(districtId) => setFilters({ districtId })} />
          </div>
        </div>
        {filters.districtId && (
          <div className="row">
            <div className="col-12 col-md-6 col-lg-3">
              <TextField label={t('fields.compositionDate')} hint={t('municipalities.dateHint')} type="date" value={date} onChange={(d) => setFilters({ date: d })} />
            </div>
          </div>
        )}
      </form>
      <DataTable
        caption={t('municipalities.caption')}
        columns={columns}
        query={municipalities}
        onPageChange={setPage}
        getRowId={(m) => m.id}
        emptyMessage={t('municipalities.empty')}
      />
    </>
  );
}
