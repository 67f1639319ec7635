import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, useFormat } from '../../../../../platform/web';
import type { Mediation } from '../../api/plan';
import { AssignMediatorDialog } from './AssignMediatorDialog';
import { MediationDoneDialog } from './MediationDoneDialog';
import { useLanguageName } from './languages';

const tones = { requested: 'warning', assigned: 'primary', done: 'success', cancelled: 'secondary' } as const;

/** The sessions of a mediation intervention: assign a mediator, then record the hours done. */
export function MediationsList({ items, districtId, canPlan }: { items: Mediation[]; districtId: string; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const { dateTime, number } = useFormat();
  const languageName = useLanguageName();
  const [assigning, setAssigning] = useState<Mediation | null>(null);
  const [finishing, setFinishing] = useState<Mediation | null>(null);
  return (
    <>
      <ul className="list-unstyled mb-0">
        {items.map((m) => (
          <li key={m.id} className="border-top pt-2 mt-2">
            <p className="mb-1">
              <strong>{languageName(m.language)}</strong> · <time dateTime={m.scheduledAt}>{dateTime(m.scheduledAt)}</time> · {m.place} ·{' '}
              {t('plan.mediation.minutes', { count: m.durationMinutes })} <Badge tone={tones[m.status]}>{t(`plan.mediation.statuses.${m.status}`)}</Badge>
            </p>
            <p className="small mb-1">
              {m.mediatorName ? t('plan.mediation.mediator', { name: m.mediatorName }) : t('plan.mediation.noMediator')}
              {m.hoursDone !== null && ` · ${t('plan.mediation.hoursDone', { hours: number(m.hoursDone) })}`}
            </p>
            {canPlan && m.status === 'requested' && (
              <button type="button" className="btn btn-outline-primary btn-sm me-2" onClick={() => setAssigning(m)}>
                {t('plan.mediation.assign')}
              </button>
            )}
            {canPlan && m.status === 'assigned' && (
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setFinishing(m)}>
                {t('plan.mediation.markDone')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <AssignMediatorDialog mediation={assigning} districtId={districtId} onClose={() => setAssigning(null)} />
      <MediationDoneDialog mediationId={finishing?.id ?? null} defaultHours={finishing ? finishing.durationMinutes / 60 : 1} onClose={() => setFinishing(null)} />
    </>
  );
}
