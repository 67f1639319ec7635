import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, intlLocale, LoadingState, PageHeader, useErrorMessage } from '../../../../../platform/web';
import { checkIn, checkInQuery, type CheckInResult } from '../../api/meetings';
import { useMeetingWhen } from '../../components/meetings/MeetingBadges';

function Confirmation({ result }: { result: CheckInResult }) {
  const { t, i18n } = useTranslation('governance');
  const time = (iso: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-success fs-5" role="status">
      {result.alreadyCheckedIn ? t('meetings.checkIn.already', { time: time(result.checkedInAt) }) : t('meetings.checkIn.done', { time: time(result.checkedInAt) })}
      <span className="d-block fs-6 mt-1">{[result.personName, result.organizationName].filter(Boolean).join(' – ')}</span>
    </div>
  );
}

/** What the QR code on the sign-in sheet opens: the meeting and one big button to register one's presence. */
export function CheckInPage() {
  const { t } = useTranslation('governance');
  const when = useMeetingWhen();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const { token = '' } = useParams();
  const info = useQuery(checkInQuery(token));
  const register = useMutation({
    mutationFn: () => checkIn(token),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['governance', 'check-in', token] }),
  });
  if (info.isPending) return <LoadingState />;
  if (info.isError)
    return (
      <>
        <PageHeader title={t('meetings.checkIn.title')} />
        <ErrorState error={info.error} onRetry={() => void info.refetch()} />
      </>
    );
  const m = info.data;
  const blocked = !m.expected ? t('meetings.checkIn.notExpected') : m.status === 'cancelled' ? t('meetings.checkIn.cancelled') : !m.open ? t('meetings.checkIn.closed') : null;
  return (
    <div className="mx-auto" style={{ maxWidth: '36rem' }}>
      <PageHeader title={t('meetings.checkIn.title')} />
      <section aria-labelledby="checkin-meeting" className="border rounded p-3 mb-4">
        <h2 id="checkin-meeting" className="h4">
          {m.title}
        </h2>
        <p className="mb-1">{m.roundtableName}</p>
        <p className="mb-1 fw-semibold">{when(m.startsAt, m.endsAt)}</p>
        {m.place && <p className="mb-0">{m.place}</p>}
      </section>
      {register.isSuccess ? (
        <Confirmation result={register.data} />
      ) : m.checkedIn ? (
        <div className="alert alert-success fs-5" role="status">
          {t('meetings.checkIn.alreadyShort')}
        </div>
      ) : blocked ? (
        <div className="alert alert-warning" role="status">
          {blocked}
        </div>
      ) : (
        <>
          <button type="button" className="btn btn-primary btn-lg w-100 py-3 fs-4" onClick={() => register.mutate()} disabled={register.isPending}>
            {register.isPending ? t('meetings.checkIn.registering') : t('meetings.checkIn.register')}
          </button>
          {register.isError && (
            <div className="alert alert-danger mt-3" role="alert">
              {errorMessage(register.error)}
            </div>
          )}
        </>
      )}
      <p className="mt-4">
        <Link to={`/governance/meetings/${m.meetingId}`}>{t('meetings.checkIn.openMeeting')}</Link>
      </p>
    </div>
  );
}
