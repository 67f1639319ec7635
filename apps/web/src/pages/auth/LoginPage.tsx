import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { loginBody } from '../../../../../platform/auth/contract';
import { apiFetch, ErrorState, FormErrorSummary, Icon, LoadingState, PageHeader, TextField, useForm, type Me } from '../../../../../platform/web';
import { authInfoQuery, meQuery } from '../../session/queries';
import { DemoLogins } from './DemoLogins';
import { safeNext } from './safeNext';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const info = useQuery(authInfoQuery);
  const form = useForm({ email: '', password: '' });
  const [signedOut] = useState(() => (location.state as { signedOut?: boolean } | null)?.signedOut === true);
  // The OpenID Connect callback comes back here with ?error=<code> when sign-in is refused.
  const oidcError = params.get('error');
  const next = safeNext(params.get('next'));

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => apiFetch<Me>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      // Another person may have used this browser: nothing of theirs may stay in the cache.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      // A temporary password is changed first: the dashboard opens with the form.
      navigate(me.user.mustChangePassword ? '/' : next, { replace: true });
    },
    onError: form.showError,
  });

  if (info.isPending) return <LoadingState />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  if (info.data.needsSetup) return <Navigate to="/setup" replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(loginBody, form.values);
    if (body) login.mutate(body);
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeader title={t('login.title')} lead={t('login.lead')} />
        {signedOut && (
          <div className="alert alert-success" role="status">
            {t('login.signedOut')}
          </div>
        )}
        {oidcError && (
          <div className="alert alert-danger" role="alert">
            {t(`login.errors.${oidcError}`, { defaultValue: t('login.errors.unknown') })}
          </div>
        )}
        {info.data.oidc.enabled && (
          <div className="mb-4">
            <a
              className="btn btn-primary btn-lg d-inline-flex align-items-center gap-2"
              href={`/api/auth/oidc/login${next === '/' ? '' : `?returnTo=${encodeURIComponent(next)}`}`}
            >
              <Icon name="it-user" color="white" />
              {t('login.oidc', { label: info.data.oidc.label || 'SPID / CIE' })}
            </a>
            <p className="mt-3 mb-0 small">{t('login.orPassword')}</p>
          </div>
        )}
        <form noValidate onSubmit={submit} className="bg-white p-4 shadow-sm rounded">
          <h2 id="login-form-title" className="h4 mb-4">
            {t('login.formTitle')}
          </h2>
          <FormErrorSummary message={form.formError} fieldErrors={{}} />
          <TextField label={t('login.email')} type="email" autoComplete="username" required {...form.field('email')} />
          <TextField label={t('login.password')} type="password" autoComplete="current-password" required {...form.field('password')} />
          <button type="submit" className="btn btn-primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
          <p className="small mt-3 mb-0">{t('login.forgot')}</p>
        </form>
        {info.data.demo && (
          <DemoLogins
            onPick={(email, password) => {
              form.set('email', email);
              form.set('password', password);
            }}
          />
        )}
      </div>
    </div>
  );
}
