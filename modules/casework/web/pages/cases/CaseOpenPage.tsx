import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseCreateBody, type needAreas, type protectionLevels } from '../../../contract';
import { FormErrorSummary, PageHeader, TextAreaField, useForm } from '../../../../../platform/web';
import { send, type CaseView } from '../../api/cases';
import { CaseSubjectLine } from '../../components/cases/CaseSubjectLine';
import { NeedsCheckboxes } from '../../components/cases/NeedsCheckboxes';
import { ProtectionChoice } from '../../components/cases/ProtectionChoice';
import { MyServiceSelect } from '../../components/cases/ServiceSelects';

type Need = (typeof needAreas)[number];

/** Opens a case for a person (?personId=) or a household (?householdId=) with one of the caller's services as lead. */
export function CaseOpenPage() {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const householdId = params.get('householdId');
  const form = useForm({ leadServiceId: '', summary: '' });
  const [needs, setNeeds] = useState<Need[]>([]);
  const [protection, setProtection] = useState<(typeof protectionLevels)[number]>('ordinary');
  const labels = { leadServiceId: t('cases.fields.lead'), summary: t('cases.fields.summary'), needs: t('cases.fields.needs'), personId: t('cases.open.subject') };
  const open = useMutation({
    mutationFn: (body: unknown) => send<CaseView>('/cases', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['casework'] });
      navigate(`/casework/cases/${created.id}`, { state: { opened: true } });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(caseCreateBody, {
      personId: personId ?? undefined,
      householdId: householdId ?? undefined,
      leadServiceId: form.values.leadServiceId || undefined,
      needs,
      protection,
      summary: form.values.summary,
    });
    if (body) open.mutate(body);
  };
  const back = personId ? `/casework/persons/${personId}` : householdId ? `/casework/households/${householdId}` : '/casework';
  return (
    <>
      <PageHeader title={t('cases.open.title')} breadcrumbs={[{ label: t('home.title'), to: '/casework' }]} />
      <CaseSubjectLine personId={personId} householdId={householdId} />
      <form noValidate onSubmit={submit} className="bg-white p-4 rounded shadow-sm">
        <p className="small">{t('common:form.requiredNote')}</p>
        <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
        <div className="row">
          <div className="col-12 col-lg-8">
            <MyServiceSelect label={labels.leadServiceId} required hint={t('cases.open.leadHint')} {...form.field('leadServiceId')} />
          </div>
        </div>
        <NeedsCheckboxes value={needs} onChange={setNeeds} error={form.fieldErrors.needs} />
        <ProtectionChoice value={protection} onChange={setProtection} />
        <TextAreaField label={labels.summary} hint={t('cases.open.summaryHint')} maxLength={4000} {...form.field('summary')} />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={open.isPending || (!personId && !householdId)}>
            {open.isPending ? t('common:actions.saving') : t('cases.open.submit')}
          </button>
          <button type="button" className="btn btn-outline-primary" onClick={() => navigate(back)}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
