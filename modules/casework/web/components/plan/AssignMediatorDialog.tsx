import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, EmptyState, ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { send } from '../../api/cases';
import { availableMediatorsQuery, type Mediation } from '../../api/plan';
import { useLanguageName } from './languages';

type Props = { mediation: Mediation | null; districtId: string; onClose: () => void };

/** Picks a mediator from the pool free at that time who speaks the language, least loaded first. */
export function AssignMediatorDialog({ mediation, districtId, onClose }: Props) {
  const { t } = useTranslation('casework');
  const { number } = useFormat();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setChosen('');
    setMissing(false);
  }, [mediation?.id]);
  const available = useQuery({
    ...availableMediatorsQuery({ language: mediation?.language ?? '', at: mediation?.scheduledAt ?? '', durationMinutes: mediation?.durationMinutes ?? 60, districtId }),
    enabled: !!mediation,
  });
  const assign = useMutation({
    mutationFn: () => send(`/mediations/${mediation?.id}/assign`, { mediatorId: chosen }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework'] });
      onClose();
    },
  });
  return (
    <ConfirmDialog isOpen={!!mediation} title={t('plan.mediation.assignTitle')} confirmLabel={t('plan.mediation.assign')} busy={assign.isPending} onConfirm={() => (chosen ? assign.mutate() : setMissing(true))} onCancel={onClose}>
      {mediation && <p>{t('plan.mediation.assignText', { language: languageName(mediation.language) })}</p>}
      {available.isPending ? (
        <LoadingState />
      ) : available.isError ? (
        <ErrorState error={available.error} onRetry={() => void available.refetch()} />
      ) : available.data.length === 0 ? (
        <EmptyState message={t('plan.mediation.noneAvailable')} />
      ) : (
        <fieldset>
          <legend className="h6">{t('plan.mediation.available')}</legend>
          {available.data.map((m) => (
            <div key={m.id} className="form-check">
              <input id={`${id}-${m.id}`} type="radio" name={`${id}-mediator`} checked={chosen === m.id} onChange={() => setChosen(m.id)} />
              <label htmlFor={`${id}-${m.id}`}>
                {m.displayName} <span className="small">({m.languages.map(languageName).join(', ')} · {t('plan.mediation.load', { hours: number(m.hoursLast30Days) })})</span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {missing && !chosen && (
        <div className="alert alert-danger mt-2" role="alert">
          {t('plan.mediation.chooseMediator')}
        </div>
      )}
      {assign.isError && <ErrorState error={assign.error} />}
    </ConfirmDialog>
  );
}
