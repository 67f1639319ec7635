import { eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Actor } from '../../../../platform/access/roles';
import type { AuditInput } from '../../../../platform/http/route';
import { notify } from '../../../../platform/notifications/notifications';
import { caseWorkers, emergencyAccesses, type cases } from '../schema';

type CaseRow = typeof cases.$inferSelect;

/**
 * Break-glass access to a restricted case: time-limited, with its reason in the audit log, and the
 * owner and every named worker alerted in the same transaction.
 */
export async function grantEmergencyAccess(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { actor: Actor; row: CaseRow; reason: string; hours: number; now?: Date },
): Promise<{ expiresAt: Date }> {
  const { actor, row, reason } = input;
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.hours * 3_600_000);
  await tx.insert(emergencyAccesses).values({ caseId: row.id, userId: actor.userId, reason, grantedAt: now, expiresAt });
  await audit({
    action: 'casework.case.emergency_access',
    entityType: 'case',
    entityId: row.id,
    personalData: true,
    reason,
    details: { reference: row.reference, expiresAt: expiresAt.toISOString() },
  });
  const workers = await tx.select({ userId: caseWorkers.userId }).from(caseWorkers).where(eq(caseWorkers.caseId, row.id));
  const recipients = [...new Set([row.ownerId, ...workers.map((w) => w.userId)])].filter((u) => u !== actor.userId);
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      kind: 'casework.emergency_access',
      messageKey: 'casework:notifications.emergencyAccess',
      params: { user: actor.displayName, reference: row.reference },
      link: `/casework/cases/${row.id}`,
    })),
  );
  return { expiresAt };
}
