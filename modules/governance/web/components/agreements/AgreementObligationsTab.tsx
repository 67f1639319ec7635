import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementObligationBody } from '../../../contract';
import { FormErrorSummary, SelectField, TextAreaField, TextField, useErrorMessage, useForm, useFormat } from '../../../../../platform/web';
import { sendAgreement, type AgreementDetail } from '../../api/agreements';
import { ActionStatusBadge, OverdueBadge } from '../actions/ActionBadges';
import { OVERDUE_BAR } from '../actions/ActionItemsTable';
import { ActionStatusSelect } from '../actions/ActionStatusSelect';

/** "Obblighi": what the parties committed to, as action items with their status. */
export function AgreementObligationsTab({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const errorMessage = useErrorMessage();
  return (
    <>
      <h2 className="h4">{t('agreements.obligations.heading')}</h2>
      <div aria-live="polite">{added && <div className="alert alert-success">{t('agreements.obligations.added', { title: added })}</div>}
        {statusError && (
          <div className="alert alert-danger" role="alert">
            {statusError}
          </div>
        )}
      </div>
      {agreement.obligations.length === 0 ? (
        <p className="text-secondary">{t('agreements.obligations.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table align-middle">
            <caption className="visually-hidden">{t('agreements.obligations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('agreements.obligations.title')}</th>
                <th scope="col">{t('agreements.obligations.owner')}</th>
                <th scope="col">{t('agreements.obligations.dueDate')}</th>
                <th scope="col">{t('agreements.obligations.status')}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.obligations.map((o) => (
                <tr key={o.id} className={o.overdue ? 'crv-overdue' : undefined}>
                  <th scope="row" style={o.overdue ? OVERDUE_BAR : undefined}>
                    {o.title}
                    {o.description && <span className="d-block small text-secondary fw-normal">{o.description}</span>}
                  </th>
                  <td>
                    {o.ownerOrganizationName ?? '—'}
                    {o.ownerName && <span className="d-block small text-secondary">{o.ownerName}</span>}
                  </td>
                  <td>
                    {o.dueDate ? date(o.dueDate) : '—'}
                    {o.overdue && (
                      <span className="d-block">
                        <OverdueBadge />
                      </span>
                    )}
                  </td>
                  <td>
                    <ActionStatusBadge status={o.status} />
                    {agreement.abilities.manage && (
                      <ActionStatusSelect
                        item={o}
                        onSaved={() => setStatusError(null)}
                        onError={(e) => setStatusError(t('actions.statusError', { title: o.title, message: errorMessage(e) }))}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`/governance/action-items?agreementId=${agreement.id}`}>{t('agreements.obligations.tracker')}</Link>
      </p>
      {agreement.abilities.manage &&
        (adding ? (
          <ObligationForm
            agreement={agreement}
            onDone={(title) => {
              setAdding(false);
              setAdded(title);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {t('agreements.obligations.add')}
          </button>
        ))}
    </>
  );
}

function ObligationForm({ agreement, onDone, onCancel }: { agreement: AgreementDetail; onDone: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const agreementId = agreement.id;
  // The obligations fall on the parties (and the keeper).
  const owners = new Map(agreement.parties.map((p) => [p.organizationId, p.organizationName ?? p.organizationId]));
  if (!owners.has(agreement.keeperOrganizationId)) owners.set(agreement.keeperOrganizationId, agreement.keeperOrganizationName ?? agreement.keeperOrganizationId);
  const form = useForm({ title: '', ownerOrganizationId: '', dueDate: '', description: '' });
  // The form replaces the button that opened it: bring focus to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const labels = {
    title: t('agreements.obligations.title'),
    ownerOrganizationId: t('agreements.obligations.owner'),
    dueDate: t('agreements.obligations.dueDate'),
    description: t('agreements.obligations.description'),
  };
  const add = useMutation({
    mutationFn: (body: { title: string }) => sendAgreement(`/${agreementId}/obligations`, body),
    onSuccess: (_result, body) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements', 'detail', agreementId] });
      void queryClient.invalidateQueries({ queryKey: ['governance', 'action-items'] });
      onDone(body.title);
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(agreementObligationBody, {
      title: v.title,
      ownerOrganizationId: v.ownerOrganizationId || undefined,
      dueDate: v.dueDate || null,
      description: v.description || null,
    });
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3" aria-labelledby="agreement-obligation-form-title">
      <h3 className="h5" id="agreement-obligation-form-title" tabIndex={-1} ref={heading}>
        {t('agreements.obligations.add')}
      </h3>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextField label={labels.title} required maxLength={500} {...form.field('title')} />
      <div className="row">
        <div className="col-12 col-md-8">
          <SelectField
            label={labels.ownerOrganizationId}
            required
            emptyLabel={t('agreements.form.choose')}
            options={[...owners].map(([value, label]) => ({ value, label }))}
            {...form.field('ownerOrganizationId')}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.dueDate} type="date" {...form.field('dueDate')} />
        </div>
      </div>
      <TextAreaField label={labels.description} rows={3} maxLength={4000} {...form.field('description')} />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {add.isPending ? t('common:actions.saving') : t('agreements.obligations.submit')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
