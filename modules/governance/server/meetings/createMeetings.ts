import { randomBytes } from 'node:crypto';
import type { AuditInput } from '../../../../platform/http/route';
import type { Db } from '../../../../platform/db/database';
import type { AgendaItemBody, MeetingBody } from '../../contract';
import { agendaItems, meetings, meetingSeries } from '../schema';
import { carryOpenActionItems } from '../actions/carryOver';
import { occurrenceStarts } from './recurrence';

/** The secret of the sign-in sheet's QR code: unguessable, URL-safe. */
export const newCheckInToken = () => randomBytes(24).toString('base64url');

export function agendaRows(meetingId: string, items: readonly AgendaItemBody[], firstPosition = 1) {
  return items.map((a, i) => ({
    meetingId,
    position: firstPosition + i,
    title: a.title,
    presenter: a.presenter ?? null,
    durationMinutes: a.durationMinutes ?? null,
    description: a.description ?? null,
  }));
}

/**
 * Writes a meeting, or every meeting of a series (one row each, so each can be moved or cancelled on its
 * own) with the same agenda, and carries the table's open action items onto each. Returns the ids in date order.
 */
export async function createMeetingRows(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { roundtableId: string; body: MeetingBody; by: string }): Promise<string[]> {
  const { body, roundtableId } = input;
  const start = new Date(body.startsAt);
  const duration = new Date(body.endsAt).getTime() - start.getTime();
  let seriesId: string | null = null;
  if (body.recurrence) {
    const [series] = await tx.insert(meetingSeries).values({ roundtableId, ...body.recurrence }).returning({ id: meetingSeries.id });
    seriesId = series!.id;
  }
  const starts = body.recurrence ? occurrenceStarts(start, body.recurrence) : [start];
  const ids: string[] = [];
  for (const startsAt of starts) {
    const [row] = await tx
      .insert(meetings)
      .values({
        roundtableId,
        seriesId,
        title: body.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + duration),
        mode: body.mode,
        place: body.place ?? null,
        onlineUrl: body.onlineUrl ?? null,
        notes: body.notes ?? null,
        checkInToken: newCheckInToken(),
        createdBy: input.by,
      })
      .returning({ id: meetings.id });
    const id = row!.id;
    if (body.agenda.length) await tx.insert(agendaItems).values(agendaRows(id, body.agenda));
    // Open action items of the table go on every new agenda, to be reviewed (see README "Action items").
    await carryOpenActionItems(tx, id);
    ids.push(id);
  }
  await audit({
    action: 'governance.meeting.create',
    entityType: 'meeting',
    entityId: ids[0]!,
    details: { roundtableId, title: body.title, seriesId, count: ids.length, startsAt: start.toISOString() },
  });
  return ids;
}
