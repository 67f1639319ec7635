import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, PageHeader, todayIso, useFormat, useListParams } from '../../../../../platform/web';
import { mediationCalendarQuery, type CalendarItem } from '../../api/plan';
import { MediationDay } from '../../components/plan/MediationDay';
import { MediationDoneDialog } from '../../components/plan/MediationDoneDialog';
import { addDays, localDay, mondayOf } from '../../components/plan/weeks';

/** The mediations of my services, a week at a time (every day) or as a list (only days with mediations). */
export function MediationCalendarPage() {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const { filters, setFilters } = useListParams(['week', 'view'] as const);
  const from = mondayOf(filters.week || todayIso());
  const to = addDays(from, 6);
  const view = filters.view === 'list' ? 'list' : 'week';
  const mediations = useQuery(mediationCalendarQuery(from, to));
  const [finishing, setFinishing] = useState<CalendarItem | null>(null);
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const byDay = (day: string) => (mediations.data ?? []).filter((m) => localDay(m.scheduledAt) === day).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const shown = view === 'week' ? days : days.filter((d) => byDay(d).length > 0);
  return (
    <>
      <PageHeader title={t('mediation.title')} lead={t('mediation.lead')} breadcrumbs={[{ label: t('home.title'), to: '/casework' }]} />
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setFilters({ week: addDays(from, -7) })}>
          {t('mediation.previousWeek')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setFilters({ week: '' })}>
          {t('mediation.thisWeek')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setFilters({ week: addDays(from, 7) })}>
          {t('mediation.nextWeek')}
        </button>
        <p className="mb-0 fw-semibold" aria-live="polite">
          {t('mediation.range', { from: date(from), to: date(to) })}
        </p>
        <div className="btn-group ms-auto" role="group" aria-label={t('mediation.viewLabel')}>
          {(['week', 'list'] as const).map((v) => (
            <button key={v} type="button" className={`btn btn-sm ${view === v ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={view === v} onClick={() => setFilters({ view: v === 'week' ? '' : v })}>
              {t(`mediation.views.${v}`)}
            </button>
          ))}
        </div>
      </div>
      {mediations.isPending ? (
        <LoadingState />
      ) : mediations.isError ? (
        <ErrorState error={mediations.error} onRetry={() => void mediations.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState message={t('mediation.empty')} />
      ) : (
        <div aria-busy={mediations.isFetching}>
          {shown.map((d) => (
            <MediationDay key={d} day={d} items={byDay(d)} onDone={setFinishing} />
          ))}
        </div>
      )}
      <MediationDoneDialog mediationId={finishing?.id ?? null} defaultHours={finishing ? finishing.durationMinutes / 60 : 1} onClose={() => setFinishing(null)} />
    </>
  );
}
