import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch, ConfirmDialog, ErrorState, TemporaryPassword } from '../../../../../platform/web';
import type { User } from './usersApi';

type Action = 'disable' | 'enable' | 'unlock' | 'resetPassword' | 'logoutAll';
type Outcome = { kind: 'password'; password: string } | { kind: 'message'; text: string };

/** Account administration; each button appears only if the record's abilities allow it. */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = useMutation({
    mutationFn: async (action: Action): Promise<Outcome> => {
      const base = `/api/users/${user.id}`;
      switch (action) {
        case 'disable':
        case 'enable':
          await apiFetch(base, { method: 'PATCH', body: { status: action === 'disable' ? 'disabled' : 'active' } });
          return { kind: 'message', text: t(action === 'disable' ? 'users.actions.disabledDone' : 'users.actions.enabledDone') };
        case 'unlock':
          await apiFetch(`${base}/unlock`, { method: 'POST' });
          return { kind: 'message', text: t('users.actions.unlockedDone') };
        case 'resetPassword': {
          const r = await apiFetch<{ temporaryPassword: string }>(`${base}/reset-password`, { method: 'POST' });
          return { kind: 'password', password: r.temporaryPassword };
        }
        case 'logoutAll': {
          const r = await apiFetch<{ sessionsEnded: number }>(`${base}/logout-all`, { method: 'POST' });
          return { kind: 'message', text: t('users.actions.logoutAllDone', { count: r.sessionsEnded }) };
        }
      }
    },
    onSuccess: (result) => {
      setOutcome(result);
      setConfirm(null);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });

  const start = (action: Action, needsConfirm: boolean) => {
    setOutcome(null);
    run.reset();
    if (needsConfirm) setConfirm(action);
    else run.mutate(action);
  };

  if (!user.abilities.update && !user.abilities.resetPassword) return null;

  const confirmTexts: Record<Action, { title: string; text: string; button: string; danger?: boolean }> = {
    disable: { title: t('users.actions.disable'), text: t('users.actions.disableText', { name: user.displayName }), button: t('users.actions.disable'), danger: true },
    enable: { title: t('users.actions.enable'), text: '', button: t('users.actions.enable') },
    unlock: { title: t('users.actions.unlock'), text: '', button: t('users.actions.unlock') },
    resetPassword: {
      title: t('users.actions.resetPassword'),
      text: t('users.actions.resetPasswordText', { name: user.displayName }),
      button: t('users.actions.resetPassword'),
      danger: true,
    },
    logoutAll: { title: t('users.actions.logoutAll'), text: t('users.actions.logoutAllText', { name: user.displayName }), button: t('users.actions.logoutAll') },
  };
  const dialog = confirm ? confirmTexts[confirm] : null;

  return (
    <section aria-labelledby="user-actions-title" className="mb-4">
      <h2 id="user-actions-title" className="h4">
        {t('users.actions.title')}
      </h2>
      <div className="d-flex flex-wrap gap-2">
        {user.abilities.update &&
          (user.status === 'active' ? (
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => start('disable', true)}>
              {t('users.actions.disable')}
            </button>
          ) : (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => start('enable', false)} disabled={run.isPending}>
              {t('users.actions.enable')}
            </button>
          ))}
        {user.abilities.update && user.locked && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => start('unlock', false)} disabled={run.isPending}>
            {t('users.actions.unlock')}
          </button>
        )}
        {user.abilities.resetPassword && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => start('resetPassword', true)}>
            {t('users.actions.resetPassword')}
          </button>
        )}
        {user.abilities.update && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => start('logoutAll', true)}>
            {t('users.actions.logoutAll')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="mt-3">
        {outcome?.kind === 'message' && <div className="alert alert-success">{outcome.text}</div>}
        {outcome?.kind === 'password' && <TemporaryPassword password={outcome.password} forWhom={user.displayName} />}
        {run.isError && !confirm && <ErrorState error={run.error} />}
      </div>
      {dialog && confirm && (
        <ConfirmDialog
          isOpen
          title={dialog.title}
          confirmLabel={dialog.button}
          danger={dialog.danger}
          busy={run.isPending}
          onConfirm={() => run.mutate(confirm)}
          onCancel={() => setConfirm(null)}
        >
          <p>{dialog.text}</p>
          {run.isError && <ErrorState error={run.error} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
