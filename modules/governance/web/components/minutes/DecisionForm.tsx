import { useEffect, useId, useRef, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decisionBody, decisionOutcomes, decisionUpdateBody } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, useForm } from '../../../../../platform/web';
import { send, type Decision } from '../../api/minutes';

type Props = {
  minutesId: string;
  minutesItemId: string;
  /** Editing an existing decision; absent to add a new one. */
  decision?: Decision;
  onDone: () => void;
  onCancel?: () => void;
};

const count = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
/** An empty box is "no vote recorded" (null); anything else is sent as typed, for the contract to check. */
const toCount = (v: string) => (v.trim() === '' ? null : Number(v));

/** Adds a decision to a section (numbered by the server per table) or edits one: text, outcome and the optional vote. */
export function DecisionForm({ minutesId, minutesItemId, decision, onDone, onCancel }: Props) {
  const { t } = useTranslation('governance');
  const titleId = useId();
  const initial = {
    text: decision?.text ?? '',
    outcome: decision?.outcome ?? 'approved',
    votesFor: count(decision?.votesFor),
    votesAgainst: count(decision?.votesAgainst),
    votesAbstained: count(decision?.votesAbstained),
  };
  const form = useForm(initial);
  // The button that opened the form is gone: start typing in its first field.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('textarea, input, select')?.focus(), []);
  const labels = {
    text: t('minutes.decisions.text'),
    outcome: t('minutes.decisions.outcome'),
    votesFor: t('minutes.decisions.votesFor'),
    votesAgainst: t('minutes.decisions.votesAgainst'),
    votesAbstained: t('minutes.decisions.votesAbstained'),
  };
  const save = useMutation({
    mutationFn: (body: unknown) =>
      decision ? send(`/minutes/${minutesId}/decisions/${decision.id}`, body, 'PATCH') : send(`/minutes/${minutesId}/decisions`, body),
    onSuccess: () => {
      if (!decision) form.reset(initial);
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const raw = {
      minutesItemId,
      text: v.text,
      outcome: v.outcome,
      votesFor: toCount(v.votesFor),
      votesAgainst: toCount(v.votesAgainst),
      votesAbstained: toCount(v.votesAbstained),
    };
    const body = decision ? form.validate(decisionUpdateBody, raw) : form.validate(decisionBody, raw);
    if (body) save.mutate(body);
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby={titleId} className="border border-primary rounded p-3 bg-white mb-3">
      <h5 id={titleId} className="h6">
        {decision ? t('minutes.decisions.editTitle', { number: decision.number }) : t('minutes.decisions.addTitle')}
      </h5>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextAreaField label={labels.text} required rows={3} maxLength={10000} {...form.field('text')} />
      <SelectField
        label={labels.outcome}
        required
        options={decisionOutcomes.map((o) => ({ value: o, label: t(`minutes.outcome.${o}`) }))}
        {...form.field('outcome')}
      />
      <fieldset>
        <legend className="h6 fs-6">{t('minutes.decisions.votes')}</legend>
        <p className="small">{t('minutes.decisions.votesHint')}</p>
        <div className="row">
          <div className="col-12 col-md-4">
            <TextField label={labels.votesFor} type="number" min={0} inputMode="numeric" {...form.field('votesFor')} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={labels.votesAgainst} type="number" min={0} inputMode="numeric" {...form.field('votesAgainst')} />
          </div>
          <div className="col-12 col-md-4">
            <TextField label={labels.votesAbstained} type="number" min={0} inputMode="numeric" {...form.field('votesAbstained')} />
          </div>
        </div>
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : decision ? t('minutes.decisions.save') : t('minutes.decisions.add')}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel} disabled={save.isPending}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
