import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FormErrorSummary, SelectField, TextField, useForm } from '../../../../../platform/web';
import { householdBody, relationships } from '../../../contract';
import { createHousehold, personsQuery, type HouseholdBody, type Person, type Relationship } from '../../api/persons';
import { useMyServices } from '../../api/services';

type Member = { personId: string; name: string; relationship: Relationship };

/** A household around a person, with members picked among the persons the caller may see. */
export function HouseholdCreateForm({ person, onCancel }: { person: Person; onCancel: () => void }) {
  const { t } = useTranslation('casework');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { services } = useMyServices();
  const form = useForm({ name: t('household.defaultName', { name: person.familyName }), search: '', registeredByServiceId: person.registeredBy.serviceId ?? '' });
  const [singleParent, setSingleParent] = useState(false);
  const [members, setMembers] = useState<Member[]>([{ personId: person.id, name: `${person.givenName} ${person.familyName}`, relationship: 'head' }]);
  const found = useQuery({ ...personsQuery(form.values.search.trim(), 1), enabled: form.values.search.trim().length >= 2 });
  const serviceId = services.some((s) => s.id === form.values.registeredByServiceId) ? form.values.registeredByServiceId : (services[0]?.id ?? '');
  const rels = relationships.map((r) => ({ value: r, label: t(`relationships.${r}`) }));

  const save = useMutation({
    mutationFn: createHousehold,
    onSuccess: (h) => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons'] });
      navigate(`/casework/households/${h.id}`);
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: HouseholdBody = { name: form.values.name, singleParent, registeredByServiceId: serviceId, members: members.map(({ personId, relationship }) => ({ personId, relationship })) };
    if (form.validate(householdBody, body)) save.mutate(body);
  };

  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4">
      <h3 className="h5">{t('household.create')}</h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <TextField label={t('household.name')} required {...form.field('name')} />
      <CheckboxField label={t('household.singleParent')} checked={singleParent} onChange={setSingleParent} className="mb-3" />
      {services.length > 1 && (
        <SelectField label={t('person.registeredBy')} options={services.map((s) => ({ value: s.id, label: s.name }))} value={serviceId} onChange={(v) => form.set('registeredByServiceId', v)} />
      )}
      <fieldset className="mb-3">
        <legend className="fs-6 fw-semibold mb-2">{t('household.members')}</legend>
        <ul className="list-unstyled">
          {members.map((m, i) => (
            <li key={m.personId} className="d-flex flex-wrap gap-2 align-items-end">
              <span className="mb-4 flex-grow-1">{m.name}</span>
              <SelectField label={t('household.relationshipOf', { name: m.name })} options={rels} value={m.relationship} onChange={(r) => setMembers((ms) => ms.map((x, j) => (j === i ? { ...x, relationship: r as Relationship } : x)))} />
              {m.personId !== person.id && (
                <button type="button" className="btn btn-outline-danger btn-sm mb-4" onClick={() => setMembers((ms) => ms.filter((x) => x.personId !== m.personId))}>
                  {t('personForm.removeItem', { name: m.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
        <TextField label={t('household.searchMember')} type="search" dir="auto" hint={t('household.searchMemberHint')} {...form.field('search')} />
        {found.data && (
          <ul className="list-unstyled" aria-label={t('household.searchResults')}>
            {found.data.items
              .filter((p) => !members.some((m) => m.personId === p.id))
              .map((p) => (
                <li key={p.id} className="mb-1">
                  <button
                    type="button"
                    className="btn btn-link p-0"
                    onClick={() => setMembers((ms) => [...ms, { personId: p.id, name: `${p.givenName} ${p.familyName}`, relationship: 'child' }])}
                  >
                    {t('household.addMember', { name: `${p.givenName} ${p.familyName}` })}
                  </button>
                </li>
              ))}
          </ul>
        )}
      </fieldset>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {t('household.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
