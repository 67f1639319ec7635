import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { caseWorkers, lockouts, participants, referrals } from '../schema';
import { casesOfPerson } from '../queries/persons';

/**
 * Records that the person does not want this worker or service to see their cases. The access
 * rule already hides the cases; here the traces of past access end too: the service's
 * participations end, its pending referrals are withdrawn, the worker is no longer named on them.
 */
export async function addLockout(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { personId: string; target: { userId: string } | { serviceId: string; organizationId: string }; reason: string | null; by: string },
): Promise<string> {
  const { personId, target } = input;
  const theirCases = await casesOfPerson(tx, personId);
  const open = theirCases.filter((c) => c.status !== 'closed');
  // Locking out whoever holds an open case would leave it without anyone in charge.
  if ('userId' in target && open.some((c) => c.ownerId === target.userId)) throw badRequest('lockout_case_owner');
  if ('serviceId' in target && open.some((c) => c.leadServiceId === target.serviceId)) throw badRequest('lockout_lead_service');

  const same = 'userId' in target ? eq(lockouts.userId, target.userId) : eq(lockouts.serviceId, target.serviceId);
  const [existing] = await tx.select({ id: lockouts.id }).from(lockouts).where(and(eq(lockouts.personId, personId), isNull(lockouts.liftedAt), same));
  if (existing) throw conflict('lockout_exists');

  const [row] = await tx
    .insert(lockouts)
    .values({
      personId,
      userId: 'userId' in target ? target.userId : null,
      serviceId: 'serviceId' in target ? target.serviceId : null,
      organizationId: 'serviceId' in target ? target.organizationId : null,
      reason: input.reason,
      recordedBy: input.by,
    })
    .returning({ id: lockouts.id });

  const caseIds = theirCases.map((c) => c.id);
  let participationsEnded = 0;
  let referralsWithdrawn = 0;
  let workerRemovals = 0;
  if (caseIds.length) {
    if ('serviceId' in target) {
      const now = new Date();
      participationsEnded = (
        await tx
          .update(participants)
          .set({ endedAt: now })
          .where(and(inArray(participants.caseId, caseIds), eq(participants.serviceId, target.serviceId), ne(participants.role, 'lead'), isNull(participants.endedAt)))
          .returning({ id: participants.id })
      ).length;
      referralsWithdrawn = (
        await tx
          .update(referrals)
          .set({ status: 'revoked', decidedAt: now, decidedBy: input.by })
          .where(and(inArray(referrals.caseId, caseIds), eq(referrals.toServiceId, target.serviceId), eq(referrals.status, 'pending')))
          .returning({ id: referrals.id })
      ).length;
    } else {
      workerRemovals = (
        await tx
          .delete(caseWorkers)
          .where(and(inArray(caseWorkers.caseId, caseIds), eq(caseWorkers.userId, target.userId)))
          .returning({ caseId: caseWorkers.caseId })
      ).length;
    }
  }
  await audit({
    action: 'casework.lockout.add',
    entityType: 'lockout',
    entityId: row!.id,
    personalData: true,
    details: { personId, ...target, participationsEnded, referralsWithdrawn, workerRemovals },
  });
  return row!.id;
}
