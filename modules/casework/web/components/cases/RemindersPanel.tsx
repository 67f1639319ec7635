import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ErrorState, Icon, LoadingState, useFormat } from '../../../../../platform/web';
import { remindersQuery, type Reminder } from '../../api/cases';

const icons: Record<Reminder['kind'], string> = {
  permit_expiring: 'it-calendar',
  referral_waiting: 'it-mail',
  assessment_due: 'it-clock',
  goal_review: 'it-flag',
};

/** Permits expiring, referrals waiting, assessments and reviews due, on the caller's cases. */
export function RemindersPanel() {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const reminders = useQuery(remindersQuery);
  return (
    <section aria-labelledby="reminders-title" className="bg-white border rounded shadow-sm p-3 h-100">
      <h2 id="reminders-title" className="h4">
        {t('home.reminders.title')}
      </h2>
      {reminders.isPending ? (
        <LoadingState />
      ) : reminders.isError ? (
        <ErrorState error={reminders.error} onRetry={() => void reminders.refetch()} />
      ) : reminders.data.items.length === 0 ? (
        <p className="text-secondary mb-0">{t('home.reminders.empty')}</p>
      ) : (
        <ul className="list-unstyled mb-0">
          {reminders.data.items.map((r, i) => (
            <li key={`${r.kind}-${r.caseId}-${i}`} className="d-flex gap-2 py-2 border-bottom">
              <Icon name={icons[r.kind]} size="sm" color={r.overdue ? 'danger' : 'primary'} />
              <div>
                <Link to={`/casework/cases/${r.caseId}`} className="fw-semibold">
                  {r.reference}
                </Link>{' '}
                {r.overdue && <Badge tone="danger">{t('home.reminders.overdue')}</Badge>}
                <span className="d-block small">
                  {t(`home.reminders.kinds.${r.kind}`, { ...r.params, dueOn: date(r.dueOn), count: Math.abs(Number(r.params.days ?? r.ageDays ?? 0)) })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
