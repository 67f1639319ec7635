import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import { notify } from '../../../../platform/notifications/notifications';
import { findServices } from '../../../organizations/module';
import { caseWorkers, cases, consents, participants, referrals } from '../schema';
import { loadCaseFacts } from '../queries/caseFacts';
import type { ReferralRow } from '../queries/referrals';
import { consentProblem } from '../sharingRules';
import { isoToday } from '../visibility';
import { personsOfCase } from './sendReferral';

/**
 * The receiving organisation takes the case on: its service joins with the referral's view, the
 * accepting worker is named on the case, and the sender is told.
 */
export async function acceptReferral(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { referral: ReferralRow; serviceId: string; note: string | null; by: string },
): Promise<void> {
  const { referral: r, serviceId } = input;
  if (r.status !== 'pending') throw conflict('referral_not_pending');
  const today = isoToday();
  const [caseRow] = await tx.select().from(cases).where(eq(cases.id, r.caseId));
  const facts = (await loadCaseFacts(tx, [r.caseId])).get(r.caseId)!;
  // The person may have shut out this worker or service since the referral was sent.
  if (facts.lockouts.some((l) => l.userId === input.by || l.serviceId === serviceId || l.serviceId === r.toServiceId)) throw badRequest('referral_not_possible');
  if (r.consentId) {
    const [consent] = await tx.select().from(consents).where(eq(consents.id, r.consentId));
    if (consentProblem(consent, { personIds: await personsOfCase(tx, caseRow!), organizationId: r.toOrganizationId, sections: r.sections, today })) throw conflict('referral_consent_lapsed');
  }
  const [active] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.caseId, r.caseId), eq(participants.serviceId, serviceId), isNull(participants.endedAt)));
  if (active) throw conflict('referral_already_participant');

  // Only a still-pending referral moves: two workers accepting at once cannot both succeed.
  const moved = await tx
    .update(referrals)
    .set({ status: 'accepted', decidedBy: input.by, decidedAt: new Date(), decisionReason: input.note })
    .where(and(eq(referrals.id, r.id), eq(referrals.status, 'pending')))
    .returning({ id: referrals.id });
  if (moved.length === 0) throw conflict('referral_not_pending');

  await tx.insert(participants).values({
    caseId: r.caseId,
    serviceId,
    organizationId: r.toOrganizationId,
    role: 'participant',
    sections: r.sections,
    until: r.until,
    consentId: r.consentId,
    referralId: r.id,
  });
  await tx.insert(caseWorkers).values({ caseId: r.caseId, userId: input.by, organizationId: r.toOrganizationId, addedBy: input.by }).onConflictDoNothing();
  await audit({ action: 'casework.referral.accept', entityType: 'referral', entityId: r.id, personalData: true, details: { caseId: r.caseId, serviceId, sections: r.sections } });

  const name = (await findServices(tx, [serviceId])).get(serviceId)?.name ?? '';
  await notify(tx, [
    { userId: r.sentBy, kind: 'casework.referral_accepted', messageKey: 'casework:notifications.referralAccepted', params: { to: name, reference: caseRow!.reference }, link: '/casework/referrals?box=outbox' },
  ]);
}
