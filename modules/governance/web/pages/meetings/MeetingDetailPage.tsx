import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, ErrorState, Icon, LoadingState, PageHeader, Tabs, useErrorMessage, type TabItem } from '../../../../../platform/web';
import { meetingQuery, updateMeeting, type MeetingDetail, type MeetingStatus } from '../../api/meetings';
import { AgendaTab } from '../../components/meetings/AgendaTab';
import { AttendanceTab } from '../../components/meetings/AttendanceTab';
import { MeetingEditForm } from '../../components/meetings/MeetingEditForm';
import { MeetingModeText, MeetingStatusBadge, useMeetingWhen } from '../../components/meetings/MeetingBadges';
import { InvitationsPanel } from '../../components/calendar/InvitationsPanel';
import { MinutesPanel } from '../../components/minutes/MinutesPanel';

type StatusChange = { to: MeetingStatus; titleKey: string; textKey: string; confirmKey: string; danger?: boolean };

const CHANGES: Record<'cancel' | 'restore' | 'held', StatusChange> = {
  cancel: { to: 'cancelled', titleKey: 'meetings.detail.cancelTitle', textKey: 'meetings.detail.cancelText', confirmKey: 'meetings.detail.cancel', danger: true },
  restore: { to: 'scheduled', titleKey: 'meetings.detail.restoreTitle', textKey: 'meetings.detail.restoreText', confirmKey: 'meetings.detail.restore' },
  held: { to: 'held', titleKey: 'meetings.detail.heldTitle', textKey: 'meetings.detail.heldText', confirmKey: 'meetings.detail.markHeld' },
};

/** Where and how: date and time, mode, place and the online link. */
function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('governance');
  const when = useMeetingWhen();
  return (
    <dl className="row mb-3">
      <dt className="col-sm-3 col-lg-2">{t('meetings.fields.table')}</dt>
      <dd className="col-sm-9 col-lg-10">
        <Link to={`/governance/tables/${meeting.roundtableId}`}>{meeting.roundtableName}</Link>
      </dd>
      <dt className="col-sm-3 col-lg-2">{t('meetings.fields.when')}</dt>
      <dd className="col-sm-9 col-lg-10">{when(meeting.startsAt, meeting.endsAt)}</dd>
      <dt className="col-sm-3 col-lg-2">{t('meetings.fields.mode')}</dt>
      <dd className="col-sm-9 col-lg-10">
        <MeetingModeText mode={meeting.mode} />
      </dd>
      {meeting.place && (
        <>
          <dt className="col-sm-3 col-lg-2">{t('meetings.fields.place')}</dt>
          <dd className="col-sm-9 col-lg-10">{meeting.place}</dd>
        </>
      )}
      {meeting.onlineUrl && (
        <>
          <dt className="col-sm-3 col-lg-2">{t('meetings.fields.onlineUrl')}</dt>
          <dd className="col-sm-9 col-lg-10">
            <a href={meeting.onlineUrl} target="_blank" rel="noreferrer noopener">
              {t('meetings.detail.joinOnline')}
              <span className="visually-hidden"> {t('meetings.detail.newWindow')}</span>
            </a>
          </dd>
        </>
      )}
      <dt className="col-sm-3 col-lg-2">{t('meetings.fields.status')}</dt>
      <dd className="col-sm-9 col-lg-10">
        <MeetingStatusBadge status={meeting.status} />
      </dd>
      {meeting.notes && (
        <>
          <dt className="col-sm-3 col-lg-2">{t('meetings.fields.notes')}</dt>
          <dd className="col-sm-9 col-lg-10" style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.notes}
          </dd>
        </>
      )}
    </dl>
  );
}

/** One meeting: facts, managers' actions, and agenda, attendance, invitations and minutes as tabs. */
export function MeetingDetailPage() {
  const { t } = useTranslation('governance');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const query = useQuery(meetingQuery(id));
  const [editing, setEditing] = useState(false);
  const [change, setChange] = useState<StatusChange | null>(null);
  const [notice, setNotice] = useState('');
  const created = location.state as { created?: boolean; series?: number } | null;
  const status = useMutation({
    mutationFn: (to: MeetingStatus) => updateMeeting(id, { status: to }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['governance', 'meetings', 'detail', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'meetings'] });
      setChange(null);
      setNotice(t('meetings.detail.statusChanged', { status: t(`meetings.status.${saved.status}`) }));
    },
  });
  const crumbs = [
    { label: t('tables.list.title'), to: '/governance' },
    { label: t('meetings.mine.title'), to: '/governance/meetings' },
  ];
  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('meetings.detail.title')} breadcrumbs={crumbs} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const meeting = query.data;
  const manage = meeting.abilities.manage;
  const tabs: TabItem[] = [
    { key: 'agenda', label: t('meetings.tabs.agenda'), content: <AgendaTab meeting={meeting} /> },
    { key: 'attendance', label: t('meetings.tabs.attendance'), content: <AttendanceTab meeting={meeting} /> },
    {
      key: 'invitations',
      label: t('meetings.tabs.invitations'),
      content: (
        <div className="py-3">
          <InvitationsPanel meetingId={meeting.id} canManage={manage} />
        </div>
      ),
    },
    {
      key: 'minutes',
      label: t('meetings.tabs.minutes'),
      content: (
        <div className="py-3">
          <MinutesPanel meetingId={meeting.id} roundtableId={meeting.roundtableId} abilities={meeting.abilities} />
        </div>
      ),
    },
  ];
  const active = params.get('tab') ?? 'agenda';
  return (
    <>
      <PageHeader
        title={meeting.title}
        breadcrumbs={[...crumbs, { label: meeting.roundtableName, to: `/governance/tables/${meeting.roundtableId}?tab=meetings` }]}
        actions={
          manage && !editing ? (
            <>
              <button type="button" className="btn btn-outline-primary" onClick={() => setEditing(true)}>
                <Icon name="it-pencil" size="sm" color="primary" className="me-1" />
                {t('meetings.detail.edit')}
              </button>
              {meeting.status === 'scheduled' && (
                <>
                  <button type="button" className="btn btn-outline-primary" onClick={() => setChange(CHANGES.held)}>
                    {t('meetings.detail.markHeld')}
                  </button>
                  <button type="button" className="btn btn-outline-danger" onClick={() => setChange(CHANGES.cancel)}>
                    {t('meetings.detail.cancel')}
                  </button>
                </>
              )}
              {meeting.status === 'cancelled' && (
                <button type="button" className="btn btn-outline-primary" onClick={() => setChange(CHANGES.restore)}>
                  {t('meetings.detail.restore')}
                </button>
              )}
            </>
          ) : undefined
        }
      />
      <div role="status">
        {created?.created && (
          <div className="alert alert-success">{created.series && created.series > 1 ? t('meetings.detail.createdSeries', { count: created.series }) : t('meetings.detail.created')}</div>
        )}
        {notice && <div className="alert alert-success">{notice}</div>}
      </div>
      {meeting.status === 'cancelled' && (
        <p className="alert alert-warning">
          <strong>{t('meetings.detail.cancelledNotice')}</strong>
        </p>
      )}
      {editing ? (
        <MeetingEditForm
          meeting={meeting}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice(t('meetings.detail.saved'));
          }}
        />
      ) : (
        <MeetingFacts meeting={meeting} />
      )}
      <Tabs
        label={t('meetings.tabs.label')}
        items={tabs}
        active={active}
        onChange={(tab) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              next.set('tab', tab);
              return next;
            },
            { replace: true },
          )
        }
      />
      <ConfirmDialog
        isOpen={change !== null}
        title={change ? t(change.titleKey) : ''}
        confirmLabel={change ? t(change.confirmKey) : ''}
        danger={change?.danger}
        busy={status.isPending}
        onConfirm={() => change && status.mutate(change.to)}
        onCancel={() => {
          setChange(null);
          status.reset();
        }}
      >
        <p>{change && t(change.textKey, { title: meeting.title })}</p>
        {status.isError && (
          <p className="text-danger" role="alert">
            {errorMessage(status.error)}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
