import { type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setupBody } from '../../../../../platform/auth/contract';
import { apiFetch, ErrorState, FormErrorSummary, LoadingState, PageHeader, TextField, useForm, type Me } from '../../../../../platform/web';
import { authInfoQuery, meQuery } from '../../session/queries';

/** First run: the platform has no administrator yet; whoever installs it creates the first one. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const info = useQuery(authInfoQuery);
  const form = useForm({ email: '', displayName: '', password: '', confirm: '' });

  const setup = useMutation({
    mutationFn: (body: { email: string; displayName: string; password: string }) => apiFetch<Me>('/api/auth/setup', { method: 'POST', body }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      navigate('/', { replace: true });
    },
    onError: form.showError,
  });

  if (info.isPending) return <LoadingState />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  if (!info.data.needsSetup) return <Navigate to="/login" replace />;

  const labels = { email: t('setup.email'), displayName: t('setup.displayName'), password: t('setup.password'), confirm: t('setup.confirm') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { confirm, ...rest } = form.values;
    const body = form.validate(setupBody, rest);
    if (!body) return;
    if (confirm !== rest.password) {
      form.setFormError(t('common:validation.password_mismatch'));
      return;
    }
    setup.mutate(body);
  };
  const mismatch = form.values.confirm !== '' && form.values.confirm !== form.values.password;

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('setup.title')} lead={t('setup.lead')} />
        <form noValidate onSubmit={submit} className="bg-white p-4 shadow-sm rounded">
          <p className="small">{t('common:form.requiredNote')}</p>
          <FormErrorSummary message={form.formError} fieldErrors={form.fieldErrors} labels={labels} />
          <TextField label={labels.email} type="email" autoComplete="email" required {...form.field('email')} />
          <TextField label={labels.displayName} autoComplete="name" required {...form.field('displayName')} />
          <TextField label={labels.password} type="password" autoComplete="new-password" required hint={t('setup.passwordHint')} {...form.field('password')} />
          <TextField
            label={labels.confirm}
            type="password"
            autoComplete="new-password"
            required
            {...form.field('confirm')}
            error={mismatch ? t('common:validation.password_mismatch') : form.fieldErrors.confirm}
          />
          <button type="submit" className="btn btn-primary" disabled={setup.isPending}>
            {setup.isPending ? t('common:actions.saving') : t('setup.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
