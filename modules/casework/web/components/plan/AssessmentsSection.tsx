import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { assessmentBody, assessmentKinds, completeAssessmentBody } from '../../../contract';
import { Badge, CheckboxField, ConfirmDialog, EmptyState, FormErrorSummary, SelectField, TextAreaField, TextField, todayIso, useForm, useFormat } from '../../../../../platform/web';
import { send } from '../../api/cases';
import type { Assessment } from '../../api/plan';

/** The preliminary and multidimensional assessments, their deadlines, and completing them. */
export function AssessmentsSection({ caseId, items, canPlan }: { caseId: string; items: Assessment[]; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const [completing, setCompleting] = useState<Assessment | null>(null);
  return (
    <section aria-labelledby="plan-assessments" className="mb-4">
      <h2 id="plan-assessments" className="h5">
        {t('plan.assessments.title')}
      </h2>
      {items.length === 0 ? (
        <EmptyState message={t('plan.assessments.empty')} />
      ) : (
        <ul className="list-unstyled">
          {items.map((a) => (
            <li key={a.id} className="border rounded p-3 mb-2 bg-white">
              <div className="d-flex flex-wrap justify-content-between gap-2">
                <h3 className="h6 mb-1">{t(`plan.assessments.kinds.${a.kind}`)}</h3>
                <div>
                  {a.completedOn ? (
                    <Badge tone="success">{t('plan.assessments.completedOn', { date: date(a.completedOn) })}</Badge>
                  ) : a.overdue ? (
                    <Badge tone="danger">{t('plan.assessments.overdue', { date: date(a.dueOn) })}</Badge>
                  ) : (
                    <Badge tone="light">{t('plan.assessments.due', { date: date(a.dueOn), count: a.daysLeft ?? 0 })}</Badge>
                  )}
                </div>
              </div>
              {a.summary && <p className="small mb-1 text-break">{a.summary}</p>}
              {a.participants.length > 0 && <p className="small mb-1">{t('plan.assessments.participantsList', { names: a.participants.join(', ') })}</p>}
              {a.complexNeeds !== null && <p className="small mb-1">{a.complexNeeds ? t('plan.assessments.complex') : t('plan.assessments.notComplex')}</p>}
              {canPlan && !a.completedOn && (
                <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setCompleting(a)}>
                  {t('plan.assessments.complete')}
                  <span className="visually-hidden"> {t(`plan.assessments.kinds.${a.kind}`)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canPlan && <AddAssessmentForm caseId={caseId} />}
      <CompleteDialog assessment={completing} onClose={() => setCompleting(null)} />
    </section>
  );
}

function AddAssessmentForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ kind: 'preliminary', dueOn: '' });
  const add = useMutation({
    mutationFn: (body: unknown) => send(`/cases/${caseId}/assessments`, body),
    onSuccess: () => {
      form.reset({ kind: 'preliminary', dueOn: '' });
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', caseId, 'plan'] });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(assessmentBody, { kind: form.values.kind, dueOn: form.values.dueOn || undefined });
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-label={t('plan.assessments.add')} className="row g-2 align-items-end">
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <div className="col-12 col-md-5">
        <SelectField label={t('plan.assessments.kind')} options={assessmentKinds.map((k) => ({ value: k, label: t(`plan.assessments.kinds.${k}`) }))} {...form.field('kind')} />
      </div>
      <div className="col-12 col-md-4">
        <TextField label={t('plan.assessments.dueOn')} type="date" hint={t('plan.assessments.dueHint')} {...form.field('dueOn')} />
      </div>
      <div className="col-12 col-md-3">
        <button type="submit" className="btn btn-outline-primary btn-sm mb-4" disabled={add.isPending}>
          {t('plan.assessments.add')}
        </button>
      </div>
    </form>
  );
}

function CompleteDialog({ assessment, onClose }: { assessment: Assessment | null; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ completedOn: todayIso(), summary: '', participants: '' });
  const [complex, setComplex] = useState(false);
  const { reset } = form;
  useEffect(() => {
    reset({ completedOn: todayIso(), summary: '', participants: '' });
    setComplex(false);
  }, [assessment?.id, reset]);
  const labels = { completedOn: t('plan.assessments.completedOnLabel'), summary: t('plan.assessments.summary'), participants: t('plan.assessments.participants') };
  const complete = useMutation({
    mutationFn: (body: unknown) => send(`/assessments/${assessment?.id}/complete`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', assessment?.caseId ?? ''] });
      onClose();
    },
    onError: form.showError,
  });
  const confirm = () => {
    const participants = form.values.participants
      .split(/[\n,;]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const body = form.validate(completeAssessmentBody, {
      completedOn: form.values.completedOn,
      summary: form.values.summary,
      participants,
      complexNeeds: assessment?.kind === 'preliminary' ? complex : undefined,
    });
    if (body) complete.mutate(body);
  };
  return (
    <ConfirmDialog isOpen={!!assessment} title={t('plan.assessments.completeTitle')} confirmLabel={t('plan.assessments.complete')} busy={complete.isPending} onConfirm={confirm} onCancel={onClose}>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextField label={labels.completedOn} type="date" required {...form.field('completedOn')} />
      <TextAreaField label={labels.participants} hint={t('plan.assessments.participantsHint')} required rows={2} {...form.field('participants')} />
      <TextAreaField label={labels.summary} required rows={4} maxLength={10000} {...form.field('summary')} />
      {assessment?.kind === 'preliminary' && <CheckboxField label={t('plan.assessments.complexLabel')} hint={t('plan.assessments.complexHint')} checked={complex} onChange={setComplex} />}
    </ConfirmDialog>
  );
}
