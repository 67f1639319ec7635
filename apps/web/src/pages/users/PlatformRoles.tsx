import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../../../platform/access/roles';
import { apiFetch, ConfirmDialog, ErrorState, SelectField } from '../../../../../platform/web';
import type { Grant, User } from './usersApi';

/** The user's roles everywhere; platform-wide ones can be granted and revoked here. */
export function PlatformRoles({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [role, setRole] = useState('');
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const canManage = user.abilities.update;
  const held = new Set(user.grants.filter((g) => g.scopeKind === 'platform').map((g) => g.role));

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const grant = useMutation({
    mutationFn: (r: string) => apiFetch<User>(`/api/users/${user.id}/platform-roles`, { method: 'POST', body: { role: r } }),
    onSuccess: () => {
      setRole('');
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (g: Grant) => apiFetch(`/api/platform-roles/${g.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      setRevoking(null);
      void refresh();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (role) grant.mutate(role);
  };

  return (
    <section aria-labelledby="roles-title" className="mb-4">
      <h2 id="roles-title" className="h4">
        {t('users.rolesTitle')}
      </h2>
      {user.grants.length === 0 ? (
        <p>{t('users.noRoles')}</p>
      ) : (
        <div className="table-responsive">
          <table className="table">
            <caption className="visually-hidden">{t('users.rolesCaption', { name: user.displayName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.fields.role')}</th>
                <th scope="col">{t('users.fields.scope')}</th>
                {canManage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('users.fields.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {user.grants.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{t(`common:roles.${g.role}`)}</th>
                  <td>{g.scopeKind === 'platform' ? t('common:scopeKinds.platform') : `${t(`common:scopeKinds.${g.scopeKind}`)}: ${g.scopeName ?? '—'}`}</td>
                  {canManage && (
                    <td className="text-end">
                      {g.scopeKind === 'platform' && (
                        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setRevoking(g)}>
                          {t('users.revoke')}
                          <span className="visually-hidden"> {t(`common:roles.${g.role}`)}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <form onSubmit={submit} className="row g-3 align-items-end" aria-label={t('users.grantForm')}>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('users.grantRole')}
              value={role}
              onChange={setRole}
              emptyLabel={t('users.chooseRole')}
              options={roles.filter((r) => !held.has(r)).map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            />
          </div>
          <div className="col-12 col-md-3 mb-4">
            <button type="submit" className="btn btn-outline-primary w-100" disabled={!role || grant.isPending}>
              {t('users.grant')}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">{grant.isError && <ErrorState error={grant.error} />}</div>
      {revoking && (
        <ConfirmDialog
          isOpen
          danger
          title={t('users.revokeTitle')}
          confirmLabel={t('users.revoke')}
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate(revoking)}
          onCancel={() => {
            setRevoking(null);
            revoke.reset();
          }}
        >
          <p>{t('users.revokeText', { role: t(`common:roles.${revoking.role}`), name: user.displayName })}</p>
          {revoke.isError && <ErrorState error={revoke.error} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
