import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import { pageOf } from '../../../../platform/db/paging';
import { conflict, notFound } from '../../../../platform/errors/appError';
import { base64BodyBytes } from '../../../../platform/http/base64';
import { parseRawJsonBody, safeFileName, sendStoredFile } from '../../../../platform/http/files';
import { defineRoute, type AnyRoute } from '../../../../platform/http/route';
import type { Locale } from '../../../../platform/i18n/i18n';
import { districtExists } from '../../../territory/module';
import {
  AGREEMENT_DOCUMENT_MAX_BYTES,
  actionItemSchema,
  agreementBody,
  agreementDetailSchema,
  agreementDocumentSchema,
  agreementDocumentUpload,
  agreementObligationBody,
  agreementPartiesBody,
  agreementRenewBody,
  agreementSchema,
  agreementsQuery,
  agreementUpdateBody,
} from '../../contract';
import { governancePermissions as P } from '../access';
import { invalidField, invalidFields, missingOrganizations, type FieldIssue } from '../guards';
import { accessToTable } from '../tableGuards';
import { agreementParties, agreements, documents, networks, roundtables } from '../schema';
import { checkOwner, insertActionItem } from '../actions/commands';
import { isoToday, loadActionItem, presentActionItems } from '../actions/queries';
import { agreementScope } from './agreementAccess';
import { listAgreements, loadAgreement, loadAgreementFor, partiesOf, presentAgreementDetail } from './queries';

const idParams = z.object({ id: z.uuid() });
const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });
/** The file travels base64-encoded in the JSON (a third larger), plus room for the rest. */
const UPLOAD_BODY_BYTES = base64BodyBytes(1, AGREEMENT_DOCUMENT_MAX_BYTES, 64 * 1024);

type Party = { organizationId: string; signatoryName?: string | null; signatoryRole?: string | null };
type AgreementState = {
  keeperOrganizationId: string;
  districtId: string | null;
  networkId: string | null;
  roundtableId: string | null;
  validFrom: string;
  validTo: string | null;
};

/**
 * The rules of an agreement as it will be after the write: dates in order, references exist, and a linked table
 * is one the actor manages (its obligations land on that table's tracker and agenda). A table the actor may not
 * manage answers like an unknown one, so its existence does not leak.
 */
async function checkAgreement(db: Db, actor: Actor, a: AgreementState, locale: Locale, linkedBefore: string | null = null): Promise<void> {
  const issues: FieldIssue[] = [];
  if (a.validTo && a.validTo < a.validFrom) issues.push({ field: 'validTo', key: 'date_range' });
  if ((await missingOrganizations(db, [a.keeperOrganizationId])).length) issues.push({ field: 'keeperOrganizationId', key: 'organization_unknown' });
  if (a.districtId && !(await districtExists(db, a.districtId))) issues.push({ field: 'districtId', key: 'unknown_district' });
  if (a.networkId) {
    const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.id, a.networkId));
    if (!n) issues.push({ field: 'networkId', key: 'governance_network_unknown' });
  }
  if (a.roundtableId && a.roundtableId !== linkedBefore) {
    const [t] = await db.select().from(roundtables).where(eq(roundtables.id, a.roundtableId));
    if (!t || !(await accessToTable(db, actor, t)).manage) issues.push({ field: 'roundtableId', key: 'governance_roundtable_unknown' });
  }
  if (issues.length) throw invalidFields(issues, locale);
}

/** Parties: each organisation once, all known (at least two is the body's rule). */
async function checkParties(db: Db, parties: Party[], locale: Locale): Promise<void> {
  const orgIds = parties.map((p) => p.organizationId);
  if (new Set(orgIds).size !== orgIds.length) throw invalidField('parties', 'governance_duplicate_organization', locale);
  if ((await missingOrganizations(db, orgIds)).length) throw invalidField('parties', 'organization_unknown', locale);
}

const partyRows = (agreementId: string, parties: Party[]) =>
  parties.map((p) => ({ agreementId, organizationId: p.organizationId, signatoryName: p.signatoryName ?? null, signatoryRole: p.signatoryRole ?? null }));

async function detail(db: Db, actor: Parameters<typeof presentAgreementDetail>[1], id: string) {
  return presentAgreementDetail(db, actor, await loadAgreement(db, id), isoToday());
}

export const agreementsRoutes: AnyRoute[] = [
  defineRoute({
    method: 'GET',
    url: '/api/governance/agreements',
    access: P['governance.read'],
    summary: 'The register of agreements the actor sees: by text, district, party, status (from the dates), expiring',
    query: agreementsQuery,
    response: pageOf(agreementSchema),
    handler: async ({ db, actor, query }) => listAgreements(db, actor, query, isoToday()),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/agreements',
    access: P['governance.manage'],
    summary: 'Register an agreement (memorandum, convention) with its parties; kept by an organisation the actor manages',
    body: agreementBody,
    response: agreementDetailSchema,
    handler: async ({ db, actor, body, locale, command }) => {
      const state: AgreementState = {
        keeperOrganizationId: body.keeperOrganizationId,
        districtId: body.districtId ?? null,
        networkId: body.networkId ?? null,
        roundtableId: body.roundtableId ?? null,
        validFrom: body.validFrom,
        validTo: body.validTo ?? null,
      };
      await checkAgreement(db, actor, state, locale);
      await checkParties(db, body.parties, locale);
      if (!can(actor, P['governance.manage'], agreementScope(state))) throw invalidField('keeperOrganizationId', 'governance_not_your_scope', locale);
      const id = await command(async (tx, audit) => {
        const [row] = await tx
          .insert(agreements)
          .values({ ...state, kind: body.kind, title: body.title, subject: body.subject ?? null, signedOn: body.signedOn ?? null, renewalNoticeDays: body.renewalNoticeDays, createdBy: actor.userId })
          .returning({ id: agreements.id });
        await tx.insert(agreementParties).values(partyRows(row!.id, body.parties));
        await audit({
          action: 'governance.agreement.create',
          entityType: 'agreement',
          entityId: row!.id,
          details: { title: body.title, kind: body.kind, parties: body.parties.map((p) => p.organizationId) },
        });
        return row!.id;
      });
      return detail(db, actor, id);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/agreements/:id',
    access: P['governance.read'],
    summary: 'One agreement: parties, obligations and their status, documents, renewals, days to expiry',
    params: idParams,
    response: agreementDetailSchema,
    handler: async ({ db, actor, params }) => presentAgreementDetail(db, actor, (await loadAgreementFor(db, actor, params.id)).agreement, isoToday()),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/governance/agreements/:id',
    access: P['governance.manage'],
    summary: "Edit an agreement's details and validity",
    params: idParams,
    body: agreementUpdateBody,
    response: agreementDetailSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { agreement: row } = await loadAgreementFor(db, actor, params.id, 'manage');
      const pick = <K extends keyof typeof body & keyof AgreementState>(k: K) => (body[k] !== undefined ? body[k] : row[k]);
      const state: AgreementState = {
        keeperOrganizationId: body.keeperOrganizationId ?? row.keeperOrganizationId,
        districtId: pick('districtId') ?? null,
        networkId: pick('networkId') ?? null,
        roundtableId: pick('roundtableId') ?? null,
        validFrom: body.validFrom ?? row.validFrom,
        validTo: pick('validTo') ?? null,
      };
      await checkAgreement(db, actor, state, locale, row.roundtableId);
      const moved = state.keeperOrganizationId !== row.keeperOrganizationId || state.districtId !== row.districtId;
      if (moved && !can(actor, P['governance.manage'], agreementScope(state))) throw invalidField('keeperOrganizationId', 'governance_not_your_scope', locale);
      const noticeChanged = state.validTo !== row.validTo || (body.renewalNoticeDays !== undefined && body.renewalNoticeDays !== row.renewalNoticeDays);
      await command(async (tx, audit) => {
        await tx
          .update(agreements)
          .set({ ...body, ...state, ...(noticeChanged ? { renewalRemindedAt: null } : {}), updatedAt: new Date() })
          .where(eq(agreements.id, row.id));
        await audit({ action: 'governance.agreement.update', entityType: 'agreement', entityId: row.id, details: { fields: Object.keys(body) } });
      });
      return detail(db, actor, row.id);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/governance/agreements/:id/parties',
    access: P['governance.manage'],
    summary: "Replace an agreement's parties (at least two organisations, with signatory)",
    params: idParams,
    body: agreementPartiesBody,
    response: agreementDetailSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { agreement } = await loadAgreementFor(db, actor, params.id, 'manage');
      await checkParties(db, body.parties, locale);
      const before = (await partiesOf(db, [agreement.id])).map((p) => p.organizationId);
      const after = body.parties.map((p) => p.organizationId);
      await command(async (tx, audit) => {
        await tx.delete(agreementParties).where(eq(agreementParties.agreementId, agreement.id));
        await tx.insert(agreementParties).values(partyRows(agreement.id, body.parties));
        await audit({
          action: 'governance.agreement.parties',
          entityType: 'agreement',
          entityId: agreement.id,
          details: { added: after.filter((o) => !before.includes(o)), removed: before.filter((o) => !after.includes(o)) },
        });
      });
      return detail(db, actor, agreement.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/agreements/:id/obligations',
    access: P['governance.manage'],
    summary: "Add an obligation of the agreement: an action item with agreementId (on the agreement's round table, if any)",
    params: idParams,
    body: agreementObligationBody,
    response: actionItemSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { agreement } = await loadAgreementFor(db, actor, params.id, 'manage');
      await checkOwner(db, body, locale);
      const id = await command((tx, audit) =>
        insertActionItem(
          tx,
          audit,
          {
            roundtableId: agreement.roundtableId,
            agreementId: agreement.id,
            title: body.title,
            description: body.description ?? null,
            ownerOrganizationId: body.ownerOrganizationId,
            ownerUserId: body.ownerUserId ?? null,
            dueDate: body.dueDate ?? null,
            status: 'open',
          },
          actor.userId,
          'governance.agreement.obligation',
        ),
      );
      return (await presentActionItems(db, actor, [await loadActionItem(db, id)], isoToday()))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/agreements/:id/documents',
    access: P['governance.manage'],
    summary: 'Attach a document to an agreement (base64 in JSON, up to 10 MB; PDF, office files, images)',
    params: idParams,
    rawBody: { contentTypes: ['application/json'], maxBytes: UPLOAD_BODY_BYTES },
    response: agreementDocumentSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const upload = parseRawJsonBody(agreementDocumentUpload, body, locale);
      const { agreement } = await loadAgreementFor(db, actor, params.id, 'manage');
      const content = Buffer.from(upload.contentBase64, 'base64');
      const filename = safeFileName(upload.filename);
      const row = await command(async (tx, audit) => {
        const [r] = await tx
          .insert(documents)
          .values({ agreementId: agreement.id, filename, mediaType: upload.mediaType, size: content.length, content, uploadedBy: actor.userId })
          .returning({ id: documents.id, filename: documents.filename, mediaType: documents.mediaType, size: documents.size, createdAt: documents.createdAt });
        await audit({ action: 'governance.agreement.document.add', entityType: 'agreement', entityId: agreement.id, details: { documentId: r!.id, filename, size: content.length } });
        return r!;
      });
      return { ...row, createdAt: row.createdAt.toISOString() };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/governance/agreements/:id/documents/:documentId',
    access: P['governance.read'],
    summary: "Download one of an agreement's documents",
    params: documentParams,
    rawReply: true,
    handler: async ({ db, actor, params, reply }) => {
      await loadAgreementFor(db, actor, params.id);
      const [doc] = await db.select().from(documents).where(and(eq(documents.id, params.documentId), eq(documents.agreementId, params.id)));
      if (!doc) throw notFound();
      return sendStoredFile(reply, doc);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/governance/agreements/:id/documents/:documentId',
    access: P['governance.manage'],
    summary: "Remove one of an agreement's documents",
    params: documentParams,
    handler: async ({ db, actor, params, command }) => {
      await loadAgreementFor(db, actor, params.id, 'manage');
      const [doc] = await db
        .select({ id: documents.id, filename: documents.filename })
        .from(documents)
        .where(and(eq(documents.id, params.documentId), eq(documents.agreementId, params.id)));
      if (!doc) throw notFound();
      await command(async (tx, audit) => {
        await tx.delete(documents).where(eq(documents.id, doc.id));
        await audit({ action: 'governance.agreement.document.remove', entityType: 'agreement', entityId: params.id, details: { documentId: doc.id, filename: doc.filename } });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/governance/agreements/:id/renew',
    access: P['governance.manage'],
    summary: 'Renew an agreement: a new one with the same parties, new validity, linked to this one',
    params: idParams,
    body: agreementRenewBody,
    response: agreementDetailSchema,
    handler: async ({ db, actor, params, body, locale, command }) => {
      const { agreement: old } = await loadAgreementFor(db, actor, params.id, 'manage');
      if (body.validTo && body.validTo < body.validFrom) throw invalidField('validTo', 'date_range', locale);
      if (body.validFrom <= old.validFrom) throw invalidField('validFrom', 'governance_agreement_renewal_start', locale);
      const [already] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.renewsId, old.id));
      if (already) throw conflict('governance_agreement_already_renewed');
      const parties = await partiesOf(db, [old.id]);
      const id = await command(async (tx, audit) => {
        const [row] = await tx
          .insert(agreements)
          .values({
            kind: old.kind,
            title: old.title,
            subject: old.subject,
            networkId: old.networkId,
            roundtableId: old.roundtableId,
            districtId: old.districtId,
            keeperOrganizationId: old.keeperOrganizationId,
            renewalNoticeDays: old.renewalNoticeDays,
            signedOn: body.signedOn ?? null,
            validFrom: body.validFrom,
            validTo: body.validTo ?? null,
            renewsId: old.id,
            createdBy: actor.userId,
          })
          .returning({ id: agreements.id });
        if (parties.length) await tx.insert(agreementParties).values(parties.map((p) => ({ ...p, agreementId: row!.id })));
        await audit({ action: 'governance.agreement.renew', entityType: 'agreement', entityId: row!.id, details: { renewsId: old.id, validFrom: body.validFrom, validTo: body.validTo ?? null } });
        return row!.id;
      });
      return detail(db, actor, id);
    },
  }),
];
