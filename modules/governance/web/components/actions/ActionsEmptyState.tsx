import { useTranslation } from 'react-i18next';
import { Icon } from '../../../../../platform/web';

/** Says what action items are, and where they come from, when there are none (or none match the filters). */
export function ActionsEmptyState({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation('governance');
  return (
    <div className="d-flex align-items-start gap-2 py-4">
      <Icon name="it-info-circle" size="sm" />
      <div>
        <p className="fw-semibold mb-1">{filtered ? t('actions.empty.filtered') : t('actions.empty.title')}</p>
        <p className="mb-0 text-secondary">{t('actions.empty.text')}</p>
      </div>
    </div>
  );
}
