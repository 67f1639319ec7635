import { and, eq, isNull } from 'drizzle-orm';
import { grantsInScope } from '../../../../platform/access/grants';
import type { Db } from '../../../../platform/db/database';
import { badRequest, conflict } from '../../../../platform/errors/appError';
import type { AuditInput } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import { notify } from '../../../../platform/notifications/notifications';
import { findServices } from '../../../organizations/module';
import type { ReferralBody } from '../../contract';
import { consents, householdMembers, participants, referrals, type cases } from '../schema';
import { loadCaseFacts } from '../queries/caseFacts';
import { invalidField } from '../input';
import { consentProblem } from '../sharingRules';
import { isoToday } from '../visibility';
import { storeDocument } from './storeDocument';

type CaseRow = typeof cases.$inferSelect;

/** The persons a case is about: its person, or every member of its household. */
export async function personsOfCase(tx: Db, c: Pick<CaseRow, 'personId' | 'householdId'>): Promise<string[]> {
  if (c.personId) return [c.personId];
  if (!c.householdId) return [];
  const rows = await tx.select({ id: householdMembers.personId }).from(householdMembers).where(eq(householdMembers.householdId, c.householdId));
  return rows.map((r) => r.id);
}

/** Staff of an organisation who work on cases, for notices. */
export async function caseStaffOf(tx: Db, organizationId: string): Promise<string[]> {
  const grants = await grantsInScope(tx, 'organization', organizationId);
  return [...new Set(grants.filter((g) => g.role === 'operator' || g.role === 'org_admin').map((g) => g.userId))];
}

/**
 * Refers a case from its lead service to another service of the district, with what it may see
 * and the consent or legal basis that allows it; the receiving organisation is notified.
 */
export async function sendReferral(
  tx: Db,
  audit: (e: AuditInput) => Promise<void>,
  input: { caseRow: CaseRow; body: ReferralBody; by: string; locale: Locale },
): Promise<string> {
  const { caseRow, body, locale } = input;
  const today = isoToday();
  if (body.until && body.until <= today) throw invalidField('until', 'date_future', locale);

  const services = await findServices(tx, [body.toServiceId, caseRow.leadServiceId]);
  const target = services.get(body.toServiceId);
  if (!target || target.archived || target.districtId !== caseRow.districtId) throw badRequest('referral_service_invalid');
  if (target.id === caseRow.leadServiceId) throw badRequest('referral_own_service');
  // Neutral on purpose: the sender must not learn that the person has shut this service out.
  const facts = (await loadCaseFacts(tx, [caseRow.id])).get(caseRow.id)!;
  if (facts.lockouts.some((l) => l.serviceId === target.id)) throw badRequest('referral_not_possible');

  const [active] = await tx
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.caseId, caseRow.id), eq(participants.serviceId, target.id), isNull(participants.endedAt)));
  if (active) throw conflict('referral_already_participant');
  const [pending] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseRow.id), eq(referrals.toServiceId, target.id), eq(referrals.status, 'pending')));
  if (pending) throw conflict('referral_pending_exists');

  if (body.basis === 'consent') {
    const [consent] = await tx.select().from(consents).where(eq(consents.id, body.consentId!));
    const problem = consentProblem(consent, { personIds: await personsOfCase(tx, caseRow), organizationId: target.organizationId, sections: body.sections, today });
    if (problem) throw badRequest(problem);
  }

  const attachmentIds: string[] = [];
  for (const upload of body.attachments) attachmentIds.push(await storeDocument(tx, audit, { upload, owner: { caseId: caseRow.id }, by: input.by }));

  const [row] = await tx
    .insert(referrals)
    .values({
      caseId: caseRow.id,
      fromServiceId: caseRow.leadServiceId,
      fromOrganizationId: caseRow.leadOrganizationId,
      toServiceId: target.id,
      toOrganizationId: target.organizationId,
      reason: body.reason,
      basis: body.basis,
      consentId: body.basis === 'consent' ? body.consentId! : null,
      legalBasisNote: body.basis === 'consent' ? (body.legalBasisNote ?? null) : body.legalBasisNote!,
      sections: body.sections,
      until: body.until ?? null,
      attachmentIds,
      sentBy: input.by,
    })
    .returning({ id: referrals.id });
  await audit({
    action: 'casework.referral.send',
    entityType: 'referral',
    entityId: row!.id,
    personalData: true,
    details: { caseId: caseRow.id, toServiceId: target.id, basis: body.basis, sections: body.sections, attachments: attachmentIds.length },
  });

  // No person's name in the notice: only the service and the case reference.
  const lockedUsers = new Set(facts.lockouts.map((l) => l.userId));
  const recipients = (await caseStaffOf(tx, target.organizationId)).filter((u) => !lockedUsers.has(u));
  await notify(
    tx,
    recipients.map((userId) => ({
      userId,
      kind: 'casework.referral_received',
      messageKey: 'casework:notifications.referralReceived',
      params: { from: services.get(caseRow.leadServiceId)?.name ?? '', reference: caseRow.reference },
      link: '/casework/referrals?box=inbox',
    })),
  );
  return row!.id;
}

