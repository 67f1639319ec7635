import { useTranslation } from 'react-i18next';
import { Badge, intlLocale } from '../../../../../platform/web';
import type { MeetingMode, MeetingStatus } from '../../api/meetings';

const TONES: Record<MeetingStatus, 'primary' | 'success' | 'danger'> = { scheduled: 'primary', held: 'success', cancelled: 'danger' };

/** The meeting's status as a word on a coloured badge (the word carries the meaning). */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('governance');
  return <Badge tone={TONES[status] ?? 'secondary'}>{t(`meetings.status.${status}`)}</Badge>;
}

export function MeetingModeText({ mode }: { mode: MeetingMode }) {
  const { t } = useTranslation('governance');
  return <>{t(`meetings.modes.${mode}`)}</>;
}

/** "12/03/2026 10:00–12:00" (the end's date only when another day). */
export function useMeetingWhen() {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (startsAt: string, endsAt?: string | null) => {
    const start = new Date(startsAt);
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' }).format(start);
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    if (!endsAt) return `${day} ${time.format(start)}`;
    const end = new Date(endsAt);
    const sameDay = start.toDateString() === end.toDateString();
    return sameDay ? `${day} ${time.format(start)}–${time.format(end)}` : `${day} ${time.format(start)} – ${new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(end)}`;
  };
}
