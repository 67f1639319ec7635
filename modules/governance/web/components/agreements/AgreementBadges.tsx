import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { Agreement } from '../../api/agreements';

const tone: Record<Agreement['status'], 'success' | 'secondary' | 'primary'> = { active: 'success', expired: 'secondary', upcoming: 'primary' };

export function AgreementStatusBadge({ status }: { status: Agreement['status'] }) {
  const { t } = useTranslation('governance');
  return <Badge tone={tone[status]}>{t(`agreements.status.${status}`)}</Badge>;
}

/** "In scadenza": within the renewal notice; in words, not only colour. */
export function ExpiringBadge() {
  const { t } = useTranslation('governance');
  return <Badge tone="warning">{t('agreements.expiringBadge')}</Badge>;
}

/** Days to expiry in words ("tra 12 giorni", "scaduto da 3 giorni"), with the badge when in the notice period. */
export function DaysToExpiry({ agreement }: { agreement: Pick<Agreement, 'daysToExpiry' | 'expiring'> }) {
  const { t } = useTranslation('governance');
  const days = agreement.daysToExpiry;
  return (
    <>
      {days === null ? <span className="text-secondary">{t('agreements.noExpiry')}</span> : days >= 0 ? t('agreements.daysLeft', { count: days }) : t('agreements.daysAgo', { count: -days })}
      {agreement.expiring && (
        <span className="d-block">
          <ExpiringBadge />
        </span>
      )}
    </>
  );
}
