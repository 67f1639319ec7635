import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { serviceBody } from '../../contract';
import { apiFetch, EmptyState, ErrorState, FormErrorSummary, LoadingState, TextAreaField, TextField, useForm } from '../../../../platform/web';
import { servicesQuery, type Organization, type Service } from '../api';

const empty = { name: '', description: '', email: '', phone: '' };

function AddServiceForm({ org, onDone }: { org: Organization; onDone: () => void }) {
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const form = useForm(empty);
  const labels = { name: t('services.name'), description: t('fields.description'), email: t('fields.email'), phone: t('fields.phone') };
  const add = useMutation({
    mutationFn: (body: unknown) => apiFetch<Service>(`/api/organizations/${org.id}/services`, { method: 'POST', body }),
    onSuccess: () => {
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(serviceBody, form.values);
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 pt-4 mt-3" aria-labelledby="add-service-title">
      <h3 id="add-service-title" className="h5">
        {t('services.add')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextField label={labels.name} required maxLength={300} {...form.field('name')} />
      <TextAreaField label={labels.description} rows={3} maxLength={4000} {...form.field('description')} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField label={labels.email} type="email" {...form.field('email')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={labels.phone} type="tel" {...form.field('phone')} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
        {add.isPending ? t('common:actions.saving') : t('services.addSubmit')}
      </button>
    </form>
  );
}

export function ServicesTab({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const services = useQuery(servicesQuery(org.id));
  const [added, setAdded] = useState(false);
  const canManage = org.abilities.manageServices && !org.archived;
  return (
    <div>
      <h2 className="visually-hidden">{t('tabs.services')}</h2>
      {services.isPending && <LoadingState />}
      {services.isError && <ErrorState error={services.error} onRetry={() => void services.refetch()} />}
      {services.data && services.data.length === 0 && <EmptyState message={t('services.empty')} />}
      {services.data && services.data.length > 0 && (
        <ul className="list-unstyled">
          {services.data.map((s) => (
            <li key={s.id} className="border-bottom py-2">
              <h3 className="h6 mb-1">{s.name}</h3>
              {s.description && <p className="mb-1 small">{s.description}</p>}
              {(s.email || s.phone) && <p className="mb-0 small text-secondary">{[s.email, s.phone].filter(Boolean).join(' · ')}</p>}
            </li>
          ))}
        </ul>
      )}
      <div role="status">{added && <div className="alert alert-success mt-2">{t('services.added')}</div>}</div>
      {canManage && <AddServiceForm org={org} onDone={() => setAdded(true)} />}
    </div>
  );
}
