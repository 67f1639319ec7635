import { and, asc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { actionItems, agendaItems, meetings } from '../schema';
import { isoToday, openStatuses } from './queries';

type MeetingRow = typeof meetings.$inferSelect;

/** A meeting can still take items on its agenda: scheduled, today or later (server time zone). */
export function meetingTakesCarryOver(meeting: Pick<MeetingRow, 'status' | 'startsAt'>, now = new Date()): boolean {
  return meeting.status === 'scheduled' && isoToday(meeting.startsAt) >= isoToday(now);
}

/**
 * Puts every open or in-progress action item of the meeting's table that is not on its agenda yet at the end of
 * the agenda, as an 'action_review' item (titled in Italian: the agenda is in the table's language). Items due
 * after the meeting are carried too (they are open); done and cancelled ones are not. Only for scheduled
 * meetings today or later. Idempotent: a second run adds nothing. Returns how many items it added.
 */
export async function carryOpenActionItems(tx: Db, meetingId: string, now = new Date()): Promise<number> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting || !meetingTakesCarryOver(meeting, now)) return 0;
  const onAgenda = await tx
    .select({ actionItemId: agendaItems.actionItemId })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), isNotNull(agendaItems.actionItemId)));
  const already = new Set(onAgenda.map((a) => a.actionItemId));
  const open = await tx
    .select({ id: actionItems.id, title: actionItems.title })
    .from(actionItems)
    .where(and(eq(actionItems.roundtableId, meeting.roundtableId), inArray(actionItems.status, [...openStatuses])))
    .orderBy(sql`${actionItems.dueDate} asc nulls last`, asc(actionItems.createdAt), asc(actionItems.id));
  const toAdd = open.filter((i) => !already.has(i.id));
  if (!toAdd.length) return 0;
  const [max] = await tx
    .select({ p: sql<number | null>`max(${agendaItems.position})` })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId));
  const start = Number(max?.p ?? 0) + 1;
  await tx.insert(agendaItems).values(
    toAdd.map((item, i) => ({
      meetingId,
      position: start + i,
      kind: 'action_review' as const,
      title: `Verifica azione: ${item.title}`,
      actionItemId: item.id,
    })),
  );
  return toAdd.length;
}

/**
 * Carries the table's open items onto its next meeting (the first scheduled one from today on), so an action item
 * written in the minutes of one meeting is on the agenda of the next without anybody copying it. Returns how many
 * items it added (0 when the table has no meeting ahead).
 */
export async function carryOntoNextMeeting(tx: Db, roundtableId: string, now = new Date()): Promise<number> {
  const startOfToday = new Date(`${isoToday(now)}T00:00:00`);
  const [next] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.roundtableId, roundtableId), eq(meetings.status, 'scheduled'), gte(meetings.startsAt, startOfToday)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  return next ? carryOpenActionItems(tx, next.id, now) : 0;
}
