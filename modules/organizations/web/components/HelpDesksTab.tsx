import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { helpDeskBody } from '../../contract';
import { apiFetch, EmptyState, ErrorState, FormErrorSummary, LoadingState, SelectField, TextAreaField, TextField, useForm } from '../../../../platform/web';
import { helpDesksQuery, servicesQuery, type HelpDesk, type Organization } from '../api';
import { MunicipalityOptionsSelect } from './OrgSelects';

const empty = { name: '', serviceId: '', address: '', municipalityId: '', openingHours: '', phone: '', email: '' };

function AddHelpDeskForm({ org, onDone }: { org: Organization; onDone: () => void }) {
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const services = useQuery(servicesQuery(org.id));
  const form = useForm(empty);
  const labels = {
    name: t('helpDesks.name'),
    serviceId: t('helpDesks.service'),
    address: t('fields.address'),
    municipalityId: t('fields.municipality'),
    openingHours: t('helpDesks.openingHours'),
    phone: t('fields.phone'),
    email: t('fields.email'),
  };
  const add = useMutation({
    mutationFn: (body: unknown) => apiFetch<HelpDesk>(`/api/organizations/${org.id}/help-desks`, { method: 'POST', body }),
    onSuccess: () => {
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const body = form.validate(helpDeskBody, { ...v, serviceId: v.serviceId || null, municipalityId: v.municipalityId || null });
    if (body) add.mutate(body);
  };
  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 pt-4 mt-3" aria-labelledby="add-desk-title">
      <h3 id="add-desk-title" className="h5">
        {t('helpDesks.add')}
      </h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
      <TextField label={labels.name} required maxLength={300} {...form.field('name')} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField
            label={labels.serviceId}
            emptyLabel={t('form.none')}
            options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            {...form.field('serviceId')}
          />
        </div>
        <div className="col-12 col-md-6">
          <MunicipalityOptionsSelect districtId={org.districtId ?? ''} {...form.field('municipalityId')} />
        </div>
      </div>
      <TextField label={labels.address} maxLength={300} {...form.field('address')} />
      <TextAreaField label={labels.openingHours} hint={t('helpDesks.openingHoursHint')} rows={2} maxLength={1000} {...form.field('openingHours')} />
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField label={labels.phone} type="tel" {...form.field('phone')} />
        </div>
        <div className="col-12 col-md-6">
          <TextField label={labels.email} type="email" {...form.field('email')} />
        </div>
      </div>
      <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
        {add.isPending ? t('common:actions.saving') : t('helpDesks.addSubmit')}
      </button>
    </form>
  );
}

export function HelpDesksTab({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const desks = useQuery(helpDesksQuery(org.id));
  const services = useQuery(servicesQuery(org.id));
  const [added, setAdded] = useState(false);
  const canManage = org.abilities.manageServices && !org.archived;
  const serviceName = (id: string | null) => services.data?.find((s) => s.id === id)?.name;
  return (
    <div>
      <h2 className="visually-hidden">{t('tabs.helpDesks')}</h2>
      {desks.isPending && <LoadingState />}
      {desks.isError && <ErrorState error={desks.error} onRetry={() => void desks.refetch()} />}
      {desks.data && desks.data.length === 0 && <EmptyState message={t('helpDesks.empty')} />}
      {desks.data && desks.data.length > 0 && (
        <ul className="list-unstyled">
          {desks.data.map((d) => (
            <li key={d.id} className="border-bottom py-2">
              <h3 className="h6 mb-1">{d.name}</h3>
              {serviceName(d.serviceId) && <p className="mb-1 small">{t('helpDesks.forService', { name: serviceName(d.serviceId) })}</p>}
              {d.address && <p className="mb-1 small">{d.address}</p>}
              {d.openingHours && <p className="mb-1 small" style={{ whiteSpace: 'pre-line' }}>{d.openingHours}</p>}
              {(d.email || d.phone) && <p className="mb-0 small text-secondary">{[d.email, d.phone].filter(Boolean).join(' · ')}</p>}
            </li>
          ))}
        </ul>
      )}
      <div role="status">{added && <div className="alert alert-success mt-2">{t('helpDesks.added')}</div>}</div>
      {canManage && <AddHelpDeskForm org={org} onDone={() => setAdded(true)} />}
    </div>
  );
}
