import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FormErrorSummary, SelectField, TextField, useForm } from '../../../../../platform/web';
import { mediatorBody, mediatorUpdateBody } from '../../../contract';
import { createMediator, updateMediator, type Mediator } from '../../api/resources';
import { organizationQuery, useMyOrganizations } from '../../api/services';
import { CodeListPicker } from '../persons/CodeListPicker';
import { useIsoNames } from '../persons/isoNames';

/** Adds a mediator to the pool of one of the user's organisations, or edits one. */
export function MediatorForm({ mediator, onDone }: { mediator: Mediator | null; onDone: () => void }) {
  const { t } = useTranslation('casework');
  const iso = useIsoNames();
  const queryClient = useQueryClient();
  const orgs = useMyOrganizations();
  const form = useForm({ displayName: mediator?.displayName ?? '', email: mediator?.email ?? '', phone: mediator?.phone ?? '', organizationId: mediator?.organizationId ?? orgs[0]?.id ?? '' });
  const [languages, setLanguages] = useState<string[]>(mediator?.languages ?? []);
  const [active, setActive] = useState(mediator?.active ?? true);
  const org = useQuery({ ...organizationQuery(form.values.organizationId), enabled: !mediator && !!form.values.organizationId });
  const v = form.values;
  const save = useMutation({
    mutationFn: () =>
      mediator
        ? updateMediator(mediator.id, { displayName: v.displayName, email: v.email || null, phone: v.phone || null, languages, active })
        : createMediator({ districtId: org.data?.districtId ?? '', organizationId: v.organizationId, displayName: v.displayName, email: v.email || null, phone: v.phone || null, languages }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'mediators'] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ok = mediator
      ? form.validate(mediatorUpdateBody, { displayName: v.displayName, email: v.email || null, phone: v.phone || null, languages, active })
      : form.validate(mediatorBody, { districtId: org.data?.districtId ?? '', organizationId: v.organizationId, displayName: v.displayName, email: v.email || null, phone: v.phone || null, languages });
    if (ok) save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4">
      <h2 className="h5">{mediator ? t('resources.editMediator', { name: mediator.displayName }) : t('resources.addMediator')}</h2>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <TextField label={t('resources.mediatorName')} required {...form.field('displayName')} />
        </div>
        {!mediator && (
          <div className="col-12 col-md-6">
            <SelectField label={t('resources.organization')} required options={orgs.map((o) => ({ value: o.id, label: o.name ?? o.id }))} {...form.field('organizationId')} />
          </div>
        )}
        <div className="col-12 col-md-6">
          <TextField label={t('person.phone')} type="tel" {...form.field('phone')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={t('person.email')} type="email" {...form.field('email')} />
        </div>
      </div>
      <CodeListPicker legend={t('person.languages')} addLabel={t('personForm.addLanguage')} value={languages} onChange={setLanguages} options={iso.languageOptions} nameOf={iso.languageName} />
      {form.fieldErrors.languages && <div className="invalid-feedback d-block mb-3">{form.fieldErrors.languages}</div>}
      {mediator && <CheckboxField label={t('resources.active')} checked={active} onChange={setActive} className="mb-3" />}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={save.isPending}>
          {t('common:actions.save')}
        </button>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
