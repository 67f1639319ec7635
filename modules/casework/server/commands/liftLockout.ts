import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { lockouts } from '../schema';

/** Lifts a lockout. Participations it ended stay ended: renewed access takes a new referral. */
export async function liftLockout(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { lockoutId: string; by: string }): Promise<void> {
  const moved = await tx
    .update(lockouts)
    .set({ liftedAt: new Date(), liftedBy: input.by })
    .where(and(eq(lockouts.id, input.lockoutId), isNull(lockouts.liftedAt)))
    .returning({ personId: lockouts.personId });
  if (moved.length === 0) throw conflict('lockout_already_lifted');
  await audit({ action: 'casework.lockout.lift', entityType: 'lockout', entityId: input.lockoutId, personalData: true, details: { personId: moved[0]!.personId } });
}
