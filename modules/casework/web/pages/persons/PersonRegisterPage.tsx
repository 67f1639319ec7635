import { useEffect, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, LoadingState, PageHeader, SelectField } from '../../../../../platform/web';
import { personBody } from '../../../contract';
import { createPerson } from '../../api/persons';
import { useMyServices } from '../../api/services';
import { DuplicatePanel } from '../../components/persons/DuplicatePanel';
import { PersonDetailsFields } from '../../components/persons/PersonDetailsFields';
import { PersonIdentityFields } from '../../components/persons/PersonIdentityFields';
import { useDuplicateCheck } from '../../components/persons/useDuplicateCheck';
import { usePersonForm } from '../../components/persons/usePersonForm';

export function PersonRegisterPage() {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = usePersonForm();
  const { form, body } = state;
  const { services, isPending } = useMyServices();
  const check = useDuplicateCheck(body);
  const hasMatches = check.enabled && (check.query.data?.matches.length ?? 0) > 0;

  // The first of the user's services is preselected: most operators work in one.
  const firstService = services[0]?.id ?? '';
  useEffect(() => {
    if (firstService && !form.values.registeredByServiceId) form.set('registeredByServiceId', firstService);
  }, [firstService, form]);
  const organizationId = services.find((s) => s.id === form.values.registeredByServiceId)?.organizationId ?? null;

  const save = useMutation({
    mutationFn: createPerson,
    onSuccess: (person) => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons'] });
      navigate(`/casework/persons/${person.id}`, { state: { created: true, warnings: person.warnings } });
    },
    onError: form.showError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const valid = form.validate(personBody, body);
    if (!valid) return;
    save.mutate(body);
  };

  const labels: Record<string, string> = {
    registeredByServiceId: t('person.registeredBy'),
    givenName: t('person.givenName'),
    familyName: t('person.familyName'),
    birthDate: t('person.birthDate'),
    birthCountry: t('person.birthCountry'),
    taxCode: t('person.taxCode'),
    phone: t('person.phone'),
    email: t('person.email'),
    'permit.expiresOn': t('person.permitExpiresOn'),
  };
  const crumbs = [
    { label: t('nav.title'), to: '/casework' },
    { label: t('persons.title'), to: '/casework/persons' },
  ];
  return (
    <>
      <PageHeader title={t('register.title')} lead={t('register.lead')} breadcrumbs={crumbs} />
      {isPending ? (
        <LoadingState />
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="small">{t('common:form.requiredNote')}</p>
          <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
          <div className="row g-4">
            <div className="col-12 col-lg-8 order-2 order-lg-1">
              <SelectField
                label={t('person.registeredBy')}
                required
                emptyLabel={t('personForm.choose')}
                options={services.map((s) => ({ value: s.id, label: s.organizationName ? `${s.name} — ${s.organizationName}` : s.name }))}
                className="col-12 col-md-8"
                {...form.field('registeredByServiceId')}
              />
              <PersonIdentityFields state={state} />
              <PersonDetailsFields state={state} organizationId={organizationId} />
            </div>
            <div className="col-12 col-lg-4 order-1 order-lg-2">
              <div className="sticky-lg-top" style={{ top: '1rem' }}>
                <DuplicatePanel check={check} />
              </div>
            </div>
          </div>
          <div className="d-flex flex-wrap gap-2">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending ? t('common:actions.saving') : hasMatches ? t('register.saveAnyway') : t('register.save')}
            </button>
            <button type="button" className="btn btn-outline-primary" onClick={() => navigate('/casework/persons')}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
