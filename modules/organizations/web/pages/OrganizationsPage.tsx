import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Badge, CheckboxField, DataTable, Icon, PageHeader, TextField, useListParams, usePermission } from '../../../../platform/web';
import { organizationsQuery, type Organization } from '../api';
import { DistrictOptionsSelect, KindSelect } from '../components/OrgSelects';

const column = createColumnHelper<Organization>();

export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const canCreate = usePermission('organizations.create');
  const { page, filters, setPage, setFilters } = useListParams(['q', 'kind', 'districtId', 'archived'] as const);
  const [q, setQ] = useState(filters.q);
  const organizations = useQuery(organizationsQuery(filters, page));

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('fields.name'),
        cell: (c) => (
          <>
            <Link to={`/organizations/${c.row.original.id}`}>{c.getValue()}</Link>
            {c.row.original.shortName && <span className="d-block small text-secondary">{c.row.original.shortName}</span>}
            {c.row.original.archived && <Badge tone="secondary">{t('archived')}</Badge>}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('kind', { header: () => t('fields.kind'), cell: (c) => t(`kinds.${c.getValue()}`) }),
      column.accessor('sector', { header: () => t('fields.sector'), cell: (c) => t(`sectors.${c.getValue()}`) }),
      column.accessor('districtName', { header: () => t('fields.district'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('counts', {
        header: () => t('list.servicesAndDesks'),
        cell: (c) => t('list.countsCell', { services: c.getValue().services, desks: c.getValue().helpDesks }),
      }),
    ],
    [t],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim() });
  };

  return (
    <>
      <PageHeader
        title={t('list.title')}
        lead={t('list.lead')}
        actions={
          canCreate && (
            <Link to="/organizations/new" className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
              <Icon name="it-plus" color="white" size="sm" />
              {t('create.title')}
            </Link>
          )
        }
      />
      <form role="search" aria-label={t('list.searchLabel')} onSubmit={search} className="mb-2">
        <div className="row g-3 align-items-end">
          <div className="col-12 col-lg-5">
            <div className="d-flex gap-2 align-items-end">
              <TextField label={t('list.search')} type="search" value={q} onChange={setQ} className="flex-grow-1" />
              <button type="submit" className="btn btn-outline-primary mb-4">
                {t('common:actions.search')}
              </button>
            </div>
          </div>
          <div className="col-12 col-md-6 col-lg-3">
            <KindSelect value={filters.kind} onChange={(kind) => setFilters({ kind })} emptyLabel={t('list.allKinds')} />
          </div>
          <div className="col-12 col-md-6 col-lg-4">
            <DistrictOptionsSelect value={filters.districtId} onChange={(districtId) => setFilters({ districtId })} emptyLabel={t('list.allDistricts')} />
          </div>
        </div>
        <CheckboxField label={t('list.showArchived')} checked={filters.archived === 'true'} onChange={(c) => setFilters({ archived: c ? 'true' : '' })} className="mb-3" />
      </form>
      <DataTable
        caption={t('list.caption')}
        columns={columns}
        query={organizations}
        onPageChange={setPage}
        getRowId={(o) => o.id}
        emptyMessage={t('list.empty')}
      />
    </>
  );
}
