import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../../../platform/auth/contract';
import { apiFetch, FormErrorSummary, TextField, useForm } from '../../../../../platform/web';
import { meQuery } from '../../session/queries';

/** Shown while the account still has a temporary password (or on request): nothing else should come first. */
export function ChangePasswordForm({ required, onChanged }: { required: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ currentPassword: '', newPassword: '', confirm: '' });
  const [done, setDone] = useState(false);
  const labels = {
    currentPassword: t('password.current'),
    newPassword: t('password.new'),
    confirm: t('password.confirm'),
  };

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => apiFetch('/api/auth/password', { method: 'POST', body }),
    onSuccess: () => {
      setDone(true);
      onChanged?.();
      form.reset({ currentPassword: '', newPassword: '', confirm: '' });
      void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
    },
    onError: form.showError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const { confirm, ...rest } = form.values;
    const body = form.validate(changePasswordBody, rest);
    if (!body) return;
    if (confirm !== rest.newPassword) {
      form.setFormError(t('common:validation.password_mismatch'));
      return;
    }
    change.mutate(body);
  };
  const mismatch = form.values.confirm !== '' && form.values.confirm !== form.values.newPassword;

  return (
    <section className={`p-4 mb-4 rounded ${required ? 'border border-warning border-3 bg-white' : 'bg-white shadow-sm'}`} aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="h4">
        {required ? t('password.mustChangeTitle') : t('password.changeTitle')}
      </h2>
      {required && <p>{t('password.mustChangeText')}</p>}
      <div role="status" aria-live="polite">
        {/* When required, the dashboard announces the change (this form then disappears). */}
        {done && !required && <div className="alert alert-success">{t('password.changed')}</div>}
      </div>
      <form noValidate onSubmit={submit} className="mt-3" style={{ maxWidth: '32rem' }}>
        <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
        <TextField label={labels.currentPassword} type="password" autoComplete="current-password" required {...form.field('currentPassword')} />
        <TextField label={labels.newPassword} type="password" autoComplete="new-password" required hint={t('setup.passwordHint')} {...form.field('newPassword')} />
        <TextField
          label={labels.confirm}
          type="password"
          autoComplete="new-password"
          required
          {...form.field('confirm')}
          error={mismatch ? t('common:validation.password_mismatch') : undefined}
        />
        <button type="submit" className="btn btn-primary" disabled={change.isPending}>
          {change.isPending ? t('common:actions.saving') : t('password.submit')}
        </button>
      </form>
    </section>
  );
}
