import { and, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { interventions, placements } from '../schema';

/** A placement holds a bed from its start to its end (open-ended until it ends); cancelled ones hold none. */
const holding = and(eq(interventions.id, placements.interventionId), ne(interventions.status, 'cancelled'));

/**
 * Whether a unit still has a free place on every day of [startsOn, endsOn] (endsOn null: open-ended).
 * Occupancy only rises when a placement starts, so it is enough to count at each start inside the range.
 */
export async function unitHasRoom(db: Db, unit: { id: string; capacity: number }, startsOn: string, endsOn: string | null, excludePlacementId?: string): Promise<boolean> {
  const overlapping = await db
    .select({ id: placements.id, startsOn: placements.startsOn, endsOn: placements.endsOn })
    .from(placements)
    .innerJoin(interventions, holding)
    .where(
      and(
        eq(placements.housingUnitId, unit.id),
        excludePlacementId ? ne(placements.id, excludePlacementId) : undefined,
        endsOn ? lte(placements.startsOn, endsOn) : undefined,
        or(isNull(placements.endsOn), gte(placements.endsOn, startsOn)),
      ),
    );
  const points = [startsOn, ...overlapping.map((p) => p.startsOn).filter((s) => s > startsOn)];
  return points.every((day) => overlapping.filter((p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day)).length < unit.capacity);
}

/** Places taken today in each unit. */
export async function occupancyToday(db: Db, unitIds: string[], today: string): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ unitId: placements.housingUnitId, n: sql<number>`count(*)::int` })
    .from(placements)
    .innerJoin(interventions, holding)
    .where(and(inArray(placements.housingUnitId, unitIds), lte(placements.startsOn, today), or(isNull(placements.endsOn), gte(placements.endsOn, today))))
    .groupBy(placements.housingUnitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}
