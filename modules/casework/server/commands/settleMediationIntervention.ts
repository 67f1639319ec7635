import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { interventions, mediations } from '../schema';

/**
 * A mediation intervention is over when none of its mediations is still to happen: done if any
 * took place, cancelled if all were called off.
 */
export async function settleMediationIntervention(tx: Db, interventionId: string): Promise<void> {
  const rows = await tx.select({ status: mediations.status }).from(mediations).where(eq(mediations.interventionId, interventionId));
  if (rows.some((r) => r.status === 'requested' || r.status === 'assigned')) return;
  const status = rows.some((r) => r.status === 'done') ? 'done' : 'cancelled';
  await tx
    .update(interventions)
    .set({ status })
    .where(and(eq(interventions.id, interventionId), inArray(interventions.status, ['planned', 'in_progress'])));
}
