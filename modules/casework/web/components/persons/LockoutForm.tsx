import { type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, FormErrorSummary, SelectField, TextAreaField, useForm, type Page } from '../../../../../platform/web';
import { lockoutBody } from '../../../contract';
import { addLockout, districtOrganizationsQuery, organizationServicesQuery, type LockoutBody } from '../../api/consents';
import type { Person } from '../../api/persons';

type Member = { userId: string; displayName: string };

/** Locks a service, or one worker of an organisation, out of the person's cases. */
export function LockoutForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const form = useForm({ kind: 'service', organizationId: '', serviceId: '', userId: '', reason: '' });
  const v = form.values;
  const orgs = useQuery(districtOrganizationsQuery(person.districtId));
  const services = useQuery({ ...organizationServicesQuery(v.organizationId), enabled: !!v.organizationId && v.kind === 'service' });
  const members = useQuery({
    queryKey: ['organizations', 'detail', v.organizationId, 'members', 'all'],
    queryFn: ({ signal }) => apiFetch<Page<Member>>(`/api/organizations/${v.organizationId}/members`, { query: { page: 1, pageSize: 200 }, signal }),
    enabled: !!v.organizationId && v.kind === 'user',
  });
  const save = useMutation({
    mutationFn: (body: LockoutBody) => addLockout(person.id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons', 'detail', person.id, 'lockouts'] });
      onDone();
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: LockoutBody = v.kind === 'service' ? { serviceId: v.serviceId || undefined, reason: v.reason || undefined } : { userId: v.userId || undefined, reason: v.reason || undefined };
    if (form.validate(lockoutBody, body)) save.mutate(body);
  };
  return (
    <form onSubmit={submit} noValidate className="border rounded p-3 mb-4">
      <h3 className="h5">{t('lockouts.add')}</h3>
      <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} />
      <div className="row g-3">
        <div className="col-12 col-md-4">
          <SelectField label={t('lockouts.kind')} options={[{ value: 'service', label: t('lockouts.kindService') }, { value: 'user', label: t('lockouts.kindWorker') }]} {...form.field('kind')} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField label={t('lockouts.organization')} required emptyLabel={t('personForm.choose')} options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} {...form.field('organizationId')} />
        </div>
        <div className="col-12 col-md-4">
          {v.kind === 'service' ? (
            <SelectField label={t('lockouts.kindService')} required emptyLabel={t('personForm.choose')} options={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))} {...form.field('serviceId')} error={form.fieldErrors.serviceId ?? form.fieldErrors.userId} />
          ) : (
            <SelectField
              label={t('lockouts.kindWorker')}
              required
              emptyLabel={t('personForm.choose')}
              hint={members.isError ? t('lockouts.membersUnavailable') : undefined}
              options={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.displayName }))}
              {...form.field('userId')}
            />
          )}
        </div>
      </div>
      <TextAreaField label={t('lockouts.reason')} rows={2} {...form.field('reason')} />
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
