import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Badge, DataTable, Icon, PageHeader, useListParams, usePermission } from '../../../../../platform/web';
import { roundtablesQuery, type Roundtable } from '../../api/tables';
import { TableFilters } from '../../components/tables/TableFilters';

const FILTERS = ['q', 'kind', 'districtId', 'networkId', 'archived'] as const;
const column = createColumnHelper<Roundtable>();

/** The round tables the user sees, with filters; managers start new ones from here. */
export function TablesListPage() {
  const { t } = useTranslation('governance');
  const canManage = usePermission('governance.manage');
  const { page, filters, setPage, setFilters } = useListParams(FILTERS);
  const tables = useQuery(roundtablesQuery(filters, page));
  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: () => t('tables.fields.name'),
        cell: (c) => (
          <>
            <Link to={`/governance/tables/${c.row.original.id}`}>{c.getValue()}</Link>
            {c.row.original.archived && (
              <>
                {' '}
                <Badge tone="light">{t('tables.archived')}</Badge>
              </>
            )}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('kind', { header: () => t('tables.fields.kind'), cell: (c) => t(`tables.kinds.${c.getValue()}`) }),
      column.accessor('coordinatingOrganizationName', { header: () => t('tables.fields.coordinator'), cell: (c) => c.getValue() ?? '—' }),
      column.accessor('districtName', { header: () => t('tables.fields.district'), cell: (c) => c.getValue() ?? '—' }),
    ],
    [t],
  );
  return (
    <>
      <PageHeader
        title={t('tables.list.title')}
        lead={t('tables.list.lead')}
        actions={
          <>
            <Link to="/governance/networks" className="btn btn-outline-primary">
              {t('tables.list.networksLink')}
            </Link>
            <Link to="/governance/meetings" className="btn btn-outline-primary">
              {t('tables.list.meetingsLink')}
            </Link>
            {canManage && (
              <Link to="/governance/tables/new" className="btn btn-primary">
                <Icon name="it-plus" size="sm" color="white" className="me-1" />
                {t('tables.list.new')}
              </Link>
            )}
          </>
        }
      />
      <TableFilters key={filters.q} filters={filters} onChange={setFilters} />
      <DataTable
        caption={t('tables.list.caption')}
        columns={columns}
        query={tables}
        onPageChange={setPage}
        getRowId={(r) => r.id}
        emptyMessage={t('tables.list.empty')}
      />
    </>
  );
}
