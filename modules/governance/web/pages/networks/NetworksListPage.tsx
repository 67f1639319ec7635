import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, SelectField, TextField, useFormat, useListParams } from '../../../../../platform/web';
import { districtsOptionsQuery, networksQuery, type Network } from '../../api/tables';

const FILTERS = ['q', 'districtId'] as const;
const column = createColumnHelper<Network>();

/** The networks of organisations the user sees. */
export function NetworksListPage() {
  const { t } = useTranslation('governance');
  const { number } = useFormat();
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const [q, setQ] = useState(filters.q);
  const networks = useQuery(networksQuery(filters, page));
  const districts = useQuery(districtsOptionsQuery);
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('tables.networks.name'),
        cell: (c) => <Link to={`/governance/networks/${c.row.original.id}`}>{c.getValue()}</Link>,
        meta: { rowHeader: true },
      }),
      column.accessor('districtName', {
        header: () => t('tables.networks.scope'),
        cell: (c) => c.getValue() ?? (c.row.original.regionCode ? t('tables.networks.region', { code: c.row.original.regionCode }) : t('tables.networks.platformWide')),
      }),
      column.accessor('organizationCount', { header: () => t('tables.networks.organizationCount'), cell: (c) => number(c.getValue()) }),
    ],
    [t, number],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim() });
  };
  return (
    <>
      <PageHeader title={t('tables.networks.title')} lead={t('tables.networks.lead')} breadcrumbs={[{ label: t('tables.list.title'), to: '/governance' }]} />
      <form role="search" aria-label={t('tables.networks.filtersLabel')} onSubmit={submit} className="mb-2">
        <div className="row g-3 align-items-end">
          <div className="col-12 col-md-6">
            <div className="d-flex gap-2 align-items-end">
              <TextField label={t('tables.networks.search')} type="search" value={q} onChange={setQ} className="flex-grow-1" maxLength={200} />
              <button type="submit" className="btn btn-outline-primary mb-4">
                {t('common:actions.search')}
              </button>
            </div>
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('tables.fields.district')}
              value={filters.districtId}
              onChange={(districtId) => setFilters({ districtId })}
              emptyLabel={t('tables.list.allDistricts')}
              options={(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </div>
        </div>
      </form>
      <DataTable caption={t('tables.networks.caption')} columns={columns} query={networks} onPageChange={setPage} getRowId={(n) => n.id} emptyMessage={t('tables.networks.empty')} />
    </>
  );
}
