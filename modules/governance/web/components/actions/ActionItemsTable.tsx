import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, Pagination, useErrorMessage, useFormat } from '../../../../../platform/web';
import { actionItemsQuery, type ActionFilters, type ActionItem } from '../../api/actions';
import { ActionStatusBadge, OverdueBadge } from './ActionBadges';
import { ActionStatusSelect, mayChangeStatus } from './ActionStatusSelect';
import { ActionsEmptyState } from './ActionsEmptyState';

/** The overdue row's red bar, in addition to the "Scaduta" badge. */
export const OVERDUE_BAR = { borderLeft: '4px solid var(--bs-danger, #d9364f)' };
const column = createColumnHelper<ActionItem>();

type Props = {
  filters: ActionFilters;
  page: number;
  onPageChange: (page: number) => void;
  onSortChange: (sort: string) => void;
};

/** Sort values the API understands: by due date, ascending or descending. */
const SORT_ASC = 'dueDate';
const SORT_DESC = '-dueDate';

/**
 * The tracker's table: like DataTable, but overdue rows carry their own class and the due-date
 * header sorts (server-side). Status changes in place where the row allows it.
 */
export function ActionItemsTable({ filters, page, onPageChange, onSortChange }: Props) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const errorMessage = useErrorMessage();
  const [rowError, setRowError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const items = useQuery(actionItemsQuery(filters, page));
  // The API sorts by due date ascending unless told otherwise.
  const sort = filters.sort === SORT_DESC ? 'descending' : !filters.sort || filters.sort === SORT_ASC ? 'ascending' : 'none';

  const columns = useMemo(
    () => [
      column.accessor('title', {
        header: () => t('actions.fields.title'),
        cell: (c) => (
          <>
            {c.getValue()}
            {c.row.original.agreementId && (
              <span className="d-block small">
                {t('actions.fields.agreement')}: <Link to={`/governance/agreements/${c.row.original.agreementId}`}>{c.row.original.agreementTitle}</Link>
              </span>
            )}
          </>
        ),
        meta: { rowHeader: true },
      }),
      column.accessor('roundtableName', {
        header: () => t('actions.fields.table'),
        cell: (c) => (c.row.original.roundtableId ? <Link to={`/governance/tables/${c.row.original.roundtableId}`}>{c.getValue() ?? t('actions.table')}</Link> : '—'),
      }),
      column.accessor('decisionNumber', {
        header: () => t('actions.fields.decision'),
        cell: (c) => (c.getValue() === null ? '—' : t('actions.decisionNumber', { number: c.getValue() })),
      }),
      column.accessor('ownerOrganizationName', {
        header: () => t('actions.fields.owner'),
        cell: (c) => (
          <>
            {c.getValue() ?? '—'}
            {c.row.original.ownerName && <span className="d-block small text-secondary">{c.row.original.ownerName}</span>}
          </>
        ),
      }),
      column.accessor('dueDate', {
        header: () => t('actions.fields.dueDate'),
        cell: (c) => (
          <>
            {c.getValue() ? date(c.getValue()) : '—'}
            {c.row.original.overdue && (
              <span className="d-block">
                <OverdueBadge />
              </span>
            )}
          </>
        ),
      }),
      column.accessor('status', {
        header: () => t('actions.fields.status'),
        cell: (c) => (
          <>
            <ActionStatusBadge status={c.getValue()} />
            {mayChangeStatus(c.row.original) && (
              <ActionStatusSelect
                item={c.row.original}
                onError={(e) => {
                  setSaved(null);
                  setRowError(t('actions.statusError', { title: c.row.original.title, message: errorMessage(e) }));
                }}
                onSaved={() => {
                  setRowError(null);
                  setSaved(t('actions.statusSaved', { title: c.row.original.title }));
                }}
              />
            )}
          </>
        ),
      }),
      column.accessor('carriedToMeetingIds', {
        header: () => t('actions.fields.carried'),
        cell: (c) =>
          c.getValue().length === 0 ? (
            <span className="text-secondary">{t('actions.notCarried')}</span>
          ) : (
            <ul className="list-unstyled mb-0">
              {c.getValue().map((meetingId, i) => (
                <li key={meetingId}>
                  <Link to={`/governance/meetings/${meetingId}`}>{t('actions.carriedLink', { n: i + 1 })}</Link>
                </li>
              ))}
            </ul>
          ),
      }),
    ],
    [t, date, errorMessage],
  );

  const table = useReactTable({
    data: items.data?.items ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    rowCount: items.data?.total ?? 0,
    getRowId: (row) => row.id,
  });

  if (items.isPending) return <LoadingState />;
  if (items.isError && !items.data) return <ErrorState error={items.error} onRetry={() => void items.refetch()} />;
  const data = items.data;
  if (!data) return null;

  const nextSort = sort === 'ascending' ? SORT_DESC : SORT_ASC;
  return (
    <div>
      <div aria-live="polite">
        {rowError && (
          <div className="alert alert-danger d-flex justify-content-between align-items-start gap-2" role="alert">
            <span>{rowError}</span>
            <button type="button" className="btn-close" aria-label={t('common:actions.close')} onClick={() => setRowError(null)} />
          </div>
        )}
        {saved && <p className="visually-hidden">{saved}</p>}
      </div>
      {items.isError && <ErrorState error={items.error} onRetry={() => void items.refetch()} />}
      {data.items.length === 0 ? (
        <ActionsEmptyState filtered={Object.entries(filters).some(([k, v]) => k !== 'sort' && !!v)} />
      ) : (
        <div className="table-responsive" aria-busy={items.isFetching}>
          <table className={`table table-hover align-middle${items.isPlaceholderData ? ' opacity-50' : ''}`}>
            <caption className="visually-hidden">{t('actions.caption')}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) =>
                    header.column.id === 'dueDate' ? (
                      <th key={header.id} scope="col" aria-sort={sort}>
                        <button type="button" className="btn btn-link p-0 fw-semibold text-decoration-none" onClick={() => onSortChange(nextSort)}>
                          {t('actions.fields.dueDate')}
                          <span className="visually-hidden"> {t(sort === 'ascending' ? 'actions.sort.toDesc' : 'actions.sort.toAsc')}</span>
                          <span aria-hidden="true"> {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}</span>
                        </button>
                      </th>
                    ) : (
                      <th key={header.id} scope="col">
                        {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                      </th>
                    ),
                  )}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                // Overdue: a red bar on the row's first cell (a tinted background would drop the links below 4.5:1) plus the "Scaduta" badge.
                <tr key={row.id} className={row.original.overdue ? 'crv-overdue' : undefined}>
                  {row.getVisibleCells().map((cell) => {
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    return cell.column.columnDef.meta?.rowHeader ? (
                      <th key={cell.id} scope="row" style={row.original.overdue ? OVERDUE_BAR : undefined}>
                        {content}
                      </th>
                    ) : (
                      <td key={cell.id}>{content}</td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.isFetching && !items.isPending && (
        <span className="visually-hidden" role="status">
          {t('common:states.loading')}
        </span>
      )}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={onPageChange} />
    </div>
  );
}
