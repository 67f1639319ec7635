import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { memberBody } from '../../contract';
import { apiFetch, FormErrorSummary, SelectField, TemporaryPassword, TextField, useForm } from '../../../../platform/web';
import type { AddedMember, Organization } from '../api';
import { memberRoles } from '../kinds';

const empty = { email: '', displayName: '', role: '', jobTitle: '' };

/** Adds a person by email; a new email gets an account, whose temporary password is shown here once. */
export function AddMemberForm({ org }: { org: Organization }) {
  const { t } = useTranslation('organizations');
  const queryClient = useQueryClient();
  const form = useForm(empty);
  const [added, setAdded] = useState<AddedMember | null>(null);
  const labels = { email: t('fields.email'), displayName: t('members.displayName'), role: t('members.role'), jobTitle: t('members.jobTitle') };
  const add = useMutation({
    mutationFn: (body: unknown) => apiFetch<AddedMember>(`/api/organizations/${org.id}/members`, { method: 'POST', body }),
    onSuccess: (member) => {
      setAdded(member);
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: ['organizations', 'detail', org.id] });
    },
    onError: form.showError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    const body = form.validate(memberBody, { ...form.values, role: form.values.role || undefined });
    if (body) add.mutate(body);
  };
  return (
    <div className="border rounded p-3 pt-4 mt-3">
      <h3 id="add-member-title" className="h5">
        {t('members.add')}
      </h3>
      <div aria-live="polite">
        {added && (
          <div className="mb-3">
            <div className="alert alert-success">
              {added.temporaryPassword ? t('members.addedNew', { name: added.displayName }) : t('members.addedExisting', { name: added.displayName })}
            </div>
            {added.temporaryPassword && <TemporaryPassword password={added.temporaryPassword} forWhom={added.displayName} />}
          </div>
        )}
      </div>
      <form noValidate onSubmit={submit} aria-labelledby="add-member-title">
        <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField label={labels.email} type="email" required autoComplete="off" {...form.field('email')} />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.displayName} required autoComplete="off" hint={t('members.displayNameHint')} {...form.field('displayName')} />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={labels.role}
              required
              emptyLabel={t('form.choose')}
              options={memberRoles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
              {...form.field('role')}
            />
          </div>
          <div className="col-12 col-md-6">
            <TextField label={labels.jobTitle} maxLength={200} hint={t('members.jobTitleHint')} {...form.field('jobTitle')} />
          </div>
        </div>
        <button type="submit" className="btn btn-primary btn-sm" disabled={add.isPending}>
          {add.isPending ? t('common:actions.saving') : t('members.addSubmit')}
        </button>
      </form>
    </div>
  );
}
