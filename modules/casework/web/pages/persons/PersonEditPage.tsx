import { type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormErrorSummary, LoadingState, PageHeader } from '../../../../../platform/web';
import { personUpdateBody } from '../../../contract';
import { personQuery, updatePerson, type Person, type PersonUpdateBody } from '../../api/persons';
import { PersonDetailsFields } from '../../components/persons/PersonDetailsFields';
import { PersonIdentityFields } from '../../components/persons/PersonIdentityFields';
import { usePersonForm } from '../../components/persons/usePersonForm';

function EditForm({ person }: { person: Person }) {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = usePersonForm(person);
  const { form, body } = state;
  const save = useMutation({
    mutationFn: (b: PersonUpdateBody) => updatePerson(person.id, b),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons'] });
      navigate(`/casework/persons/${person.id}`, { state: { saved: true, warnings: saved.warnings } });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The registering service does not change after registration.
    const { registeredByServiceId: _ignored, ...changes } = body;
    if (form.validate(personUpdateBody, changes)) save.mutate(changes);
  };
  return (
    <form onSubmit={submit} noValidate>
      <p className="small">{t('common:form.requiredNote')}</p>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <PersonIdentityFields state={state} />
      <PersonDetailsFields state={state} organizationId={person.registeredBy.organizationId} />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => navigate(`/casework/persons/${person.id}`)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

export function PersonEditPage() {
  const { t } = useTranslation('casework');
  const { id = '' } = useParams();
  const person = useQuery(personQuery(id));
  const crumbs = [
    { label: t('nav.title'), to: '/casework' },
    { label: t('persons.title'), to: '/casework/persons' },
    ...(person.data ? [{ label: `${person.data.givenName} ${person.data.familyName}`, to: `/casework/persons/${id}` }] : []),
  ];
  return (
    <>
      <PageHeader title={t('personEdit.title')} breadcrumbs={crumbs} />
      {person.isPending ? <LoadingState /> : person.isError ? <ErrorState error={person.error} onRetry={() => void person.refetch()} /> : <EditForm person={person.data} />}
    </>
  );
}
