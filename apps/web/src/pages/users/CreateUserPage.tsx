import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createUserBody } from '../../../../../platform/auth/contract';
import { apiFetch, FormErrorSummary, PageHeader, SelectField, TemporaryPassword, TextField, useForm } from '../../../../../platform/web';
import type { User } from './usersApi';

type Created = User & { temporaryPassword: string };

export function CreateUserPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { email: '', displayName: '', taxCode: '', locale: 'it' };
  const form = useForm(empty);
  const [created, setCreated] = useState<Created | null>(null);
  const labels = { email: t('users.fields.email'), displayName: t('users.fields.displayName'), taxCode: t('users.fields.taxCode'), locale: t('users.fields.locale') };

  const create = useMutation({
    mutationFn: (body: unknown) => apiFetch<Created>('/api/users', { method: 'POST', body }),
    onSuccess: (user) => {
      setCreated(user);
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    onError: form.showError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(createUserBody, { ...form.values, taxCode: form.values.taxCode.trim() || undefined });
    if (body) create.mutate(body);
  };

  return (
    <>
      <PageHeader title={t('users.createTitle')} breadcrumbs={[{ label: t('users.title'), to: '/users' }]} />
      {created && (
        <div role="status" className="mb-4">
          <div className="alert alert-success">{t('users.created', { name: created.displayName })}</div>
          <TemporaryPassword password={created.temporaryPassword} forWhom={created.displayName} />
          <Link to={`/users/${created.id}`}>{t('users.openCreated')}</Link>
        </div>
      )}
      <form noValidate onSubmit={submit} className="bg-white p-4 shadow-sm rounded" style={{ maxWidth: '40rem' }}>
        <p className="small">{t('common:form.requiredNote')}</p>
        <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
        <TextField label={labels.email} type="email" autoComplete="off" required {...form.field('email')} />
        <TextField label={labels.displayName} autoComplete="off" required {...form.field('displayName')} />
        <TextField label={labels.taxCode} hint={t('users.taxCodeHint')} autoComplete="off" {...form.field('taxCode')} />
        <SelectField
          label={labels.locale}
          required
          options={[
            { value: 'it', label: t('languages.it') },
            { value: 'en', label: t('languages.en') },
          ]}
          {...form.field('locale')}
        />
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t('common:actions.saving') : t('users.createSubmit')}
          </button>
          <Link to="/users" className="btn btn-outline-primary">
            {t('common:actions.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
