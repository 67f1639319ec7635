import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { householdMembers, households } from '../schema';
import type { relationships } from '../../contract';

export type MemberInput = { personId: string; relationship: (typeof relationships)[number] };

export async function createHousehold(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { name: string; singleParent: boolean; service: { id: string; organizationId: string; districtId: string }; members: MemberInput[] },
): Promise<typeof households.$inferSelect> {
  const [row] = await tx
    .insert(households)
    .values({ name: input.name, singleParent: input.singleParent, districtId: input.service.districtId, registeredByOrganizationId: input.service.organizationId })
    .returning();
  if (input.members.length) await tx.insert(householdMembers).values(input.members.map((m) => ({ householdId: row!.id, ...m })));
  await audit({
    action: 'casework.household.create',
    entityType: 'casework_household',
    entityId: row!.id,
    personalData: true,
    details: { serviceId: input.service.id, members: input.members.length },
  });
  return row!;
}
