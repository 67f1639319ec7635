import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge, intlLocale } from '../../../../../platform/web';
import type { CalendarItem } from '../../api/plan';
import { useLanguageName } from './languages';

const tones = { requested: 'warning', assigned: 'primary', done: 'success', cancelled: 'secondary' } as const;

type Props = { day: string; items: CalendarItem[]; onDone: (item: CalendarItem) => void };

/** One day of the calendar: its mediations in time order. */
export function MediationDay({ day, items, onDone }: Props) {
  const { t, i18n } = useTranslation('casework');
  const languageName = useLanguageName();
  const locale = intlLocale(i18n.language);
  const heading = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <section aria-labelledby={`day-${day}`} className="mb-3">
      <h2 id={`day-${day}`} className="h5 text-capitalize border-bottom pb-1">
        {heading}
      </h2>
      {items.length === 0 ? (
        <p className="small text-secondary">{t('mediation.noneThatDay')}</p>
      ) : (
        <ul className="list-unstyled">
          {items.map((m) => (
            <li key={m.id} className="d-flex flex-wrap gap-3 border rounded p-2 mb-2 bg-white">
              <time dateTime={m.scheduledAt} className="fw-bold">
                {time.format(new Date(m.scheduledAt))}
              </time>
              <div className="flex-grow-1">
                <p className="mb-0">
                  <strong>{languageName(m.language)}</strong> · {m.place} · {t('plan.mediation.minutes', { count: m.durationMinutes })}{' '}
                  <Badge tone={tones[m.status]}>{t(`plan.mediation.statuses.${m.status}`)}</Badge>
                </p>
                <p className="small mb-0">
                  <Link to={`/casework/cases/${m.caseId}?tab=plan`}>{m.caseReference}</Link>
                  {m.subjectName && ` · ${m.subjectName}`} · {m.mediatorName ? t('plan.mediation.mediator', { name: m.mediatorName }) : t('plan.mediation.noMediator')}
                  {m.serviceName && ` · ${m.serviceName}`}
                </p>
              </div>
              {m.status === 'assigned' && (
                <button type="button" className="btn btn-outline-primary btn-sm align-self-center" onClick={() => onDone(m)}>
                  {t('plan.mediation.markDone')}
                  <span className="visually-hidden"> {m.caseReference}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
