import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, Pagination } from '../../../../../platform/web';
import { tableMeetingsQuery, type MeetingListItem } from '../../api/meetings';
import type { RoundtableDetail } from '../../api/tables';
import { MeetingModeText, MeetingStatusBadge, useMeetingWhen } from '../meetings/MeetingBadges';
import { MeetingScheduleForm } from '../meetings/MeetingScheduleForm';

/** Upcoming meetings first (soonest first), then past ones (latest first). */
function ordered(items: MeetingListItem[]): MeetingListItem[] {
  const now = Date.now();
  const upcoming = items.filter((m) => new Date(m.endsAt).getTime() >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = items.filter((m) => new Date(m.endsAt).getTime() < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return [...upcoming, ...past];
}

/** The table's meetings; managers schedule new ones (single or recurring). */
export function TableMeetingsTab({ table, feedButton }: { table: RoundtableDetail; feedButton?: ReactNode }) {
  const { t } = useTranslation('governance');
  const when = useMeetingWhen();
  const [page, setPage] = useState(1);
  const [scheduling, setScheduling] = useState(false);
  const meetings = useQuery(tableMeetingsQuery(table.id, page));
  const canSchedule = table.abilities.manage && !table.archived;
  return (
    <div className="py-3">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h2 className="h4 mb-0">{t('meetings.table.title')}</h2>
        {canSchedule && !scheduling && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setScheduling(true)}>
            {t('meetings.form.schedule')}
          </button>
        )}
      </div>
      {feedButton && <div className="mb-3">{feedButton}</div>}
      {scheduling && <MeetingScheduleForm tableId={table.id} onCancel={() => setScheduling(false)} />}
      {meetings.isPending ? (
        <LoadingState />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : meetings.data.items.length === 0 ? (
        <EmptyState message={t('meetings.table.empty')} />
      ) : (
        <>
          <div className="table-responsive">
            <table className="table align-middle">
              <caption className="visually-hidden">{t('meetings.table.caption', { name: table.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.fields.title')}</th>
                  <th scope="col">{t('meetings.fields.when')}</th>
                  <th scope="col">{t('meetings.fields.mode')}</th>
                  <th scope="col">{t('meetings.fields.status')}</th>
                </tr>
              </thead>
              <tbody>
                {ordered(meetings.data.items).map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link to={`/governance/meetings/${m.id}`}>{m.title}</Link>
                    </th>
                    <td>{when(m.startsAt, m.endsAt)}</td>
                    <td>
                      <MeetingModeText mode={m.mode} />
                      {m.place && <span className="d-block small text-secondary">{m.place}</span>}
                    </td>
                    <td>
                      <MeetingStatusBadge status={m.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={meetings.data.page} pageSize={meetings.data.pageSize} total={meetings.data.total} onPageChange={setPage} label={t('meetings.table.pagination')} />
        </>
      )}
    </div>
  );
}
