import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, Icon, PageHeader, SelectField, TextField, useFormat, useListParams, useSession } from '../../../../../platform/web';
import { GrantList } from './GrantBadges';
import { UserStatus } from './UserStatus';
import { usersListQuery, type User } from './usersApi';

const column = createColumnHelper<User>();

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { dateTime } = useFormat();
  const { page, filters, setPage, setFilters } = useListParams(['q', 'status'] as const);
  const [q, setQ] = useState(filters.q);
  const users = useQuery(usersListQuery({ ...filters, page }));

  const columns = useMemo(
    () => [
      column.accessor('displayName', {
        header: () => t('users.fields.displayName'),
        cell: (c) => <Link to={`/users/${c.row.original.id}`}>{c.getValue()}</Link>,
        meta: { rowHeader: true },
      }),
      column.accessor('email', { header: () => t('users.fields.email'), cell: (c) => <span className="text-break">{c.getValue()}</span> }),
      column.accessor('grants', { header: () => t('users.fields.roles'), cell: (c) => <GrantList grants={c.getValue()} /> }),
      column.display({ id: 'status', header: () => t('users.fields.status'), cell: (c) => <UserStatus user={c.row.original} /> }),
      column.accessor('lastLoginAt', { header: () => t('users.fields.lastLogin'), cell: (c) => dateTime(c.getValue()) || t('users.never') }),
    ],
    [t, dateTime],
  );

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: q.trim() });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        lead={t('users.lead')}
        actions={
          can('users.manage') && (
            <Link to="/users/new" className="btn btn-primary btn-sm d-inline-flex align-items-center gap-1">
              <Icon name="it-plus" color="white" size="sm" />
              {t('users.create')}
            </Link>
          )
        }
      />
      <form role="search" aria-label={t('users.searchLabel')} onSubmit={search} className="row g-3 align-items-end mb-2">
        <div className="col-12 col-md-6">
          <TextField label={t('users.search')} type="search" value={q} onChange={setQ} className="mb-0" />
        </div>
        <div className="col-12 col-md-3">
          <SelectField
            label={t('users.fields.status')}
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            emptyLabel={t('users.status.all')}
            options={[
              { value: 'active', label: t('users.status.active') },
              { value: 'disabled', label: t('users.status.disabled') },
            ]}
            className="mb-0"
          />
        </div>
        <div className="col-12 col-md-3 mb-4">
          <button type="submit" className="btn btn-outline-primary w-100">
            {t('common:actions.search')}
          </button>
        </div>
      </form>
      <DataTable caption={t('users.caption')} columns={columns} query={users} onPageChange={setPage} getRowId={(u) => u.id} emptyMessage={t('users.empty')} />
    </>
  );
}
