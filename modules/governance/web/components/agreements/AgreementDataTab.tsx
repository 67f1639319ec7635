import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementUpdateBody } from '../../../contract';
import { FormErrorSummary, useForm, useFormat } from '../../../../../platform/web';
import { sendAgreement, type AgreementDetail } from '../../api/agreements';
import { AgreementStatusBadge, DaysToExpiry } from './AgreementBadges';
import { AgreementFields, agreementBodyOf, agreementValuesOf, useAgreementLabels } from './AgreementFields';

/** "Dati": what the agreement is; managers edit it in place. */
export function AgreementDataTab({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing)
    return (
      <AgreementDataForm
        agreement={agreement}
        onDone={() => {
          setEditing(false);
          setSaved(true);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <>
      <h2 className="h4">{t('agreements.data.heading')}</h2>
      <div aria-live="polite">{saved && <div className="alert alert-success">{t('agreements.data.saved')}</div>}</div>
      <AgreementSummary agreement={agreement} />
      {agreement.abilities.manage && (
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {t('agreements.data.edit')}
        </button>
      )}
    </>
  );
}

function AgreementSummary({ agreement: a }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const labels = useAgreementLabels();
  const none = <span className="text-secondary">—</span>;
  const rows: [string, ReactNode][] = [
    [labels.kind, t(`agreements.kind.${a.kind}`)],
    [t('agreements.fields.status'), <AgreementStatusBadge key="s" status={a.status} />],
    [labels.subject, a.subject ? <span className="text-break" style={{ whiteSpace: 'pre-line' }}>{a.subject}</span> : none],
    [labels.keeperOrganizationId, a.keeperOrganizationName ?? none],
    [labels.districtId, a.districtName ?? none],
    [labels.roundtableId, a.roundtableId ? <Link to={`/governance/tables/${a.roundtableId}`}>{a.roundtableName ?? a.roundtableId}</Link> : none],
    [labels.signedOn, a.signedOn ? date(a.signedOn) : none],
    [labels.validFrom, date(a.validFrom)],
    [labels.validTo, a.validTo ? date(a.validTo) : none],
    [t('agreements.fields.daysToExpiry'), <DaysToExpiry key="d" agreement={a} />],
    [labels.renewalNoticeDays, t('agreements.data.noticeDays', { count: a.renewalNoticeDays })],
  ];
  return (
    <dl className="row">
      {rows.map(([label, value]) => (
        <div key={label} className="col-12 col-md-6 mb-3">
          <dt className="small text-secondary">{label}</dt>
          <dd className="mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function AgreementDataForm({ agreement, onDone, onCancel }: { agreement: AgreementDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const form = useForm(agreementValuesOf(agreement));
  // The form replaces the button that opened it: bring focus to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const labels = useAgreementLabels();
  const save = useMutation({
    mutationFn: (body: unknown) => sendAgreement<AgreementDetail>(`/${agreement.id}`, body, 'PATCH'),
    onSuccess: (updated) => {
      queryClient.setQueryData(['governance', 'agreements', 'detail', agreement.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements'] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(agreementUpdateBody, agreementBodyOf(form.values));
    if (body) save.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} aria-label={t('agreements.data.formLabel')}>
      <h2 className="h4" tabIndex={-1} ref={heading}>
        {t('agreements.data.formLabel')}
      </h2>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <AgreementFields field={form.field} />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
