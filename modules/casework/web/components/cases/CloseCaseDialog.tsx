import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseCloseBody, closureOutcomes } from '../../../contract';
import { ConfirmDialog, FormErrorSummary, SelectField, TextAreaField, TextField, todayIso, useForm } from '../../../../../platform/web';
import { send, type CaseView } from '../../api/cases';

type Props = { c: CaseView; isOpen: boolean; onDone: (saved: unknown) => void; onCancel: () => void };

/** Closure: the outcome, a note and the exit date. */
export function CloseCaseDialog({ c, isOpen, onDone, onCancel }: Props) {
  const { t } = useTranslation('casework');
  const form = useForm({ outcome: '', note: '', closedOn: todayIso() });
  const labels = { outcome: t('cases.close.outcome'), note: t('cases.close.note'), closedOn: t('cases.close.closedOn') };
  const close = useMutation({ mutationFn: (body: unknown) => send<CaseView>(`/cases/${c.id}/close`, body), onSuccess: onDone, onError: form.showError });
  const { reset } = form;
  useEffect(() => {
    if (!isOpen) reset({ outcome: '', note: '', closedOn: todayIso() });
  }, [isOpen, reset]);
  const confirm = () => {
    const body = form.validate(caseCloseBody, { outcome: form.values.outcome || undefined, note: form.values.note, closedOn: form.values.closedOn || undefined });
    if (body) close.mutate(body);
  };
  return (
    <ConfirmDialog isOpen={isOpen} danger title={t('cases.close.title')} confirmLabel={t('cases.actions.close')} busy={close.isPending} onConfirm={confirm} onCancel={onCancel}>
      <p>{t('cases.close.text', { reference: c.reference })}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <SelectField
        label={labels.outcome}
        required
        emptyLabel={t('cases.form.choose')}
        options={closureOutcomes.map((o) => ({ value: o, label: t(`cases.outcomes.${o}`) }))}
        {...form.field('outcome')}
      />
      <TextField label={labels.closedOn} type="date" {...form.field('closedOn')} />
      <TextAreaField label={labels.note} rows={3} maxLength={2000} {...form.field('note')} />
    </ConfirmDialog>
  );
}
