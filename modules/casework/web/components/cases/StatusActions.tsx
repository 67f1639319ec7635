import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseReopenBody, caseStatusBody, caseStatuses } from '../../../contract';
import { send, type CaseView } from '../../api/cases';
import { CloseCaseDialog } from './CloseCaseDialog';
import { ReasonDialog } from './ReasonDialog';

type Open = { kind: 'status'; to: CaseView['status'] } | { kind: 'close' } | { kind: 'reopen' } | null;

/** Next/previous step, close and reopen; each button only when the case's `access.can` allows it. */
export function StatusActions({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const index = caseStatuses.indexOf(c.status);
  // Closing has its own dialog (outcome); the steps run intake → active.
  const next = c.status !== 'closed' && c.status !== 'active' ? caseStatuses[index + 1] : undefined;
  const previous = c.status !== 'closed' && index > 0 ? caseStatuses[index - 1] : undefined;
  const done = (saved: unknown) => {
    if (saved && typeof saved === 'object' && 'id' in saved) queryClient.setQueryData(['casework', 'cases', 'detail', c.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['casework'] });
    setOpen(null);
  };
  const close = () => setOpen(null);
  return (
    <>
      {c.access.can.update && previous && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setOpen({ kind: 'status', to: previous })}>
          {t('cases.actions.backTo', { status: t(`cases.status.${previous}`) })}
        </button>
      )}
      {c.access.can.update && next && (
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen({ kind: 'status', to: next })}>
          {t('cases.actions.moveTo', { status: t(`cases.status.${next}`) })}
        </button>
      )}
      {c.access.can.close && c.status !== 'closed' && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setOpen({ kind: 'close' })}>
          {t('cases.actions.close')}
        </button>
      )}
      {c.access.can.close && c.status === 'closed' && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => setOpen({ kind: 'reopen' })}>
          {t('cases.actions.reopen')}
        </button>
      )}
      <ReasonDialog
        isOpen={open?.kind === 'status'}
        title={open?.kind === 'status' ? t('cases.actions.statusTitle', { status: t(`cases.status.${open.to}`) }) : ''}
        label={t('cases.actions.statusNote')}
        field="note"
        required={false}
        confirmLabel={t('common:actions.confirm')}
        schema={caseStatusBody}
        extra={open?.kind === 'status' ? { status: open.to } : undefined}
        submit={(body) => send(`/cases/${c.id}/status`, body)}
        onDone={done}
        onCancel={close}
      />
      <ReasonDialog
        isOpen={open?.kind === 'reopen'}
        title={t('cases.actions.reopenTitle')}
        intro={<p>{t('cases.actions.reopenText', { reference: c.reference })}</p>}
        label={t('cases.actions.reopenReason')}
        confirmLabel={t('cases.actions.reopen')}
        schema={caseReopenBody}
        submit={(body) => send(`/cases/${c.id}/reopen`, body)}
        onDone={done}
        onCancel={close}
      />
      <CloseCaseDialog c={c} isOpen={open?.kind === 'close'} onDone={done} onCancel={close} />
    </>
  );
}
