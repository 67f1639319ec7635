import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api';
import { EmptyState, ErrorState, LoadingState } from './states';
import { Pagination } from './Pagination';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The cell names the row (th scope="row"), so screen readers announce it with every other cell. */
    rowHeader?: boolean;
    className?: string;
  }
}

type DataTableProps<T> = {
  /** Says what the table lists; visually hidden unless `showCaption`. */
  caption: string;
  showCaption?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack columns mix value types.
  columns: ColumnDef<T, any>[];
  query: UseQueryResult<Page<T>>;
  onPageChange: (page: number) => void;
  getRowId?: (row: T) => string;
  emptyMessage?: string;
};

/**
 * A table over a server-paged list ({items, page, pageSize, total}): the server sorts, filters
 * and pages; this only renders one page, its loading, empty and error states, and the pager.
 */
export function DataTable<T>({ caption, showCaption, columns, query, onPageChange, getRowId, emptyMessage }: DataTableProps<T>) {
  const { t } = useTranslation('common');
  const data = query.data;
  const table = useReactTable({
    data: data?.items ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    rowCount: data?.total ?? 0,
    getRowId: getRowId ? (row) => getRowId(row) : undefined,
  });

  if (query.isPending) return <LoadingState />;
  if (query.isError && !data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return null;

  return (
    <div>
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {data.items.length === 0 ? (
        <EmptyState message={emptyMessage} />
      ) : (
        <div className="table-responsive" aria-busy={query.isFetching}>
          <table className={`table table-hover align-middle${query.isPlaceholderData ? ' opacity-50' : ''}`}>
            <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <th key={header.id} scope="col" className={header.column.columnDef.meta?.className}>
                      {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    return meta?.rowHeader ? (
                      <th key={cell.id} scope="row" className={meta.className}>
                        {content}
                      </th>
                    ) : (
                      <td key={cell.id} className={meta?.className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.isFetching && !query.isPending && <span className="visually-hidden" role="status">{t('states.loading')}</span>}
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={onPageChange} />
    </div>
  );
}
