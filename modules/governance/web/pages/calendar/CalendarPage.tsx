import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../../platform/web';
import { CalendarFeedsPanel } from '../../components/calendar/CalendarFeedsPanel';

/** /governance/calendar: the user's calendar subscriptions to the meetings of their tables. */
export function CalendarPage() {
  const { t } = useTranslation('governance');
  return (
    <>
      <PageHeader title={t('governance:calendar.title')} lead={t('governance:calendar.lead')} />
      <CalendarFeedsPanel />
    </>
  );
}
