import { useTranslation } from 'react-i18next';
import { interventionKinds } from '../../../contract';
import { Badge, EmptyState, useFormat } from '../../../../../platform/web';
import type { CaseView } from '../../api/cases';
import type { Intervention } from '../../api/plan';
import { InterventionForm } from './InterventionForm';
import { MediationsList } from './MediationsList';
import { PlacementDetails } from './PlacementDetails';

/** Interventions grouped by kind, each with what its kind records. */
export function InterventionsSection({ c, items, canPlan }: { c: CaseView; items: Intervention[]; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const kinds = interventionKinds.filter((k) => items.some((i) => i.kind === k));
  return (
    <section aria-labelledby="plan-interventions" className="mb-4">
      <h2 id="plan-interventions" className="h5">
        {t('plan.interventions.title')}
      </h2>
      {kinds.length === 0 && <EmptyState message={t('plan.interventions.empty')} />}
      {kinds.map((k) => (
        <section key={k} aria-labelledby={`plan-kind-${k}`} className="mb-3">
          <h3 id={`plan-kind-${k}`} className="h6">
            {t(`plan.interventions.kinds.${k}`)}
          </h3>
          {items
            .filter((i) => i.kind === k)
            .map((i) => (
              <InterventionItem key={i.id} i={i} districtId={c.districtId} canPlan={canPlan} />
            ))}
        </section>
      ))}
      {canPlan && <InterventionForm c={c} />}
    </section>
  );
}

function InterventionItem({ i, districtId, canPlan }: { i: Intervention; districtId: string; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  return (
    <div className="border rounded p-3 mb-2 bg-white">
      <p className="mb-1">
        <span className="fw-semibold">{i.serviceName ?? '—'}</span>
        {i.organizationName && ` – ${i.organizationName}`} <Badge tone="light">{t(`plan.interventions.statuses.${i.status}`)}</Badge>
      </p>
      <p className="small mb-1">
        {i.assignedUserName && `${t('plan.interventions.assignedTo', { name: i.assignedUserName })} · `}
        {i.startsOn && t('plan.interventions.from', { date: date(i.startsOn) })}
        {i.endsOn && ` ${t('plan.interventions.to', { date: date(i.endsOn) })}`}
      </p>
      {i.description && <p className="small mb-1 text-break">{i.description}</p>}
      {i.sessionsPlanned !== null && <p className="small mb-1">{t('plan.interventions.sessions', { held: i.sessionsHeld ?? 0, planned: i.sessionsPlanned })}</p>}
      {i.targetService && <p className="small mb-1">{t('plan.interventions.orientedTo', { service: i.targetService })}</p>}
      {i.consultation && (
        <div className="small">
          {i.consultation.heldOn && <p className="mb-1">{t('plan.consultation.heldOn', { date: date(i.consultation.heldOn) })}</p>}
          <p className="mb-1">{t('plan.consultation.participants', { names: i.consultation.participants.join(', ') })}</p>
          {i.consultation.hidden ? (
            <p className="fst-italic mb-0">{t('plan.consultation.hidden')}</p>
          ) : (
            <>
              <p className="mb-1 text-break">
                <strong>{t('plan.interventions.fields.discussion')}:</strong> {i.consultation.discussion}
              </p>
              <p className="mb-0 text-break">
                <strong>{t('plan.interventions.fields.recommendations')}:</strong> {i.consultation.recommendations}
              </p>
            </>
          )}
        </div>
      )}
      {i.placement && <PlacementDetails intervention={i} placement={i.placement} canPlan={canPlan} />}
      {i.mediations.length > 0 && <MediationsList items={i.mediations} districtId={districtId} canPlan={canPlan} />}
    </div>
  );
}
