import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { meetingDetailSchema, meetingDocumentSchema, meetingSchema } from '../../contract';
import { agendaItems, documents, meetings, minutes, roundtables } from '../schema';
import { meetingAttendance, expectedMembers, type MeetingRow } from './attendance';
import { checkInOpen, memberOfActor } from './checkInRules';
import type { LoadedMeeting } from './load';

type Meeting = z.input<typeof meetingSchema>;
type DocumentInfo = z.input<typeof meetingDocumentSchema>;

export const checkInUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, '')}/governance/check-in/${token}`;

function presentMeeting(m: MeetingRow, roundtableName: string): Meeting {
  return {
    id: m.id,
    roundtableId: m.roundtableId,
    roundtableName,
    seriesId: m.seriesId,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    mode: m.mode,
    place: m.place,
    onlineUrl: m.onlineUrl,
    status: m.status,
    sequence: m.sequence,
  };
}

export async function presentMeetings(db: Db, rows: MeetingRow[]): Promise<Meeting[]> {
  const tableIds = [...new Set(rows.map((r) => r.roundtableId))];
  const names = tableIds.length ? await db.select({ id: roundtables.id, name: roundtables.name }).from(roundtables).where(inArray(roundtables.id, tableIds)) : [];
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => presentMeeting(r, nameOf.get(r.roundtableId) ?? ''));
}

/** Document metadata only: the content is fetched by its own route. */
export async function meetingDocuments(db: Db, meetingId: string): Promise<(DocumentInfo & { agendaItemId: string | null })[]> {
  const rows = await db
    .select({ id: documents.id, agendaItemId: documents.agendaItemId, filename: documents.filename, mediaType: documents.mediaType, size: documents.size, createdAt: documents.createdAt })
    .from(documents)
    .where(eq(documents.meetingId, meetingId))
    .orderBy(asc(documents.createdAt), asc(documents.filename));
  return rows.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }));
}

export async function presentMeetingDetail(db: Db, actor: Actor, { meeting, table, access }: LoadedMeeting, publicUrl: string, now = new Date()): Promise<z.input<typeof meetingDetailSchema>> {
  const [items, docs, register, expected, [mins]] = await Promise.all([
    db.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).orderBy(asc(agendaItems.position), asc(agendaItems.createdAt)),
    meetingDocuments(db, meeting.id),
    meetingAttendance(db, meeting, table),
    expectedMembers(db, meeting),
    db.select({ id: minutes.id }).from(minutes).where(eq(minutes.meetingId, meeting.id)),
  ]);
  return {
    ...presentMeeting(meeting, table.name),
    notes: meeting.notes,
    agenda: items.map((i) => ({
      id: i.id,
      position: i.position,
      kind: i.kind,
      title: i.title,
      description: i.description,
      presenter: i.presenter,
      durationMinutes: i.durationMinutes,
      actionItemId: i.actionItemId,
      minutesId: i.minutesId,
      documents: docs.filter((d) => d.agendaItemId === i.id),
    })),
    documents: docs.filter((d) => !d.agendaItemId),
    attendance: register.totals,
    minutesId: mins?.id ?? null,
    abilities: {
      manage: access.manage,
      member: access.member,
      seeDrafts: access.seeDrafts,
      checkIn: !table.archivedAt && checkInOpen(meeting, now) && memberOfActor(actor, expected) !== null,
    },
    checkInUrl: access.manage ? checkInUrl(publicUrl, meeting.checkInToken) : null,
  };
}

/** Reads a meeting row again after a write. */
export async function reloadMeeting(db: Db, id: string): Promise<MeetingRow> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row!;
}
