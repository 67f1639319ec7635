import { z } from 'zod';
import { base64Size } from '../../../platform/http/base64';
import { actionItemStatusSchema, agreementKindSchema, isoDate, optionalText } from './vocabulary';

// Request and response shapes of the agreements routes (see README.md "API").

const agreementKind = agreementKindSchema;
const actionItemStatus = actionItemStatusSchema;

/** Computed from the dates: upcoming before validFrom, expired after validTo, active in between. */
export const agreementStatuses = ['active', 'expired', 'upcoming'] as const;
export const agreementStatusSchema = z.enum(agreementStatuses);

export const agreementPartyInput = z.object({
  organizationId: z.uuid(),
  signatoryName: optionalText(200),
  signatoryRole: optionalText(200),
});
const partiesField = z.array(agreementPartyInput).min(2, { message: 'validation.governance_agreement_parties_min' }).max(200);

export const agreementBody = z.object({
  kind: agreementKind,
  title: z.string().trim().min(2).max(300),
  subject: optionalText(8000),
  networkId: z.uuid().nullable().optional(),
  roundtableId: z.uuid().nullable().optional(),
  districtId: z.uuid().nullable().optional(),
  keeperOrganizationId: z.uuid(),
  signedOn: isoDate.nullable().optional(),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  renewalNoticeDays: z.number().int().min(0).max(365).default(60),
  /** At least two organisations. */
  parties: partiesField,
});
export const agreementUpdateBody = z.object({
  kind: agreementKind.optional(),
  title: z.string().trim().min(2).max(300).optional(),
  subject: optionalText(8000),
  networkId: z.uuid().nullable().optional(),
  roundtableId: z.uuid().nullable().optional(),
  districtId: z.uuid().nullable().optional(),
  keeperOrganizationId: z.uuid().optional(),
  signedOn: isoDate.nullable().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
  renewalNoticeDays: z.number().int().min(0).max(365).optional(),
});
export const agreementPartiesBody = z.object({ parties: partiesField });

/** POST /agreements/:id/obligations → an action item with agreementId (and the agreement's roundtableId). */
export const agreementObligationBody = z.object({
  title: z.string().trim().min(2).max(500),
  ownerOrganizationId: z.uuid(),
  ownerUserId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  description: optionalText(4000),
});

/** POST /agreements/:id/renew → a new agreement with the same parties and renewsId set. */
export const agreementRenewBody = z.object({
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  signedOn: isoDate.nullable().optional(),
});

export const agreementsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  districtId: z.uuid().optional(),
  /** A party (or the keeper). */
  organizationId: z.uuid().optional(),
  status: agreementStatusSchema.optional(),
  /** Active and validTo within renewalNoticeDays from today. */
  expiring: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const agreementDocumentMediaTypes = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'image/jpeg',
  'image/png',
] as const;
export const AGREEMENT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;


export const agreementDocumentUpload = z.object({
  filename: z.string().trim().min(1).max(200),
  mediaType: z.enum(agreementDocumentMediaTypes, { message: 'validation.governance_agreement_document_type' }),
  contentBase64: z
    .base64({ message: 'validation.governance_agreement_document_base64' })
    .min(1)
    .refine((s) => base64Size(s) <= AGREEMENT_DOCUMENT_MAX_BYTES, { message: 'validation.governance_agreement_document_too_large' }),
});

export const agreementPartySchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string().nullable(),
  signatoryName: z.string().nullable(),
  signatoryRole: z.string().nullable(),
});

export const agreementSchema = z.object({
  id: z.uuid(),
  kind: agreementKind,
  title: z.string(),
  subject: z.string().nullable(),
  networkId: z.uuid().nullable(),
  roundtableId: z.uuid().nullable(),
  roundtableName: z.string().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  keeperOrganizationId: z.uuid(),
  keeperOrganizationName: z.string().nullable(),
  signedOn: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  renewalNoticeDays: z.number().int(),
  status: agreementStatusSchema,
  /** Days from today to validTo (negative once expired); null without validTo. */
  daysToExpiry: z.number().int().nullable(),
  /** Active and within renewalNoticeDays of validTo. */
  expiring: z.boolean(),
  renewsId: z.uuid().nullable(),
  parties: z.array(agreementPartySchema),
  abilities: z.object({ manage: z.boolean() }),
});

export const agreementObligationSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  ownerOrganizationName: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionItemStatus,
  overdue: z.boolean(),
});

export const agreementDocumentSchema = z.object({ id: z.uuid(), filename: z.string(), mediaType: z.string(), size: z.number().int(), createdAt: z.string() });

export const agreementLinkSchema = z.object({ id: z.uuid(), title: z.string(), validFrom: z.string(), validTo: z.string().nullable() });

export const agreementDetailSchema = agreementSchema.extend({
  obligations: z.array(agreementObligationSchema),
  documents: z.array(agreementDocumentSchema),
  /** The agreement this one renews. */
  renews: agreementLinkSchema.nullable(),
  /** Agreements that renew this one. */
  renewedBy: z.array(agreementLinkSchema),
});
