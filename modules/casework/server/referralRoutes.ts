import { z } from 'zod';
import type { Actor } from '../../../platform/access/roles';
import { pageOf } from '../../../platform/db/paging';
import { forbidden } from '../../../platform/errors/appError';
import { defineRoute, type AnyRoute } from '../../../platform/http/route';
import { findServices } from '../../organizations/module';
import { acceptReferralBody, declineReferralBody, MAX_ATTACHMENTS, MAX_DOCUMENT_BYTES, referralBody, referralSchema, referralsQuery, revokeReferralBody } from '../contract';
import { caseworkOrganizations, caseworkPermissions as P } from './access';
import { loadCaseFor } from './guards';
import { acceptReferral } from './commands/acceptReferral';
import { declineReferral } from './commands/declineReferral';
import { revokeReferral } from './commands/revokeReferral';
import { sendReferral } from './commands/sendReferral';
import { loadDocumentFor } from './queries/documents';
import { listReferrals, loadReferralFor, presentReferrals } from './queries/referrals';
import { invalidField } from './input';
import { base64BodyBytes } from '../../../platform/http/base64';
import { parseRawJsonBody, safeFileName, sendStoredFile } from '../../../platform/http/files';

const idParams = z.object({ id: z.uuid() });
// Attachments travel base64-encoded inside the JSON: a third larger than the files.
const REFERRAL_BODY_BYTES = base64BodyBytes(MAX_ATTACHMENTS, MAX_DOCUMENT_BYTES, 256 * 1024);

/** Deciding belongs to the receiving organisation, taking back to the sender; the other side sees but may not act. */
function requireSide(actor: Actor, organizationId: string): void {
  if (!caseworkOrganizations(actor, P['casework.cases.write']).includes(organizationId)) throw forbidden();
}

export const referralRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    url: '/api/casework/cases/:id/referrals',
    access: P['casework.cases.write'],
    summary: 'Refer a case to another service of the district, with what it may see and the consent or legal basis that allows it',
    params: idParams,
    rawBody: { contentTypes: ['application/json'], maxBytes: REFERRAL_BODY_BYTES },
    response: referralSchema,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const input = parseRawJsonBody(referralBody, body, locale);
      const { row } = await loadCaseFor(db, actor, params.id, 'refer');
      const id = await command((tx, audit) => sendReferral(tx, audit, { caseRow: row, body: input, by: actor.userId, locale }));
      const referral = await loadReferralFor(db, actor, id);
      return (await presentReferrals(db, actor, [referral], config.casework.referralReminderDays, 'outbox'))[0]!;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/referrals',
    access: P['casework.cases.read'],
    summary: "Referrals received by (inbox) or sent from (outbox) the caller's organisations, with their age",
    query: referralsQuery,
    response: pageOf(referralSchema),
    handler: async ({ db, actor, query, config, auditRead }) => {
      const page = await listReferrals(db, actor, query, config.casework.referralReminderDays);
      await auditRead({ action: 'casework.referrals.list', entityType: 'referral', personalData: true, details: { box: query.box, status: query.status ?? null, ids: page.items.map((r) => r.id) } });
      return page;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/referrals/:id',
    access: P['casework.cases.read'],
    summary: 'One referral, for the sending or the receiving organisation',
    params: idParams,
    response: referralSchema,
    handler: async ({ db, actor, params, config, auditRead }) => {
      const referral = await loadReferralFor(db, actor, params.id);
      await auditRead({ action: 'casework.referral.read', entityType: 'referral', entityId: referral.id, personalData: true, details: { caseId: referral.caseId } });
      return (await presentReferrals(db, actor, [referral], config.casework.referralReminderDays))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/referrals/:id/accept',
    access: P['casework.cases.write'],
    summary: 'Accept a referral: the service joins the case with the shared view and the accepting worker is named on it',
    params: idParams,
    body: acceptReferralBody,
    response: referralSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, locale, config, command }) => {
      const referral = await loadReferralFor(db, actor, params.id);
      requireSide(actor, referral.toOrganizationId);
      const serviceId = body.serviceId ?? referral.toServiceId;
      if (serviceId !== referral.toServiceId) {
        const service = (await findServices(db, [serviceId])).get(serviceId);
        if (!service || service.archived || service.organizationId !== referral.toOrganizationId) throw invalidField('serviceId', 'service_not_yours', locale);
      }
      await command((tx, audit) => acceptReferral(tx, audit, { referral, serviceId, note: body.note ?? null, by: actor.userId }));
      return (await presentReferrals(db, actor, [await loadReferralFor(db, actor, params.id)], config.casework.referralReminderDays))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/referrals/:id/decline',
    access: P['casework.cases.write'],
    summary: 'Decline a referral, with a reason for the sender',
    params: idParams,
    body: declineReferralBody,
    response: referralSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      const referral = await loadReferralFor(db, actor, params.id);
      requireSide(actor, referral.toOrganizationId);
      await command((tx, audit) => declineReferral(tx, audit, { referral, reason: body.reason, by: actor.userId }));
      return (await presentReferrals(db, actor, [await loadReferralFor(db, actor, params.id)], config.casework.referralReminderDays))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/casework/referrals/:id/revoke',
    access: P['casework.cases.write'],
    summary: 'Take a referral back; if it was accepted, the receiving service loses the case at once',
    params: idParams,
    body: revokeReferralBody,
    response: referralSchema,
    successStatus: 200,
    handler: async ({ db, actor, params, body, config, command }) => {
      const referral = await loadReferralFor(db, actor, params.id);
      requireSide(actor, referral.fromOrganizationId);
      // Taking back is the sender's decision over the case, as sending was: a lead worker with the full view.
      await loadCaseFor(db, actor, referral.caseId, 'refer');
      await command((tx, audit) => revokeReferral(tx, audit, { referral, reason: body.reason, by: actor.userId }));
      return (await presentReferrals(db, actor, [await loadReferralFor(db, actor, params.id)], config.casework.referralReminderDays, 'outbox'))[0]!;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/casework/documents/:id',
    access: P['casework.cases.read'],
    summary: 'Download a signed consent form or a referral attachment',
    params: idParams,
    rawReply: true,
    handler: async ({ db, actor, params, reply, auditRead }) => {
      const doc = await loadDocumentFor(db, actor, params.id);
      await auditRead({ action: 'casework.document.read', entityType: 'document', entityId: doc.id, personalData: true, details: { caseId: doc.caseId, personId: doc.personId } });
      return sendStoredFile(reply, { filename: safeFileName(doc.fileName), mediaType: doc.contentType, content: doc.content });
    },
  }),
];
