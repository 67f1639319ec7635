import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, EmptyState, ErrorState, LoadingState, TextAreaField, useFormat } from '../../../../../platform/web';
import { consentsQuery, withdrawConsent, type Consent } from '../../api/consents';
import type { Person } from '../../api/persons';
import { ConsentForm } from './ConsentForm';

const STATE_TONE = { active: 'success', withdrawn: 'secondary', expired: 'warning' } as const;

/** Consent terms: never edited, only withdrawn or replaced by a new term. */
export function ConsentsTab({ person, canManage }: { person: Person; canManage: boolean }) {
  const { t } = useTranslation('casework');
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const consents = useQuery(consentsQuery(person.id));
  const [editing, setEditing] = useState<{ replacesId?: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [note, setNote] = useState('');
  const withdraw = useMutation({
    mutationFn: (c: Consent) => withdrawConsent(c.id, note.trim()),
    onSuccess: () => {
      setWithdrawing(null);
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['casework', 'persons', 'detail', person.id] });
    },
  });

  return (
    <>
      {canManage && !editing && (
        <button type="button" className="btn btn-primary btn-sm mb-3" onClick={() => setEditing({})}>
          {t('consents.new')}
        </button>
      )}
      {editing && <ConsentForm person={person} replacesId={editing.replacesId} onDone={() => setEditing(null)} />}
      {consents.isPending ? (
        <LoadingState />
      ) : consents.isError ? (
        <ErrorState error={consents.error} onRetry={() => void consents.refetch()} />
      ) : consents.data.length === 0 ? (
        <EmptyState message={t('consents.empty')} />
      ) : (
        <ul className="list-unstyled">
          {consents.data.map((c) => (
            <li key={c.id} className="border-bottom py-3">
              <p className="fw-semibold mb-1">
                {c.purpose} <Badge tone={STATE_TONE[c.state]}>{t(`consents.states.${c.state}`)}</Badge>
              </p>
              <p className="small mb-1">
                {t('consents.to', { recipient: c.grantedToOrganizationName ?? t('consents.wholeNetwork') })} · {c.sections.map((s) => t(`sections.${s}`)).join(', ')}
              </p>
              <p className="small mb-1">
                {t('consents.period', { from: fmt.date(c.givenOn), until: c.validUntil ? t('consents.untilDate', { date: fmt.date(c.validUntil) }) : t('consents.noEnd') })}
                {c.withdrawnAt && ` · ${t('consents.withdrawnOn', { date: fmt.date(c.withdrawnAt) })}`}
              </p>
              {c.document && (
                <a href={`/api/casework/documents/${c.document.id}`} download={c.document.fileName} className="small d-inline-block mb-1">
                  {t('consents.download', { name: c.document.fileName })}
                </a>
              )}
              {canManage && c.state === 'active' && (
                <div className="d-flex gap-2 mt-1">
                  <button type="button" className="btn btn-outline-primary btn-xs py-1 px-2" onClick={() => setEditing({ replacesId: c.id })}>
                    {t('consents.replace')}
                  </button>
                  <button type="button" className="btn btn-outline-danger btn-xs py-1 px-2" onClick={() => setWithdrawing(c)}>
                    {t('consents.withdraw')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={withdrawing !== null}
        title={t('consents.withdrawTitle')}
        confirmLabel={t('consents.withdraw')}
        danger
        busy={withdraw.isPending}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => withdrawing && withdraw.mutate(withdrawing)}
      >
        <p>{t('consents.withdrawText')}</p>
        <TextAreaField label={t('consents.withdrawNote')} rows={2} value={note} onChange={setNote} />
        {withdraw.isError && <ErrorState error={withdraw.error} />}
      </ConfirmDialog>
    </>
  );
}
