import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { Referral } from '../../api/referrals';

const tones = { pending: 'warning', accepted: 'success', declined: 'danger', revoked: 'secondary' } as const;

/** The referral's status and, while it waits, its age ("in attesa da N giorni", in red once overdue). */
export function ReferralStatus({ r }: { r: Referral }) {
  const { t } = useTranslation('casework');
  return (
    <>
      <Badge tone={tones[r.status]}>{t(`referrals.status.${r.status}`)}</Badge>
      {r.status === 'pending' &&
        (r.overdue ? <Badge tone="danger">{t('referrals.waitingFor', { count: r.ageDays })}</Badge> : <span className="small">{t('referrals.waitingFor', { count: r.ageDays })}</span>)}
    </>
  );
}
