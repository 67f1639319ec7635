import { useId } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decisionOutcomes, minutesAmendmentBody } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, useForm } from '../../../../../platform/web';
import { send, type Minutes, type Section } from '../../api/minutes';

type Props = { minutes: Minutes; sections: Section[]; onDone: () => void; onCancel: () => void };

/**
 * Approved minutes are locked: a change is a new version, with the reason recorded in the history.
 * Summaries and decisions can be corrected; the earlier version stays readable.
 */
export function AmendForm({ minutes, sections, onDone, onCancel }: Props) {
  const { t } = useTranslation('governance');
  const titleId = useId();
  const initial: Record<string, string> = { reason: '' };
  sections.forEach((s, i) => {
    initial[`items.${i}.summary`] = s.summary;
  });
  const decisions = sections.flatMap((s) => s.decisions);
  decisions.forEach((d, j) => {
    initial[`decisions.${j}.text`] = d.text;
    initial[`decisions.${j}.outcome`] = d.outcome;
  });
  const form = useForm(initial);
  // Keys are built per section and decision: always strings, never missing.
  const field = (name: string) => {
    const f = form.field(name);
    return { ...f, value: f.value ?? '' };
  };
  const labels: Record<string, string> = { reason: t('minutes.amend.reason') };
  sections.forEach((s, i) => {
    labels[`items.${i}.summary`] = `${t('minutes.sections.summary')} – ${s.title}`;
  });
  decisions.forEach((d, j) => {
    labels[`decisions.${j}.text`] = t('minutes.amend.decisionText', { number: d.number });
    labels[`decisions.${j}.outcome`] = t('minutes.amend.decisionOutcome', { number: d.number });
  });
  const save = useMutation({
    mutationFn: (body: unknown) => send(`/minutes/${minutes.id}/amendments`, body),
    onSuccess: onDone,
    onError: form.showError,
  });
  const submit = () => {
    const body = form.validate(minutesAmendmentBody, {
      reason: form.values.reason,
      items: sections.map((s, i) => ({ id: s.id, agendaItemId: s.agendaItemId, title: s.title, summary: form.values[`items.${i}.summary`] ?? '' })),
      decisions: decisions.map((d, j) => ({
        id: d.id,
        minutesItemId: d.minutesItemId,
        text: form.values[`decisions.${j}.text`] ?? d.text,
        outcome: form.values[`decisions.${j}.outcome`] ?? d.outcome,
        votesFor: d.votesFor,
        votesAgainst: d.votesAgainst,
        votesAbstained: d.votesAbstained,
      })),
    });
    if (body) save.mutate(body);
  };
  return (
    <section aria-labelledby={titleId} className="border border-primary rounded p-3 bg-white">
      <h3 id={titleId} className="h4">
        {t('minutes.amend.title', { version: minutes.version + 1 })}
      </h3>
      <p>{t('minutes.amend.text')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextAreaField label={labels.reason!} required rows={2} maxLength={4000} hint={t('minutes.amend.reasonHint')} {...field('reason')} />
      {sections.map((s, i) => (
        <div key={s.id} className="border-top pt-3">
          <h4 className="h5">{t('minutes.sections.heading', { n: i + 1, title: s.title })}</h4>
          <TextAreaField label={labels[`items.${i}.summary`]!} rows={5} maxLength={50000} {...field(`items.${i}.summary`)} />
          {s.decisions.map((d) => {
            const j = decisions.indexOf(d);
            return (
              <fieldset key={d.id} className="mb-3">
                <legend className="h6 fs-6">{t('minutes.decisions.number', { number: d.number })}</legend>
                <TextAreaField label={labels[`decisions.${j}.text`]!} required rows={3} maxLength={10000} {...field(`decisions.${j}.text`)} />
                <SelectField
                  label={labels[`decisions.${j}.outcome`]!}
                  required
                  options={decisionOutcomes.map((o) => ({ value: o, label: t(`minutes.outcome.${o}`) }))}
                  {...field(`decisions.${j}.outcome`)}
                />
              </fieldset>
            );
          })}
        </div>
      ))}
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-primary" onClick={submit} disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('minutes.amend.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel} disabled={save.isPending}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </section>
  );
}
