import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, todayIso, useFormat } from '../../../../../platform/web';
import { send } from '../../api/cases';
import type { Intervention } from '../../api/plan';

type Placement = NonNullable<Intervention['placement']>;

/** A housing placement: the unit, its dates and the autonomy milestones, ticked when reached. */
export function PlacementDetails({ intervention, placement, canPlan }: { intervention: Intervention; placement: Placement; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: ({ index, reached }: { index: number; reached: boolean }) =>
      send(`/interventions/${intervention.id}`, { milestones: [{ index, reachedOn: reached ? todayIso() : null }] }, 'PATCH'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', intervention.caseId, 'plan'] }),
  });
  return (
    <div className="small">
      <p className="mb-1">
        {t('plan.placement.unit', { name: placement.housingUnitName ?? '—' })} · {date(placement.startsOn)}
        {placement.endsOn && ` – ${date(placement.endsOn)}`}
      </p>
      {placement.milestones.length > 0 && (
        <fieldset>
          <legend className="h6 mb-1">{t('plan.placement.milestones')}</legend>
          {placement.milestones.map((m, index) =>
            canPlan ? (
              <CheckboxField
                key={index}
                label={m.dueOn ? `${m.title} (${date(m.dueOn)})` : m.title}
                hint={m.reachedOn ? t('plan.placement.reachedOn', { date: date(m.reachedOn) }) : undefined}
                checked={!!m.reachedOn}
                onChange={(reached) => mark.mutate({ index, reached })}
              />
            ) : (
              <p key={index} className="mb-0">
                {m.reachedOn ? '✓ ' : '○ '}
                {m.title}
              </p>
            ),
          )}
        </fieldset>
      )}
    </div>
  );
}
