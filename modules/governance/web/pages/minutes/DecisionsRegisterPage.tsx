import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, TextField, useFormat, useListParams } from '../../../../../platform/web';
import { decisionsRegisterQuery, roundtableNameQuery, type RegisterDecision } from '../../api/minutes';
import { OutcomeBadge, VotesLine } from '../../components/minutes/DecisionsBlock';
import { MinutesStatusBadge } from '../../components/minutes/MinutesStatusBadge';

const column = createColumnHelper<RegisterDecision>();

/** The register of a table's decisions, numbered across all its meetings; each links to its meeting. */
export function DecisionsRegisterPage() {
  const { t } = useTranslation('governance');
  const { dateTime } = useFormat();
  const { id = '' } = useParams();
  const { page, filters, setPage, setFilters } = useListParams(['q'] as const);
  const [search, setSearch] = useState(filters.q);
  useEffect(() => setSearch(filters.q), [filters.q]);
  const table = useQuery(roundtableNameQuery(id));
  const decisions = useQuery(decisionsRegisterQuery(id, filters.q, page));
  const columns = useMemo(
    () => [
      column.accessor('number', {
        header: t('minutes.register.number'),
        cell: (c) => t('minutes.decisions.number', { number: c.getValue() }),
        meta: { rowHeader: true, className: 'text-nowrap' },
      }),
      column.accessor('text', {
        header: t('minutes.register.text'),
        cell: (c) => (
          <>
            <span className="text-break" style={{ whiteSpace: 'pre-line' }}>
              {c.getValue()}
            </span>
            <VotesLine decision={c.row.original} />
            {c.row.original.minutesItemTitle && <p className="small mb-0">{t('minutes.register.item', { title: c.row.original.minutesItemTitle })}</p>}
          </>
        ),
      }),
      column.accessor('outcome', { header: t('minutes.register.outcome'), cell: (c) => <OutcomeBadge outcome={c.getValue()} /> }),
      column.display({
        id: 'meeting',
        header: t('minutes.register.meeting'),
        cell: (c) => {
          const d = c.row.original;
          const label = [d.meetingStartsAt ? dateTime(d.meetingStartsAt) : null, d.meetingTitle].filter(Boolean).join(' – ') || t('minutes.register.openMeeting');
          return (
            <>
              <Link to={`/governance/meetings/${d.meetingId}`}>{label}</Link>
              {d.minutesStatus && d.minutesStatus !== 'approved' && (
                <div>
                  <MinutesStatusBadge status={d.minutesStatus} />
                </div>
              )}
            </>
          );
        },
      }),
    ],
    [t, dateTime],
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ q: search.trim() });
  };
  const tableName = table.data?.name;
  return (
    <>
      <PageHeader
        title={t('minutes.register.title')}
        lead={tableName ? t('minutes.register.lead', { table: tableName }) : undefined}
        breadcrumbs={[
          { label: t('minutes.register.tables'), to: '/governance' },
          ...(tableName ? [{ label: tableName, to: `/governance/tables/${id}` }] : []),
        ]}
      />
      <form role="search" aria-label={t('minutes.register.searchLabel')} onSubmit={submit} className="row align-items-end">
        <div className="col-12 col-md-6">
          <TextField label={t('minutes.register.search')} type="search" value={search} onChange={setSearch} maxLength={200} />
        </div>
        <div className="col-12 col-md-6 mb-4 d-flex gap-2">
          <button type="submit" className="btn btn-primary">
            {t('common:actions.search')}
          </button>
          {filters.q && (
            <button
              type="button"
              className="btn btn-outline-primary"
              onClick={() => {
                setSearch('');
                setFilters({ q: '' });
              }}
            >
              {t('common:actions.reset')}
            </button>
          )}
        </div>
      </form>
      <DataTable
        caption={t('minutes.register.caption', { table: tableName ?? '' })}
        columns={columns}
        query={decisions}
        onPageChange={setPage}
        getRowId={(d) => d.id}
        emptyMessage={filters.q ? t('minutes.register.noMatch') : t('minutes.register.empty')}
      />
    </>
  );
}
