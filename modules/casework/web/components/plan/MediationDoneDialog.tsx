import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mediationDoneBody } from '../../../contract';
import { ConfirmDialog, FormErrorSummary, TextField, useForm } from '../../../../../platform/web';
import { send } from '../../api/cases';

type Props = { mediationId: string | null; defaultHours: number; onClose: () => void };

/** Records that a mediation took place and how many hours it took. */
export function MediationDoneDialog({ mediationId, defaultHours, onClose }: Props) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ hours: String(defaultHours) });
  const { reset } = form;
  useEffect(() => {
    if (mediationId) reset({ hours: String(defaultHours) });
  }, [mediationId, defaultHours, reset]);
  const done = useMutation({
    mutationFn: (body: unknown) => send(`/mediations/${mediationId}/done`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework'] });
      onClose();
    },
    onError: form.showError,
  });
  const confirm = () => {
    const hours = Number(form.values.hours.replace(',', '.'));
    const body = form.validate(mediationDoneBody, { hours: form.values.hours.trim() === '' || Number.isNaN(hours) ? undefined : hours });
    if (body) done.mutate(body);
  };
  return (
    <ConfirmDialog isOpen={!!mediationId} title={t('plan.mediation.doneTitle')} confirmLabel={t('plan.mediation.markDone')} busy={done.isPending} onConfirm={confirm} onCancel={onClose}>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={{ hours: t('plan.mediation.hours') }} />
      <TextField label={t('plan.mediation.hours')} hint={t('plan.mediation.hoursHint')} required inputMode="decimal" {...form.field('hours')} />
    </ConfirmDialog>
  );
}
