import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DataTable, PageHeader, useListParams } from '../../../../../platform/web';
import { myMeetingsQuery, type MeetingListItem } from '../../api/meetings';
import { MeetingModeText, MeetingStatusBadge, useMeetingWhen } from '../../components/meetings/MeetingBadges';

const FILTERS = ['roundtableId'] as const;
const column = createColumnHelper<MeetingListItem>();

/** Upcoming meetings across every table the user sees, soonest first. */
export function MyMeetingsPage() {
  const { t } = useTranslation('governance');
  const when = useMeetingWhen();
  const { page, filters, setPage } = useListParams(FILTERS);
  const meetings = useQuery(myMeetingsQuery(page, filters.roundtableId));
  const columns = useMemo(
    () => [
      column.accessor('startsAt', { header: () => t('meetings.fields.when'), cell: (c) => when(c.getValue(), c.row.original.endsAt) }),
      column.accessor('title', {
        header: () => t('meetings.fields.title'),
        cell: (c) => <Link to={`/governance/meetings/${c.row.original.id}`}>{c.getValue()}</Link>,
        meta: { rowHeader: true },
      }),
      column.accessor('roundtableName', {
        header: () => t('meetings.fields.table'),
        cell: (c) => <Link to={`/governance/tables/${c.row.original.roundtableId}`}>{c.getValue()}</Link>,
      }),
      column.accessor('mode', {
        header: () => t('meetings.fields.mode'),
        cell: (c) => (
          <>
            <MeetingModeText mode={c.getValue()} />
            {c.row.original.place && <span className="d-block small text-secondary">{c.row.original.place}</span>}
          </>
        ),
      }),
      column.accessor('status', { header: () => t('meetings.fields.status'), cell: (c) => <MeetingStatusBadge status={c.getValue()} /> }),
    ],
    [t, when],
  );
  return (
    <>
      <PageHeader title={t('meetings.mine.title')} lead={t('meetings.mine.lead')} breadcrumbs={[{ label: t('tables.list.title'), to: '/governance' }]} />
      <DataTable caption={t('meetings.mine.caption')} columns={columns} query={meetings} onPageChange={setPage} getRowId={(m) => m.id} emptyMessage={t('meetings.mine.empty')} />
    </>
  );
}
