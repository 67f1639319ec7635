import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';
import { conflict, notFound } from '../../../../platform/errors/appError';
import type { TableAccess } from '../tableAccess';
import { loadTableFor } from '../tableGuards';
import type { RoundtableRow } from '../guards';
import { meetings, minutes } from '../schema';

export type MinutesRow = typeof minutes.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type LoadedMinutes = { minutes: MinutesRow; table: RoundtableRow; access: TableAccess };

/** A meeting of a table the actor may see (with `need`); otherwise 404. */
export async function loadMeetingFor(db: Db, actor: Actor, meetingId: string, need: keyof TableAccess = 'see') {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) throw notFound();
  const { table, access } = await loadTableFor(db, actor, meeting.roundtableId, need);
  return { meeting, table, access };
}

/** The one rule for minutes: the table's rule, plus draft and circulated minutes only for those who see drafts (404 otherwise). */
export function minutesVisible(row: Pick<MinutesRow, 'status'>, access: TableAccess): boolean {
  return access.see && (row.status === 'approved' || access.seeDrafts);
}

export async function loadMinutesFor(db: Db, actor: Actor, id: string, need: keyof TableAccess = 'see'): Promise<LoadedMinutes> {
  const [row] = await db.select().from(minutes).where(eq(minutes.id, id));
  if (!row) throw notFound();
  const { table, access } = await loadTableFor(db, actor, row.roundtableId, need);
  if (!minutesVisible(row, access)) throw notFound();
  return { minutes: row, table, access };
}

/** Approved minutes change only by amendment: every other edit answers 409. */
export function assertNotLocked(row: Pick<MinutesRow, 'status'>): void {
  if (row.status === 'approved') throw conflict('governance_minutes_locked');
}

/**
 * Inside the write's own transaction: locks the minutes row and checks again that it is still open (and, when
 * given, in `status`). An approval that committed between the first check and the write wins; approve takes the
 * same row lock, so the two run one after the other.
 */
export async function lockOpenMinutes(tx: Db, id: string, status?: 'draft' | 'circulated'): Promise<void> {
  const [row] = await tx.select({ status: minutes.status }).from(minutes).where(eq(minutes.id, id)).for('update');
  if (!row) throw notFound();
  assertNotLocked(row);
  if (status && row.status !== status) throw conflict(status === 'draft' ? 'governance_minutes_not_draft' : 'governance_minutes_not_circulated');
}

export async function loadMeeting(db: Db, id: string): Promise<MeetingRow> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!row) throw notFound();
  return row;
}

export async function userNames(db: Db, ids: (string | null | undefined)[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return {};
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
