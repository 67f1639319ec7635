import { useTranslation } from 'react-i18next';
import { Badge } from '../../../../../platform/web';
import type { MinutesStatus } from '../../api/minutes';

const tones = { draft: 'warning', circulated: 'primary', approved: 'success' } as const;

/** Bozza / In circolazione / Approvato: the word says it, the colour only repeats it. */
export function MinutesStatusBadge({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation('governance');
  return (
    <Badge tone={tones[status]}>
      <span className="visually-hidden">{t('minutes.status.label')}: </span>
      {t(`minutes.status.${status}`)}
    </Badge>
  );
}
