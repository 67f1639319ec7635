import { type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { goalBody, goalStatuses, needAreas } from '../../../contract';
import { EmptyState, FormErrorSummary, SelectField, TextField, useForm, useFormat } from '../../../../../platform/web';
import { send } from '../../api/cases';
import type { Goal } from '../../api/plan';

/** Goals of the plan with target and review dates; status changes in place. */
export function GoalsSection({ caseId, items, canPlan }: { caseId: string; items: Goal[]; canPlan: boolean }) {
  const { t } = useTranslation('casework');
  const { date } = useFormat();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: ({ id, status }: { id: string; status: string }) => send(`/goals/${id}`, { status }, 'PATCH'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', caseId, 'plan'] }),
  });
  return (
    <section aria-labelledby="plan-goals" className="mb-4">
      <h2 id="plan-goals" className="h5">
        {t('plan.goals.title')}
      </h2>
      {items.length === 0 ? (
        <EmptyState message={t('plan.goals.empty')} />
      ) : (
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="visually-hidden">{t('plan.goals.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.goals.goal')}</th>
                <th scope="col">{t('plan.goals.needArea')}</th>
                <th scope="col">{t('plan.goals.targetDate')}</th>
                <th scope="col">{t('plan.goals.reviewDate')}</th>
                <th scope="col">{t('plan.goals.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.title}</th>
                  <td>{g.needArea ? t(`cases.needs.${g.needArea}`) : '—'}</td>
                  <td>{date(g.targetDate) || '—'}</td>
                  <td>{date(g.reviewDate) || '—'}</td>
                  <td>
                    {canPlan ? (
                      <select
                        className="form-select form-select-sm"
                        aria-label={t('plan.goals.statusOf', { title: g.title })}
                        value={g.status}
                        onChange={(e) => update.mutate({ id: g.id, status: e.target.value })}
                      >
                        {goalStatuses.map((s) => (
                          <option key={s} value={s}>
                            {t(`plan.goals.statuses.${s}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`plan.goals.statuses.${g.status}`)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canPlan && <AddGoalForm caseId={caseId} />}
    </section>
  );
}

const empty = { title: '', needArea: '', targetDate: '', reviewDate: '' };

function AddGoalForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm(empty);
  const labels = { title: t('plan.goals.goal'), needArea: t('plan.goals.needArea'), targetDate: t('plan.goals.targetDate'), reviewDate: t('plan.goals.reviewDate') };
  const add = useMutation({
    mutationFn: (body: unknown) => send(`/cases/${caseId}/goals`, body),
    onSuccess: () => {
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: ['casework', 'cases', 'detail', caseId, 'plan'] });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(goalBody, { title: v.title, needArea: v.needArea || undefined, targetDate: v.targetDate || undefined, reviewDate: v.reviewDate || undefined });
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="add-goal-title" className="border rounded p-3 bg-white">
      <h3 id="add-goal-title" className="h6">
        {t('plan.goals.add')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-lg-6">
          <TextField label={labels.title} required maxLength={300} {...form.field('title')} />
        </div>
        <div className="col-12 col-lg-6">
          <SelectField label={labels.needArea} emptyLabel={t('cases.form.none')} options={needAreas.map((n) => ({ value: n, label: t(`cases.needs.${n}`) }))} {...form.field('needArea')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={labels.targetDate} type="date" {...form.field('targetDate')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={labels.reviewDate} type="date" {...form.field('reviewDate')} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
        {add.isPending ? t('common:actions.saving') : t('plan.goals.save')}
      </button>
    </form>
  );
}
