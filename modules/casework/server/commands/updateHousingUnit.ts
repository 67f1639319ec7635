import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { housingUnitUpdateBody } from '../../contract';
import { housingUnits } from '../schema';

/** A lower capacity or a deactivation stops new placements; placements already running stay. */
export async function updateHousingUnit(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { id: string; body: z.output<typeof housingUnitUpdateBody> }): Promise<typeof housingUnits.$inferSelect> {
  const { address, ...rest } = input.body;
  const [row] = await tx
    .update(housingUnits)
    .set({ ...rest, ...(address !== undefined ? { address: address || null } : {}) })
    .where(eq(housingUnits.id, input.id))
    .returning();
  await audit({ action: 'casework.housing_unit.update', entityType: 'housing_unit', entityId: input.id, details: { fields: Object.keys(input.body) } });
  return row!;
}
