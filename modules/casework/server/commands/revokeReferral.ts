import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { participants, referrals } from '../schema';
import type { ReferralRow } from '../queries/referrals';

/**
 * The sender takes a referral back. A pending one simply closes; an accepted one also ends the
 * participation it created, so the receiving service loses the case at once.
 */
export async function revokeReferral(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { referral: ReferralRow; reason: string; by: string }): Promise<void> {
  const r = input.referral;
  const moved = await tx
    .update(referrals)
    .set({ status: 'revoked', decisionReason: input.reason, ...(r.status === 'pending' ? { decidedBy: input.by, decidedAt: new Date() } : {}) })
    .where(and(eq(referrals.id, r.id), inArray(referrals.status, ['pending', 'accepted'])))
    .returning({ id: referrals.id });
  if (moved.length === 0) throw conflict('referral_already_closed');
  const ended = await tx
    .update(participants)
    .set({ endedAt: new Date() })
    .where(and(eq(participants.referralId, r.id), isNull(participants.endedAt)))
    .returning({ id: participants.id });
  await audit({ action: 'casework.referral.revoke', entityType: 'referral', entityId: r.id, details: { caseId: r.caseId, from: r.status, reason: input.reason, participationsEnded: ended.length } });
}
