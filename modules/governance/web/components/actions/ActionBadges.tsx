import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { ActionItemStatus } from '../../api/actions';

const tone: Record<ActionItemStatus, 'primary' | 'secondary' | 'success' | 'warning'> = {
  open: 'primary',
  in_progress: 'warning',
  done: 'success',
  cancelled: 'secondary',
};

export function ActionStatusBadge({ status }: { status: ActionItemStatus }) {
  const { t } = useTranslation('governance');
  return <Badge tone={tone[status]}>{t(`actions.status.${status}`)}</Badge>;
}

/** Overdue is said in words ("Scaduta"), not only by the row colour. */
export function OverdueBadge() {
  const { t } = useTranslation('governance');
  return <Badge tone="danger">{t('actions.overdue')}</Badge>;
}
