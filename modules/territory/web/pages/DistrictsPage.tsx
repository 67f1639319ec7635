import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, TextField, useFormat, useListParams, usePermission } from '../../../../platform/web';
import { districtsQuery, type District } from '../api';
import { TerritoryNav } from '../components/TerritoryNav';

const column = createColumnHelper<District>();

export function DistrictsPage() {
  const { t } = useTranslation('territory');
  const { number } = useFormat();
  const { page, filters, setPage, setFilters } = useListParams(['q'] as const);
  const [q, setQ] = useState(filters.q);
  const districts = useQuery(districtsQuery(filters.q, page));
  const canCreate = usePermission('territory.districts.create');

  const columns = useMemo(
    () => [
      column.accessor('code', { header: () => t('fields.code'), cell: (c) => <code className="text-dark">{c.getValue()}</code> }),
      column.accessor('name', {
        header: () => t('fields.name'),
        cell: (c) => <Link to={`/territory/districts/${c.row.original.id}`}>{c.getValue()}</Link>,
        meta: { rowHeader: true },
      }),
      column.accessor('kind', { header: () => t('fields.kind'), cell: (c) => t(`districtKinds.${c.getValue()}`) }),
      column.accessor('municipalityCount', { header: () => t('fields.municipalityCount'), cell: (c) => number(c.getValue()), meta: { className: 'text-end' } }),
    ],
    [t, number],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim() });
  };

  return (
    <>
      <PageHeader
        title={t('districts.title')}
        lead={t('districts.lead')}
        actions={
          canCreate ? (
            <Link to="/territory/districts/new" className="btn btn-primary">
              {t('districtForm.createTitle')}
            </Link>
          ) : undefined
        }
      />
      <TerritoryNav />
      <form role="search" aria-label={t('districts.searchLabel')} onSubmit={search} className="row g-3 align-items-end mb-2">
        <div className="col-12 col-md-8 col-lg-6">
          <TextField label={t('districts.search')} type="search" value={q} onChange={setQ} />
        </div>
        <div className="col-12 col-md-4 col-lg-2 mb-4">
          <button type="submit" className="btn btn-outline-primary w-100">
            {t('common:actions.search')}
          </button>
        </div>
      </form>
      <DataTable caption={t('districts.caption')} columns={columns} query={districts} onPageChange={setPage} getRowId={(d) => d.id} emptyMessage={t('districts.empty')} />
    </>
  );
}
