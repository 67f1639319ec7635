import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { AuditInput } from '../../../../platform/http/route';
import { householdMembers } from '../schema';
import type { MemberInput } from './createHousehold';

/**
 * Replaces the members the caller can see. Members hidden from the caller are kept as they are:
 * one cannot remove, or learn about, someone one may not see.
 */
export async function setHouseholdMembers(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { householdId: string; members: MemberInput[]; hiddenPersonIds: string[] },
): Promise<void> {
  const keep = input.hiddenPersonIds;
  await tx
    .delete(householdMembers)
    .where(keep.length ? and(eq(householdMembers.householdId, input.householdId), notInArray(householdMembers.personId, keep)) : eq(householdMembers.householdId, input.householdId));
  if (input.members.length) await tx.insert(householdMembers).values(input.members.map((m) => ({ householdId: input.householdId, ...m })));
  await audit({
    action: 'casework.household.members',
    entityType: 'casework_household',
    entityId: input.householdId,
    personalData: true,
    details: { members: input.members.length + keep.length },
  });
}

