import type { Config } from '../../../../platform/config/config';
import { italianWhen, meetingLocation, meetingPageUrl, type MeetingRow, type Recipient } from './calendarData';

/** The Italian e-mail of an invitation (or of a cancellation) to one recipient. */
export function invitationMail(
  config: Pick<Config, 'publicUrl'>,
  meeting: MeetingRow,
  tableName: string,
  agendaTitles: string[],
  recipient: Recipient,
): { subject: string; text: string } {
  const cancelled = meeting.status === 'cancelled';
  const when = italianWhen(meeting.startsAt, meeting.endsAt);
  const subject = cancelled ? `Annullata: ${meeting.title} (${tableName})` : `Convocazione: ${meeting.title} (${tableName})`;
  const where = meetingLocation(meeting);
  const lines = [
    `Gentile ${recipient.name},`,
    '',
    cancelled
      ? `la riunione «${meeting.title}» del tavolo «${tableName}», prevista per ${when}, è stata annullata.`
      : `è convocata la riunione «${meeting.title}» del tavolo «${tableName}».`,
  ];
  if (!cancelled) {
    lines.push('', `Quando: ${when} (ora italiana)`);
    if (where) lines.push(`Dove: ${where}`);
    if (agendaTitles.length) lines.push('', 'Ordine del giorno:', ...agendaTitles.map((t, i) => `${i + 1}. ${t}`));
    lines.push('', "In allegato l'invito da aggiungere al calendario (invito.ics).");
  }
  lines.push('', `Dettagli: ${meetingPageUrl(config, meeting.id)}`, '', '—', 'Crocevia · messaggio automatico, non rispondere a questo indirizzo.');
  return { subject, text: lines.join('\n') };
}
