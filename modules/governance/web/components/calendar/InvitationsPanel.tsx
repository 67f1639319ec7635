import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge, ConfirmDialog, EmptyState, ErrorState, LoadingState, useErrorMessage, useFormat } from '../../../../../platform/web';
import { invitationsKey, invitationsQuery, meetingIcsUrl, sendInvitations } from '../../api/calendar';

type Props = { meetingId: string; canManage: boolean };

/** A meeting's e-mail invitations: send them (managers), see who got one and why a send failed; download the .ics. */
export function InvitationsPanel({ meetingId, canManage }: Props) {
  const { t } = useTranslation('governance');
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const sends = useQuery({ ...invitationsQuery(meetingId), enabled: canManage });
  const send = useMutation({
    mutationFn: () => sendInvitations(meetingId),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: invitationsKey(meetingId) });
    },
  });
  const result = send.data;

  return (
    <section aria-labelledby={`invitations-${meetingId}`}>
      <h2 id={`invitations-${meetingId}`} className="h4">
        {t('governance:calendar.invitationsTitle')}
      </h2>
      <div className="d-flex flex-wrap gap-2 mb-3">
        {canManage && (
          <button type="button" className="btn btn-primary btn-sm" onClick={() => setConfirming(true)} disabled={send.isPending}>
            {t('governance:calendar.sendInvitations')}
          </button>
        )}
        <a className="btn btn-outline-primary btn-sm" href={meetingIcsUrl(meetingId)} download="riunione.ics">
          {t('governance:calendar.downloadIcs')}
        </a>
      </div>
      {result && (
        <div className={`alert ${result.failed === 0 ? 'alert-success' : 'alert-warning'}`} role="status">
          <p className="mb-1">{t('governance:calendar.result', { sent: result.sent, failed: result.failed })}</p>
          {!result.mailConfigured && <p className="mb-0">{t('governance:calendar.mailNotConfigured')}</p>}
        </div>
      )}
      {send.isError && (
        <div className="alert alert-danger" role="alert">
          {errorMessage(send.error)}
        </div>
      )}
      {canManage &&
        (sends.isPending ? (
          <LoadingState />
        ) : sends.isError ? (
          <ErrorState error={sends.error} onRetry={() => void sends.refetch()} />
        ) : sends.data.items.length === 0 ? (
          <EmptyState message={t('governance:calendar.noInvitations')} />
        ) : (
          <>
            {sends.data.invitationsSentAt && <p className="small">{t('governance:calendar.lastSent', { date: fmt.dateTime(sends.data.invitationsSentAt) })}</p>}
            <div className="table-responsive">
              <table className="table table-sm align-middle">
                <caption className="visually-hidden">{t('governance:calendar.invitationsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('governance:calendar.email')}</th>
                    <th scope="col">{t('governance:calendar.sentAt')}</th>
                    <th scope="col">{t('governance:calendar.error')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sends.data.items.map((i) => (
                    <tr key={i.id}>
                      <th scope="row" className="fw-normal">
                        {i.email}
                      </th>
                      <td>{i.sentAt ? fmt.dateTime(i.sentAt) : <Badge tone="warning">{t('governance:calendar.notSent')}</Badge>}</td>
                      <td>{i.error ? (i.error === 'not configured' ? t('governance:calendar.errorNotConfigured') : i.error) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ))}
      <ConfirmDialog
        isOpen={confirming}
        title={t('governance:calendar.sendTitle')}
        confirmLabel={t('governance:calendar.sendInvitations')}
        busy={send.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => send.mutate()}
      >
        <p>{t('governance:calendar.sendText')}</p>
      </ConfirmDialog>
    </section>
  );
}
