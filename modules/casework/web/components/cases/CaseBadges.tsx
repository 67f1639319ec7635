import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { CaseView } from '../../api/cases';

type Status = CaseView['status'];
type Protection = CaseView['protection'];

const statusTone: Record<Status, 'primary' | 'secondary' | 'success' | 'warning' | 'light'> = {
  intake: 'light',
  assessment: 'warning',
  plan: 'primary',
  active: 'success',
  closed: 'secondary',
};

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('casework');
  return <Badge tone={statusTone[status]}>{t(`cases.status.${status}`)}</Badge>;
}

export function ProtectionBadge({ protection }: { protection: Protection }) {
  const { t } = useTranslation('casework');
  if (protection === 'ordinary') return <Badge tone="light">{t('cases.protection.ordinary')}</Badge>;
  return <Badge tone="danger">{t('cases.protection.restricted')}</Badge>;
}

/** The areas of need as a comma list, in Italian words. */
export function NeedsText({ needs }: { needs: readonly string[] }) {
  const { t } = useTranslation('casework');
  if (needs.length === 0) return <span className="text-secondary">{t('cases.needs.none')}</span>;
  return <>{needs.map((n) => t(`cases.needs.${n}`)).join(', ')}</>;
}
