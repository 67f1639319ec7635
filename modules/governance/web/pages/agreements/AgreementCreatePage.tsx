import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { agreementBody } from '../../../contract';
import { FormErrorSummary, PageHeader, useForm } from '../../../../../platform/web';
import { sendAgreement, type AgreementDetail } from '../../api/agreements';
import { AgreementFields, agreementBodyOf, emptyAgreementValues, useAgreementLabels } from '../../components/agreements/AgreementFields';
import { PartiesEditor, newPartyRow, partiesBodyOf, withPartiesMessage, type PartyRow } from '../../components/agreements/PartiesEditor';

/** "Nuovo accordo": the agreement's data and its parties (at least two). */
export function AgreementCreatePage() {
  const { t } = useTranslation('governance');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm(emptyAgreementValues);
  const [parties, setParties] = useState<PartyRow[]>(() => [newPartyRow(), newPartyRow()]);
  const labels = useAgreementLabels();
  const create = useMutation({
    mutationFn: (body: unknown) => sendAgreement<AgreementDetail>('', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['governance', 'agreements'] });
      navigate(`/governance/agreements/${created.id}`, { state: { created: true } });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(agreementBody, { ...agreementBodyOf(form.values), parties: partiesBodyOf(parties) });
    if (body) create.mutate(body);
  };
  const errors = withPartiesMessage(form.fieldErrors, parties, t('agreements.parties.min'));
  return (
    <>
      <PageHeader title={t('agreements.new.title')} breadcrumbs={[{ label: t('agreements.title'), to: '/governance/agreements' }]} />
      <form noValidate onSubmit={submit} className="bg-white p-4 rounded shadow-sm">
        <p className="small">{t('common:form.requiredNote')}</p>
        <FormErrorSummary message={form.formError} fieldErrors={errors} labels={labels} />
        <h2 className="h4">{t('agreements.new.dataHeading')}</h2>
        <AgreementFields field={form.field} />
        <h2 className="h4">{t('agreements.new.partiesHeading')}</h2>
        <PartiesEditor rows={parties} onChange={setParties} errors={errors} />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common:actions.saving') : t('agreements.new.submit')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={() => navigate('/governance/agreements')}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
