import { type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementRenewBody } from '../../../contract';
import { FormErrorSummary, TextField, useForm, useFormat } from '../../../../../platform/web';
import { sendAgreement, type AgreementDetail } from '../../api/agreements';

type Link_ = AgreementDetail['renewedBy'][number];

/** The day after a date, as YYYY-MM-DD (the natural start of a renewal). */
function dayAfter(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "Rinnovo": which agreement this renews, which renew it, and (managers) a renewal with new dates. */
export function AgreementRenewalTab({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const { date } = useFormat();
  const period = (l: Link_) => (l.validTo ? t('agreements.renewal.period', { from: date(l.validFrom), to: date(l.validTo) }) : t('agreements.renewal.periodOpen', { from: date(l.validFrom) }));
  return (
    <>
      <h2 className="h4">{t('agreements.renewal.heading')}</h2>
      <h3 className="h5">{t('agreements.renewal.renews')}</h3>
      {agreement.renews ? (
        <p>
          <Link to={`/governance/agreements/${agreement.renews.id}`}>{agreement.renews.title}</Link> <span className="text-secondary">({period(agreement.renews)})</span>
        </p>
      ) : (
        <p className="text-secondary">{t('agreements.renewal.renewsNone')}</p>
      )}
      <h3 className="h5">{t('agreements.renewal.renewedBy')}</h3>
      {agreement.renewedBy.length === 0 ? (
        <p className="text-secondary">{t('agreements.renewal.renewedByNone')}</p>
      ) : (
        <ul>
          {agreement.renewedBy.map((r) => (
            <li key={r.id}>
              <Link to={`/governance/agreements/${r.id}`}>{r.title}</Link> <span className="text-secondary">({period(r)})</span>
            </li>
          ))}
        </ul>
      )}
      {agreement.abilities.manage && <RenewForm agreement={agreement} />}
    </>
  );
}

function RenewForm({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('governance');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm({ validFrom: dayAfter(agreement.validTo), validTo: '', signedOn: '' });
  const labels = { validFrom: t('agreements.fields.validFrom'), validTo: t('agreements.fields.validTo'), signedOn: t('agreements.fields.signedOn') };
  const renew = useMutation({
    mutationFn: (body: unknown) => sendAgreement<AgreementDetail>(`/${agreement.id}/renew`, body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements'] });
      navigate(`/governance/agreements/${created.id}`, { state: { renewed: true } });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(agreementRenewBody, { validFrom: v.validFrom, validTo: v.validTo || null, signedOn: v.signedOn || null });
    if (body) renew.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 mt-3" aria-labelledby="agreement-renew-title">
      <h3 className="h5" id="agreement-renew-title">
        {t('agreements.renewal.formTitle')}
      </h3>
      <p className="small">{t('agreements.renewal.formHint')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField label={labels.validFrom} type="date" required {...form.field('validFrom')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.validTo} type="date" {...form.field('validTo')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={labels.signedOn} type="date" {...form.field('signedOn')} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={renew.isPending}>
        {renew.isPending ? t('common:actions.saving') : t('agreements.renewal.submit')}
      </button>
    </form>
  );
}
