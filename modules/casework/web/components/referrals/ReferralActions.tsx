import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { acceptReferralBody, declineReferralBody, revokeReferralBody } from '../../../contract';
import { send } from '../../api/cases';
import type { Referral } from '../../api/referrals';
import { ReasonDialog } from '../cases/ReasonDialog';

type Kind = 'accept' | 'decline' | 'revoke';

/** Accept (optional note), decline (reason required), revoke (reason required), as the referral's `can` allows. */
export function ReferralActions({ r }: { r: Referral }) {
  const { t } = useTranslation('casework');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Kind | null>(null);
  const [accepted, setAccepted] = useState(false);
  const done = (kind: Kind) => () => {
    if (kind === 'accept') setAccepted(true);
    void queryClient.invalidateQueries({ queryKey: ['casework'] });
    setOpen(null);
  };
  const dialog = (kind: Kind, schema: typeof acceptReferralBody | typeof declineReferralBody | typeof revokeReferralBody, field: string, required: boolean) => (
    <ReasonDialog
      isOpen={open === kind}
      danger={kind !== 'accept'}
      title={t(`referrals.${kind}.title`, { reference: r.caseReference })}
      intro={<p>{t(`referrals.${kind}.text`, { reference: r.caseReference, from: r.from.serviceName, to: r.to.serviceName })}</p>}
      label={t(`referrals.${kind}.field`)}
      field={field}
      required={required}
      confirmLabel={t(`referrals.${kind}.confirm`)}
      schema={schema}
      submit={(body) => send(`/referrals/${r.id}/${kind}`, body)}
      onDone={done(kind)}
      onCancel={() => setOpen(null)}
    />
  );
  return (
    <div className="d-flex flex-wrap gap-2 align-items-center">
      <div role="status">
        {accepted && (
          <span className="d-inline-flex gap-2 align-items-center">
            {t('referrals.accept.done')} <Link to={`/casework/cases/${r.caseId}`}>{t('referrals.openCase', { reference: r.caseReference })}</Link>
          </span>
        )}
      </div>
      {r.can.accept && (
        <button type="button" className="btn btn-primary btn-sm" onClick={() => setOpen('accept')}>
          {t('referrals.accept.action')}
          <span className="visually-hidden"> {r.caseReference}</span>
        </button>
      )}
      {r.can.decline && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setOpen('decline')}>
          {t('referrals.decline.action')}
          <span className="visually-hidden"> {r.caseReference}</span>
        </button>
      )}
      {r.can.revoke && (
        <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setOpen('revoke')}>
          {t('referrals.revoke.action')}
          <span className="visually-hidden"> {r.caseReference}</span>
        </button>
      )}
      {dialog('accept', acceptReferralBody, 'note', false)}
      {dialog('decline', declineReferralBody, 'reason', true)}
      {dialog('revoke', revokeReferralBody, 'reason', true)}
    </div>
  );
}
