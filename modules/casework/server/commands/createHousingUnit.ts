import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import type { housingUnitBody } from '../../contract';
import { housingUnits } from '../schema';

export async function createHousingUnit(tx: Db, audit: (e: AuditInput) => Promise<void>, body: z.output<typeof housingUnitBody>): Promise<typeof housingUnits.$inferSelect> {
  const [row] = await tx
    .insert(housingUnits)
    .values({ districtId: body.districtId, organizationId: body.organizationId, name: body.name, address: body.address || null, municipalityId: body.municipalityId ?? null, capacity: body.capacity })
    .returning();
  await audit({ action: 'casework.housing_unit.create', entityType: 'housing_unit', entityId: row!.id, details: { districtId: body.districtId, organizationId: body.organizationId, capacity: body.capacity } });
  return row!;
}
