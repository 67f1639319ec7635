import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ConfirmDialog, ErrorState, FormErrorSummary, LoadingState, SelectField, TextField, useErrorMessage, usePermission } from '../../../../platform/web';
import { coordinatorBody } from '../../contract';
import { districtRoles, districtRolesQuery, userQuery, userSearchQuery, type DistrictRoleGrant } from '../api';

/** The user's name when the caller may read accounts; otherwise (or while loading) the id. */
function UserName({ userId }: { userId: string }) {
  const canRead = usePermission('users.read');
  const user = useQuery({ ...userQuery(userId), enabled: canRead });
  return <>{user.data?.displayName ?? userId}</>;
}

function AddRoleForm({ districtId }: { districtId: string }) {
  const { t } = useTranslation('territory');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const canSearch = usePermission('users.read');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const results = useQuery({ ...userSearchQuery(search), enabled: canSearch && search.length > 0 });

  const add = useMutation({
    mutationFn: (body: { userId: string; role: string }) => apiFetch<DistrictRoleGrant>(`/api/territory/districts/${districtId}/roles`, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: districtRolesQuery(districtId).queryKey });
      setUserId('');
      setRole('');
      setFormError(null);
      setDone(true);
    },
    onError: (error) => setFormError(errorMessage(error)),
  });

  const labels = { userId: t('roles.user'), role: t('roles.role') };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const errors: Record<string, string> = {};
    if (!userId) errors.userId = t('common:validation.choose');
    if (!role) errors.role = t('common:validation.choose');
    const parsed = coordinatorBody.safeParse({ userId, role });
    if (Object.keys(errors).length || !parsed.success) {
      setFieldErrors(errors);
      setFormError(t('common:form.fixErrors'));
      return;
    }
    setFieldErrors({});
    setFormError(null);
    add.mutate(parsed.data);
  };

  if (!canSearch) return null;
  return (
    <div className="bg-white p-4 rounded shadow-sm mb-4">
      <h3 className="h5">{t('roles.addTitle')}</h3>
      <form
        role="search"
        aria-label={t('roles.searchLabel')}
        className="row g-3 align-items-end"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(q.trim());
          setUserId('');
        }}
      >
        <div className="col-12 col-md-8">
          <TextField label={t('roles.searchUser')} type="search" value={q} onChange={setQ} />
        </div>
        <div className="col-12 col-md-4 mb-4">
          <button type="submit" className="btn btn-outline-primary w-100">
            {t('common:actions.search')}
          </button>
        </div>
      </form>
      <form noValidate onSubmit={submit}>
        <FormErrorSummary message={formError} fieldErrors={fieldErrors} labels={labels} />
        {done && (
          <div className="alert alert-success" role="status">
            {t('roles.added')}
          </div>
        )}
        {results.isFetching && <LoadingState />}
        <div className="row">
          <div className="col-12 col-md-6">
            <SelectField
              label={labels.userId}
              required
              hint={search && results.data?.items.length === 0 ? t('roles.noUsers') : t('roles.userHint')}
              emptyLabel={t('districtForm.choose')}
              options={(results.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }))}
              value={userId}
              onChange={(v) => {
                setUserId(v);
                setFieldErrors((p) => ({ ...p, userId: '' }));
              }}
              error={fieldErrors.userId || undefined}
            />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={labels.role}
              required
              emptyLabel={t('districtForm.choose')}
              options={districtRoles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
              value={role}
              onChange={(v) => {
                setRole(v);
                setFieldErrors((p) => ({ ...p, role: '' }));
              }}
              error={fieldErrors.role || undefined}
            />
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {add.isPending ? t('common:actions.saving') : t('roles.add')}
        </button>
      </form>
    </div>
  );
}

/** Who holds a role over the district; add and revoke for those who may manage them. */
export function DistrictRolesSection({ districtId, districtName }: { districtId: string; districtName: string }) {
  const { t } = useTranslation('territory');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const grants = useQuery(districtRolesQuery(districtId));
  const [revoking, setRevoking] = useState<DistrictRoleGrant | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (grantId: string) => apiFetch<void>(`/api/territory/districts/${districtId}/roles/${grantId}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      setRevokeError(null);
      void queryClient.invalidateQueries({ queryKey: districtRolesQuery(districtId).queryKey });
    },
    onError: (error) => {
      setRevoking(null);
      setRevokeError(errorMessage(error));
    },
  });

  return (
    <section aria-labelledby="roles-title" className="mb-4">
      <h2 id="roles-title" className="h4">
        {t('roles.title')}
      </h2>
      {revokeError && (
        <div className="alert alert-danger" role="alert">
          {revokeError}
        </div>
      )}
      {grants.isPending ? (
        <LoadingState />
      ) : grants.isError ? (
        <ErrorState error={grants.error} onRetry={() => void grants.refetch()} />
      ) : grants.data.length === 0 ? (
        <p>{t('roles.empty')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm">
            <caption className="visually-hidden">{t('roles.caption', { name: districtName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.user')}</th>
                <th scope="col">{t('roles.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {grants.data.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <UserName userId={g.userId} />
                  </th>
                  <td>{t(`common:roles.${g.role}`, { defaultValue: g.role })}</td>
                  <td className="text-end">
                    <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRevoking(g)}>
                      {t('roles.revoke')}
                      <span className="visually-hidden">
                        {' '}
                        <UserName userId={g.userId} />
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddRoleForm districtId={districtId} />
      <ConfirmDialog
        isOpen={!!revoking}
        title={t('roles.revokeTitle')}
        confirmLabel={t('roles.revoke')}
        danger
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      >
        {revoking && (
          <p className="mb-0">
            {t('roles.revokeText', { role: t(`common:roles.${revoking.role}`, { defaultValue: revoking.role }) })} <UserName userId={revoking.userId} />
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
