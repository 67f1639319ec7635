import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { notify } from '../../../../platform/notifications/notifications';
import { findServices } from '../../../organizations/module';
import { cases, referrals } from '../schema';
import type { ReferralRow } from '../queries/referrals';

/** The receiving organisation declines, with a reason the sender reads. */
export async function declineReferral(tx: Db, audit: (e: AuditInput) => Promise<void>, input: { referral: ReferralRow; reason: string; by: string }): Promise<void> {
  const r = input.referral;
  const moved = await tx
    .update(referrals)
    .set({ status: 'declined', decidedBy: input.by, decidedAt: new Date(), decisionReason: input.reason })
    .where(and(eq(referrals.id, r.id), eq(referrals.status, 'pending')))
    .returning({ id: referrals.id });
  if (moved.length === 0) throw conflict('referral_not_pending');
  await audit({ action: 'casework.referral.decline', entityType: 'referral', entityId: r.id, details: { caseId: r.caseId, reason: input.reason } });
  const [c] = await tx.select({ reference: cases.reference }).from(cases).where(eq(cases.id, r.caseId));
  const name = (await findServices(tx, [r.toServiceId])).get(r.toServiceId)?.name ?? '';
  await notify(tx, [
    { userId: r.sentBy, kind: 'casework.referral_declined', messageKey: 'casework:notifications.referralDeclined', params: { to: name, reference: c?.reference ?? '' }, link: '/casework/referrals?box=outbox' },
  ]);
}
