import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../../../platform/web';
import type { CaseView } from '../../api/cases';
import { caseReferralsQuery } from '../../api/referrals';
import { ReferralCard } from './ReferralCard';
import { ReferralForm } from './ReferralForm';

/** Invii: the form to refer the case and the case's referrals, with revoke. */
export function CaseReferralsTab({ c }: { c: CaseView }) {
  const { t } = useTranslation('casework');
  const referrals = useQuery(caseReferralsQuery(c.id));
  const [sent, setSent] = useState(false);
  return (
    <>
      <div role="status">{sent && <div className="alert alert-success">{t('referrals.form.sent')}</div>}</div>
      {c.access.can.refer && c.status !== 'closed' && <ReferralForm c={c} onSent={() => setSent(true)} />}
      <h2 className="h5 mt-4">{t('referrals.caseList')}</h2>
      {referrals.isPending ? (
        <LoadingState />
      ) : referrals.isError ? (
        <ErrorState error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : referrals.data.length === 0 ? (
        <EmptyState message={t('referrals.caseEmpty')} />
      ) : (
        referrals.data.map((r) => <ReferralCard key={r.id} r={r} />)
      )}
    </>
  );
}
