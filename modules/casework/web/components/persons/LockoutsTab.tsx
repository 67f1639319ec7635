import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, EmptyState, ErrorState, LoadingState, useFormat } from '../../../../../platform/web';
import { liftLockout, lockoutsQuery, type Lockout } from '../../api/consents';
import type { Person } from '../../api/persons';
import { LockoutForm } from './LockoutForm';

/** Workers or services the person asked never to see their case. */
export function LockoutsTab({ person, canManage }: { person: Person; canManage: boolean }) {
  const { t } = useTranslation('casework');
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const lockouts = useQuery(lockoutsQuery(person.id));
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<Lockout | null>(null);
  const lift = useMutation({
    mutationFn: (l: Lockout) => liftLockout(l.id),
    onSuccess: () => {
      setLifting(null);
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons', 'detail', person.id, 'lockouts'] });
    },
  });
  const targetOf = (l: Lockout) => (l.userId ? t('lockouts.worker', { name: l.userName ?? '—' }) : t('lockouts.service', { name: [l.serviceName, l.organizationName].filter(Boolean).join(' — ') }));

  return (
    <>
      <p>{t('lockouts.lead')}</p>
      {canManage && !adding && (
        <button type="button" className="btn btn-primary btn-sm mb-3" onClick={() => setAdding(true)}>
          {t('lockouts.add')}
        </button>
      )}
      {adding && <LockoutForm person={person} onDone={() => setAdding(false)} />}
      {lockouts.isPending ? (
        <LoadingState />
      ) : lockouts.isError ? (
        <ErrorState error={lockouts.error} onRetry={() => void lockouts.refetch()} />
      ) : lockouts.data.length === 0 ? (
        <EmptyState message={t('lockouts.empty')} />
      ) : (
        <ul className="list-unstyled">
          {lockouts.data.map((l) => (
            <li key={l.id} className="border-bottom py-2 d-flex flex-wrap gap-2 align-items-center">
              <span className="fw-semibold">{targetOf(l)}</span>
              {l.liftedAt ? <Badge tone="secondary">{t('lockouts.lifted', { date: fmt.date(l.liftedAt) })}</Badge> : <Badge tone="danger">{t('lockouts.active')}</Badge>}
              {l.reason && <span className="small w-100">{l.reason}</span>}
              {canManage && !l.liftedAt && (
                <button type="button" className="btn btn-outline-danger btn-xs py-1 px-2" onClick={() => setLifting(l)}>
                  {t('lockouts.lift')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={lifting !== null}
        title={t('lockouts.liftTitle')}
        confirmLabel={t('lockouts.lift')}
        danger
        busy={lift.isPending}
        onCancel={() => setLifting(null)}
        onConfirm={() => lifting && lift.mutate(lifting)}
      >
        <p>{lifting && t('lockouts.liftText', { target: targetOf(lifting) })}</p>
        {lift.isError && <ErrorState error={lift.error} />}
      </ConfirmDialog>
    </>
  );
}
