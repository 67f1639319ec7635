import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { grantsOfUsers } from '../../../../platform/access/grants';
import { roleGrants } from '../../../../platform/access/schema';
import type { Actor, Role } from '../../../../platform/access/roles';
import { users } from '../../../../platform/auth/schema';
import type { Config } from '../../../../platform/config/config';
import type { Db } from '../../../../platform/db/database';
import { notFound } from '../../../../platform/errors/appError';
import { agendaItems, meetings, roundtableMembers, roundtables } from '../schema';
import type { TableAccess } from '../tableAccess';
import { loadTableFor } from '../tableGuards';
import type { RoundtableRow } from '../guards';
import { parseMailbox, type IcsEvent, type IcsPerson } from './icalendar';

export type MeetingRow = typeof meetings.$inferSelect;

const ROME = 'Europe/Rome';

/** The calendar day of an instant in Italy (YYYY-MM-DD): mandates are dated in local days. */
export const romeDate = (d: Date): string => new Intl.DateTimeFormat('sv-SE', { timeZone: ROME, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** "lunedì 23 novembre 2026, 15:00–17:00" in Italian time. */
export function italianWhen(start: Date, end: Date): string {
  const day = new Intl.DateTimeFormat('it-IT', { timeZone: ROME, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  const time = (d: Date) => new Intl.DateTimeFormat('it-IT', { timeZone: ROME, hour: '2-digit', minute: '2-digit' }).format(d);
  const sameDay = romeDate(start) === romeDate(end);
  return sameDay ? `${day}, ${time(start)}–${time(end)}` : `${day}, ${time(start)} – ${new Intl.DateTimeFormat('it-IT', { timeZone: ROME, day: 'numeric', month: 'long' }).format(end)} ${time(end)}`;
}

/** Loads a meeting and its table with the record-level rule; a meeting the actor may not reach answers 404. */
export async function loadMeetingFor(db: Db, actor: Actor, meetingId: string, need: keyof TableAccess = 'see'): Promise<{ meeting: MeetingRow; table: RoundtableRow; access: TableAccess }> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw notFound();
  const { table, access } = await loadTableFor(db, actor, meeting.roundtableId, need);
  return { meeting, table, access };
}

export const meetingUid = (id: string) => `meeting-${id}@crocevia`;
export const meetingPageUrl = (config: Pick<Config, 'publicUrl'>, id: string) => `${config.publicUrl.replace(/\/+$/, '')}/governance/meetings/${id}`;
export const feedUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl.replace(/\/+$/, '')}/api/governance/calendar/${token}.ics`;

/** "Sala consiliare · online: https://…" */
export function meetingLocation(m: Pick<MeetingRow, 'place' | 'onlineUrl'>): string | null {
  const parts = [m.place?.trim(), m.onlineUrl?.trim() ? `online: ${m.onlineUrl.trim()}` : null].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : null;
}

/** The event's description: the table, the agenda, the online link. */
export function meetingDescription(m: Pick<MeetingRow, 'onlineUrl' | 'notes'>, tableName: string, agendaTitles: string[]): string {
  const lines = [`Tavolo: ${tableName}`];
  if (agendaTitles.length) lines.push('', 'Ordine del giorno:', ...agendaTitles.map((t, i) => `${i + 1}. ${t}`));
  if (m.onlineUrl) lines.push('', `Collegamento: ${m.onlineUrl}`);
  if (m.notes) lines.push('', m.notes);
  return lines.join('\n');
}

export async function agendaTitlesOf(db: Db, meetingIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!meetingIds.length) return out;
  const rows = await db
    .select({ meetingId: agendaItems.meetingId, title: agendaItems.title })
    .from(agendaItems)
    .where(inArray(agendaItems.meetingId, meetingIds))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position));
  for (const r of rows) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), r.title]);
  return out;
}

/** One meeting as a VEVENT. */
export function meetingEvent(
  config: Pick<Config, 'publicUrl' | 'mail'>,
  m: MeetingRow,
  tableName: string,
  agendaTitles: string[],
  options: { attendees?: IcsPerson[]; now?: Date } = {},
): IcsEvent {
  return {
    uid: meetingUid(m.id),
    dtstamp: options.now ?? new Date(),
    start: m.startsAt,
    end: m.endsAt,
    summary: m.title,
    location: meetingLocation(m),
    description: meetingDescription(m, tableName, agendaTitles),
    url: meetingPageUrl(config, m.id),
    sequence: m.sequence,
    status: m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    organizer: parseMailbox(config.mail.from),
    attendees: options.attendees,
    lastModified: m.updatedAt,
  };
}

export type Recipient = { userId: string; email: string; name: string };

/**
 * Who is invited to a meeting: the delegate and substitute of every member whose mandate covers the meeting's day,
 * and, for member organisations without a delegate, their organisation admins. Active accounts only, one per e-mail.
 */
export async function invitationRecipients(db: Db, meeting: MeetingRow): Promise<Recipient[]> {
  const day = romeDate(meeting.startsAt);
  const members = await db
    .select()
    .from(roundtableMembers)
    .where(
      and(
        eq(roundtableMembers.roundtableId, meeting.roundtableId),
        lte(roundtableMembers.mandateFrom, day),
        or(isNull(roundtableMembers.mandateTo), gte(roundtableMembers.mandateTo, day)),
      ),
    );
  const ordered: string[] = [];
  const add = (id: string | null) => {
    if (id && !ordered.includes(id)) ordered.push(id);
  };
  for (const m of members) {
    add(m.delegateUserId);
    add(m.substituteUserId);
  }
  const withoutDelegate = [...new Set(members.filter((m) => m.organizationId && !m.delegateUserId).map((m) => m.organizationId!))];
  if (withoutDelegate.length) {
    const admins = await db
      .select({ userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.role, 'org_admin'), eq(roleGrants.scopeKind, 'organization'), inArray(roleGrants.scopeId, withoutDelegate)))
      .orderBy(asc(roleGrants.createdAt));
    for (const a of admins) add(a.userId);
  }
  if (!ordered.length) return [];
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.displayName, status: users.status })
    .from(users)
    .where(inArray(users.id, ordered));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const id of ordered) {
    const u = byId.get(id);
    if (!u || u.status !== 'active' || !u.email) continue;
    const key = u.email.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ userId: u.id, email: u.email.trim(), name: u.name });
  }
  return out;
}

/** The owner of a feed as an actor with their grants as they are now; null when the account is gone or disabled. */
export async function actorOfUser(db: Db, userId: string): Promise<Actor | null> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u || u.status !== 'active') return null;
  const grants = await grantsOfUsers(db, [userId]);
  return {
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    grants: grants.map((g) => ({ role: g.role as Role, scopeKind: g.scopeKind, scopeId: g.scopeId })),
    sessionId: null,
    mustChangePassword: false,
  };
}

/** Meetings of the given tables within [from, to], soonest first, with their table names. */
export async function meetingsOfTables(db: Db, tableIds: string[] | 'all', from: Date, to: Date): Promise<{ meeting: MeetingRow; tableName: string }[]> {
  if (tableIds !== 'all' && !tableIds.length) return [];
  const rows = await db
    .select({ meeting: meetings, tableName: roundtables.name })
    .from(meetings)
    .innerJoin(roundtables, eq(roundtables.id, meetings.roundtableId))
    .where(and(tableIds === 'all' ? undefined : inArray(meetings.roundtableId, tableIds), gte(meetings.startsAt, from), lte(meetings.startsAt, to)))
    .orderBy(asc(meetings.startsAt))
    .limit(2000);
  return rows;
}
