import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, EmptyState, ErrorState, LoadingState, useErrorMessage, useFormat } from '../../../../../platform/web';
import { calendarFeedsKey, calendarFeedsQuery, createCalendarFeed, revokeCalendarFeed, type CalendarFeed } from '../../api/calendar';
import { CopyField } from './CopyField';

/** The user's secret calendar addresses: copy one into a calendar app, create a personal one, revoke any. */
export function CalendarFeedsPanel() {
  const { t } = useTranslation('governance');
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const feeds = useQuery(calendarFeedsQuery());
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarFeedsKey });
  const create = useMutation({ mutationFn: () => createCalendarFeed({}), onSuccess: refresh });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeCalendarFeed(id),
    onSuccess: async () => {
      setRevoking(null);
      await refresh();
    },
  });
  const nameOf = (f: CalendarFeed) => (f.roundtableId ? t('governance:calendar.tableFeed', { name: f.roundtableName ?? '—' }) : t('governance:calendar.userFeed'));

  return (
    <section aria-labelledby="calendar-feeds-title">
      <h2 id="calendar-feeds-title" className="h4">
        {t('governance:calendar.feedsTitle')}
      </h2>
      <p>{t('governance:calendar.feedsLead')}</p>
      <div className="alert alert-warning small" role="note">
        {t('governance:calendar.secretWarning')}
      </div>
      <button type="button" className="btn btn-primary btn-sm mb-3" onClick={() => create.mutate()} disabled={create.isPending}>
        {t('governance:calendar.createUserFeed')}
      </button>
      {create.isError && (
        <div className="alert alert-danger" role="alert">
          {errorMessage(create.error)}
        </div>
      )}
      {feeds.isPending ? (
        <LoadingState />
      ) : feeds.isError ? (
        <ErrorState error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : feeds.data.length === 0 ? (
        <EmptyState message={t('governance:calendar.noFeeds')} />
      ) : (
        <ul className="list-unstyled">
          {feeds.data.map((f) => (
            <li key={f.id} className="border rounded p-3 mb-3">
              <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">
                <div>
                  <strong>{nameOf(f)}</strong>
                  <div className="small text-secondary">{t('governance:calendar.createdAt', { date: fmt.dateTime(f.createdAt) })}</div>
                </div>
                <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRevoking(f)}>
                  {t('governance:calendar.revoke')}
                  <span className="visually-hidden"> {nameOf(f)}</span>
                </button>
              </div>
              <CopyField label={t('governance:calendar.feedUrl')} value={f.url} />
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={revoking !== null}
        title={t('governance:calendar.revokeTitle')}
        confirmLabel={t('governance:calendar.revoke')}
        danger
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      >
        <p>{t('governance:calendar.revokeText', { name: revoking ? nameOf(revoking) : '' })}</p>
        {revoke.isError && (
          <div className="alert alert-danger" role="alert">
            {errorMessage(revoke.error)}
          </div>
        )}
      </ConfirmDialog>
    </section>
  );
}
