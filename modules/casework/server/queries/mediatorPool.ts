import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { DAY_MS } from '../planDates';
import { mediations, mediators } from '../schema';

/** Bookings that hold a mediator's time: assigned ones, and done ones (the time was spent). */
const BOOKED = ['assigned', 'done'] as const;

export async function mediatorBusy(db: Db, mediatorId: string, at: Date, durationMinutes: number, excludeMediationId?: string): Promise<boolean> {
  const end = new Date(at.getTime() + durationMinutes * 60_000);
  const [row] = await db
    .select({ id: mediations.id })
    .from(mediations)
    .where(
      and(
        eq(mediations.mediatorId, mediatorId),
        inArray(mediations.status, [...BOOKED]),
        excludeMediationId ? ne(mediations.id, excludeMediationId) : undefined,
        sql`${mediations.scheduledAt} < ${end.toISOString()}::timestamptz`,
        sql`${mediations.scheduledAt} + ${mediations.durationMinutes} * interval '1 minute' > ${at.toISOString()}::timestamptz`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Hours each mediator did in the last 30 days, to spread the work. */
export async function recentHours(db: Db, mediatorIds: string[], now = new Date()): Promise<Map<string, number>> {
  if (mediatorIds.length === 0) return new Map();
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const rows = await db
    .select({ id: mediations.mediatorId, hours: sql<string>`coalesce(sum(${mediations.hoursDone}), 0)` })
    .from(mediations)
    .where(and(inArray(mediations.mediatorId, mediatorIds), eq(mediations.status, 'done'), gte(mediations.scheduledAt, since)))
    .groupBy(mediations.mediatorId);
  return new Map(rows.map((r) => [r.id!, Number(r.hours)]));
}

/** Active mediators of a district who speak the language and are free for the slot, least loaded first. */
export async function availableMediators(db: Db, q: { districtId: string; language: string; at: Date; durationMinutes: number }) {
  const end = new Date(q.at.getTime() + q.durationMinutes * 60_000);
  const pool = await db
    .select()
    .from(mediators)
    .where(
      and(
        eq(mediators.districtId, q.districtId),
        eq(mediators.active, true),
        sql`${mediators.languages} @> ${JSON.stringify([q.language])}::jsonb`,
        sql`not exists (
          select 1 from casework_mediations m
          where m.mediator_id = casework_mediators.id and m.status in ('assigned', 'done')
            and m.scheduled_at < ${end.toISOString()}::timestamptz
            and m.scheduled_at + m.duration_minutes * interval '1 minute' > ${q.at.toISOString()}::timestamptz)`,
      ),
    )
    .orderBy(asc(mediators.displayName));
  const hours = await recentHours(db, pool.map((m) => m.id));
  return pool
    .map((m) => ({ id: m.id, displayName: m.displayName, languages: m.languages, organizationId: m.organizationId, hoursLast30Days: hours.get(m.id) ?? 0 }))
    .sort((a, b) => a.hoursLast30Days - b.hoursLast30Days);
}
