import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateUserBody } from '../../../../../platform/auth/contract';
import { apiFetch, FormErrorSummary, SelectField, TextField, useForm } from '../../../../../platform/web';
import { userQuery, type User } from './usersApi';

/** Name, tax code and language of an account; status has its own buttons (with confirmation). */
export function EditUserForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm({ displayName: user.displayName, taxCode: user.taxCode ?? '', locale: user.locale });
  const labels = { displayName: t('users.fields.displayName'), taxCode: t('users.fields.taxCode'), locale: t('users.fields.locale') };
  const save = useMutation({
    mutationFn: (body: unknown) => apiFetch<User>(`/api/users/${user.id}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      setSaved(true);
      queryClient.setQueryData(userQuery(user.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const body = form.validate(updateUserBody, { ...form.values, taxCode: form.values.taxCode.trim() || null });
    if (body) save.mutate(body);
  };
  return (
    <section aria-labelledby="edit-user-title" className="mb-4">
      <h2 id="edit-user-title" className="h4">
        {t('users.editTitle')}
      </h2>
      <div role="status">{saved && <div className="alert alert-success">{t('users.saved')}</div>}</div>
      <form noValidate onSubmit={submit} style={{ maxWidth: '40rem' }}>
        <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
        <TextField label={labels.displayName} required autoComplete="off" {...form.field('displayName')} />
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
        <button type="submit" className="btn btn-outline-primary btn-sm" disabled={save.isPending}>
          {save.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
      </form>
    </section>
  );
}
