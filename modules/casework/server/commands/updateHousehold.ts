import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { households } from '../schema';

export async function updateHousehold(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { householdId: string; changes: { name?: string; singleParent?: boolean } },
): Promise<void> {
  await tx.update(households).set(input.changes).where(eq(households.id, input.householdId));
  await audit({ action: 'casework.household.update', entityType: 'casework_household', entityId: input.householdId, personalData: true, details: { fields: Object.keys(input.changes) } });
}
