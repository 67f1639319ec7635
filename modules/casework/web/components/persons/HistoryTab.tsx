import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { personHistoryQuery } from '../../api/persons';

/** When the record was made and changed, and the records merged into it (or it into another). */
export function HistoryTab({ personId }: { personId: string }) {
  const { t } = useTranslation('casework');
  const fmt = useFormat();
  const history = useQuery(personHistoryQuery(personId));
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  const h = history.data;
  return (
    <>
      <p>{t('personHistory.created', { date: fmt.dateTime(h.createdAt) })}</p>
      <p>{t('personHistory.updated', { date: fmt.dateTime(h.updatedAt) })}</p>
      <h3 className="h5">{t('personHistory.merges')}</h3>
      {h.merges.length === 0 ? (
        <EmptyState message={t('personHistory.noMerges')} />
      ) : (
        <ul className="list-unstyled">
          {h.merges.map((m) => (
            <li key={m.id} className="border-bottom py-2">
              <p className="mb-1">
                {m.direction === 'absorbed' ? t('personHistory.absorbed', { names: m.mergedNames.join(', ') }) : t('personHistory.absorbedInto')}{' '}
                {m.direction === 'absorbedInto' && <Link to={`/casework/persons/${m.survivorId}`}>{t('personHistory.openSurvivor')}</Link>}
              </p>
              <p className="small mb-0">
                {t('personHistory.by', { name: m.mergedByName ?? '—', date: fmt.dateTime(m.mergedAt) })}
                {m.reason && ` · ${m.reason}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
