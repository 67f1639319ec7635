import type { Db } from '../../../../platform/db/database';
import { notify } from '../../../../platform/notifications/notifications';
import { italianDate, italianTime } from '../italianFormat';
import { tableRecipients } from '../tableRecipients';
import type { meetings, roundtables } from '../schema';
import { localDate } from './zonedTime';

type Meeting = typeof meetings.$inferSelect;
type After = Pick<Meeting, 'status' | 'startsAt' | 'endsAt' | 'place' | 'mode'>;

/**
 * Tells the table's people, in the app, that a meeting was cancelled or moved (new time, place or mode), so
 * nobody learns it at the door; a new invitation by e-mail stays the manager's choice. Other edits say nothing.
 */
export async function noticeOfChange(tx: Db, actorId: string, table: typeof roundtables.$inferSelect, before: Meeting, after: After): Promise<void> {
  const cancelled = after.status === 'cancelled' && before.status !== 'cancelled';
  const moved =
    after.status === 'scheduled' &&
    (after.startsAt.getTime() !== before.startsAt.getTime() || after.endsAt.getTime() !== before.endsAt.getTime() || after.place !== before.place || after.mode !== before.mode);
  if (!cancelled && !moved) return;
  const recipients = (await tableRecipients(tx, table.id, localDate(after.startsAt))).filter((u) => u !== actorId);
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      kind: cancelled ? 'governance.meeting_cancelled' : 'governance.meeting_moved',
      messageKey: cancelled ? 'governance:notifications.meetingCancelled' : 'governance:notifications.meetingMoved',
      params: { table: table.name, meeting: before.title, date: italianDate(after.startsAt), time: italianTime(after.startsAt), place: after.place ? `, ${after.place}` : '' },
      link: `/governance/meetings/${before.id}`,
    })),
  );
}
