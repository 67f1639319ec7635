import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { conflict, notFound } from '../../../../platform/errors/appError';
import type { RoundtableRow } from '../guards';
import { meetings } from '../schema';
import type { TableAccess } from '../tableAccess';
import { loadTableFor } from '../tableGuards';
import type { MeetingRow } from './attendance';

export type LoadedMeeting = { meeting: MeetingRow; table: RoundtableRow; access: TableAccess };

/** A meeting the actor may reach through its table's rule (`need`); anything else answers 404. */
export async function loadMeetingFor(db: Db, actor: Actor, id: string, need: keyof TableAccess = 'see'): Promise<LoadedMeeting> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) throw notFound();
  const { table, access } = await loadTableFor(db, actor, meeting.roundtableId, need);
  return { meeting, table, access };
}

/** An archived table is read-only: its meetings keep their record but take no changes. */
export function assertTableOpen(table: RoundtableRow): void {
  if (table.archivedAt) throw conflict('governance_roundtable_archived');
}
