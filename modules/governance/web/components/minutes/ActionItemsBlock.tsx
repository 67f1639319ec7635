import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, FormErrorSummary, SelectField, TextAreaField, TextField, useForm, useFormat } from '../../../../../platform/web';
import { minutesActionItemBody } from '../../../contract';
import { organizationStaffQuery, organizationsQuery, send, type Decision, type MinutesActionItem } from '../../api/minutes';

type Props = {
  minutesId: string;
  minutesItemId: string;
  actionItems: MinutesActionItem[];
  /** Decisions of the section, to tie an action item to one of them. */
  decisions: Decision[];
  editable: boolean;
  onChanged: () => void;
};

/** What was agreed to be done on one section: who, by when. */
export function ActionItemsBlock({ minutesId, minutesItemId, actionItems, decisions, editable, onChanged }: Props) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  // When the form closes, focus returns to the block's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refocus = () => setTimeout(() => headingRef.current?.focus(), 0);
  return (
    <div className="mb-3" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="h6 text-uppercase mt-3">
        {t('minutes.actions.title')}
      </h4>
      {actionItems.length === 0 && !adding && <EmptyState message={t('minutes.actions.empty')} />}
      {actionItems.length > 0 && (
        <ul className="list-unstyled">
          {actionItems.map((a) => (
            <li key={a.id} className="border rounded p-3 mb-2 bg-white">
              <p className="fw-semibold mb-1 text-break">
                {a.title} <Badge tone={a.status === 'done' ? 'success' : a.status === 'cancelled' ? 'light' : 'secondary'}>{t(`minutes.actions.status.${a.status}`)}</Badge>
              </p>
              {a.description && (
                <p className="mb-1 small text-break" style={{ whiteSpace: 'pre-line' }}>
                  {a.description}
                </p>
              )}
              <dl className="row small mb-0">
                <dt className="col-sm-4">{t('minutes.actions.owner')}</dt>
                <dd className="col-sm-8 mb-1">
                  {[a.ownerOrganizationName, a.ownerName].filter(Boolean).join(' · ') || t('minutes.actions.noOwner')}
                </dd>
                <dt className="col-sm-4">{t('minutes.actions.dueDate')}</dt>
                <dd className="col-sm-8 mb-0">{a.dueDate ? <time dateTime={a.dueDate}>{date(a.dueDate)}</time> : t('minutes.actions.noDueDate')}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          <ActionItemForm
            minutesId={minutesId}
            minutesItemId={minutesItemId}
            decisions={decisions}
            onDone={() => {
              setAdding(false);
              onChanged();
              refocus();
            }}
            onCancel={() => {
              setAdding(false);
              refocus();
            }}
          />
        ) : (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setAdding(true)}>
            {t('minutes.actions.addButton')}
          </button>
        ))}
    </div>
  );
}

type FormProps = { minutesId: string; minutesItemId: string; decisions: Decision[]; onDone: () => void; onCancel: () => void };

export function ActionItemForm({ minutesId, minutesItemId, decisions, onDone, onCancel }: FormProps) {
  const { t } = useTranslation('governance');
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus(), []);
  const form = useForm({ title: '', description: '', decisionId: '', ownerOrganizationId: '', ownerUserId: '', dueDate: '' });
  const organizations = useQuery(organizationsQuery);
  const orgId = form.values.ownerOrganizationId;
  const staff = useQuery({ ...organizationStaffQuery(orgId), enabled: !!orgId });
  const labels = {
    title: t('minutes.actions.what'),
    description: t('minutes.actions.description'),
    decisionId: t('minutes.actions.decision'),
    ownerOrganizationId: t('minutes.actions.ownerOrganization'),
    ownerUserId: t('minutes.actions.ownerPerson'),
    dueDate: t('minutes.actions.dueDate'),
  };
  const save = useMutation({
    mutationFn: (body: unknown) => send(`/minutes/${minutesId}/action-items`, body),
    onSuccess: onDone,
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const orNull = (x: string) => (x.trim() === '' ? null : x);
    const body = form.validate(minutesActionItemBody, {
      minutesItemId,
      title: v.title,
      description: orNull(v.description),
      decisionId: orNull(v.decisionId),
      ownerOrganizationId: orNull(v.ownerOrganizationId),
      ownerUserId: orNull(v.ownerUserId),
      dueDate: orNull(v.dueDate),
    });
    if (body) save.mutate(body);
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-labelledby={titleId} className="border border-primary rounded p-3 bg-white mb-3">
      <h5 id={titleId} className="h6">
        {t('minutes.actions.addTitle')}
      </h5>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextField label={labels.title} required maxLength={500} {...form.field('title')} />
      <TextAreaField label={labels.description} rows={2} maxLength={8000} {...form.field('description')} />
      {decisions.length > 0 && (
        <SelectField
          label={labels.decisionId}
          emptyLabel={t('minutes.actions.noDecision')}
          options={decisions.map((d) => ({ value: d.id, label: t('minutes.decisions.number', { number: d.number }) }))}
          {...form.field('decisionId')}
        />
      )}
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.ownerOrganizationId}
            emptyLabel={organizations.isPending ? t('common:states.loading') : t('minutes.actions.chooseOrganization')}
            hint={organizations.isError ? t('minutes.actions.organizationsUnavailable') : undefined}
            options={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            {...form.field('ownerOrganizationId')}
            onChange={(v) => {
              form.set('ownerOrganizationId', v);
              form.set('ownerUserId', '');
            }}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.ownerUserId}
            disabled={!orgId || !staff.isSuccess}
            emptyLabel={t('minutes.actions.noPerson')}
            hint={!orgId ? t('minutes.actions.personAfterOrganization') : staff.isError ? t('minutes.actions.staffUnavailable') : undefined}
            options={(staff.data?.items ?? []).map((m) => ({ value: m.userId, label: m.displayName }))}
            {...form.field('ownerUserId')}
          />
        </div>
      </div>
      <TextField label={labels.dueDate} type="date" className="col-md-6 px-0" {...form.field('dueDate')} />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('minutes.actions.add')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel} disabled={save.isPending}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
