import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { caseEventsQuery } from '../../api/cases';

/** Storico: every change of the case, newest first. */
export function HistoryTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation('casework');
  const { dateTime } = useFormat();
  const events = useQuery(caseEventsQuery(caseId));
  if (events.isPending) return <LoadingState />;
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.length === 0) return <EmptyState message={t('cases.history.empty')} />;
  return (
    <>
      <h2 className="h5">{t('cases.history.title')}</h2>
      <ol className="list-unstyled">
        {events.data.map((e) => (
          <li key={e.id} className="border-start border-3 border-primary ps-3 pb-3">
            <p className="small text-secondary mb-1">
              <time dateTime={e.at}>{dateTime(e.at)}</time> · {e.userName}
            </p>
            <p className="mb-0 fw-semibold">
              {t(`cases.history.kinds.${e.kind}`, { defaultValue: e.kind })}
              {e.toStatus && ` → ${t(`cases.status.${e.toStatus}`)}`}
            </p>
            {e.note && <p className="mb-0 text-break">{e.note}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
