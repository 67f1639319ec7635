import { z } from 'zod';
import { base64Size } from '../../../platform/http/base64';
import { basisSchema, referralStatusSchema, sectionSchema, sections as allSections } from './vocabulary';

/** Formats a signed form or an attachment may have: documents, not executables or archives. */
export const documentContentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export const documentUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.enum(documentContentTypes, { message: 'validation.document_type' }),
  contentBase64: z
    .base64({ message: 'validation.document_base64' })
    .min(1)
    .refine((s) => base64Size(s) <= MAX_DOCUMENT_BYTES, { message: 'validation.document_too_large' }),
});
export type DocumentUpload = z.infer<typeof documentUploadSchema>;

export const documentInfoSchema = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() });

/** Parts shared, each once, in the order of the record. */
export const sharedSectionsSchema = z
  .array(sectionSchema)
  .min(1)
  .transform((list) => allSections.filter((s) => list.includes(s)));

export const referralBody = z
  .object({
    toServiceId: z.uuid(),
    reason: z.string().trim().min(3).max(4000),
    basis: basisSchema,
    consentId: z.uuid().nullish(),
    legalBasisNote: z.string().trim().max(2000).nullish(),
    sections: sharedSectionsSchema,
    until: z.iso.date().nullish(),
    attachments: z.array(documentUploadSchema).max(MAX_ATTACHMENTS).default([]),
  })
  .superRefine((b, ctx) => {
    // Sharing beyond the lead service rests on a recorded consent or on a named legal basis.
    if (b.basis === 'consent' && !b.consentId) ctx.addIssue({ code: 'custom', path: ['consentId'], message: 'validation.consent_required' });
    if (b.basis !== 'consent' && (b.legalBasisNote ?? '').length < 10) ctx.addIssue({ code: 'custom', path: ['legalBasisNote'], message: 'validation.legal_basis_note' });
  });
export type ReferralBody = z.infer<typeof referralBody>;

export const referralsQuery = z.object({
  box: z.enum(['inbox', 'outbox']).default('inbox'),
  status: referralStatusSchema.optional(),
  /** One case's referrals (a case's "Invii" tab). */
  caseId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ReferralsQuery = z.infer<typeof referralsQuery>;

export const acceptReferralBody = z.object({ serviceId: z.uuid().optional(), note: z.string().trim().max(2000).optional() });
export const declineReferralBody = z.object({ reason: z.string().trim().min(5).max(2000) });
export const revokeReferralBody = z.object({ reason: z.string().trim().min(3).max(2000) });

const party = z.object({ serviceId: z.uuid(), serviceName: z.string().nullable(), organizationId: z.uuid(), organizationName: z.string().nullable() });

export const referralSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  from: party,
  to: party,
  /** Null with the notes and attachments when the caller sees the case only as a placeholder (restricted, not named). */
  reason: z.string().nullable(),
  basis: basisSchema,
  consentId: z.uuid().nullable(),
  legalBasisNote: z.string().nullable(),
  sections: z.array(sectionSchema),
  until: z.string().nullable(),
  status: referralStatusSchema,
  sentAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** Days since sending; for a decided referral, how long it waited. */
  ageDays: z.number().int(),
  overdue: z.boolean(),
  attachments: z.array(documentInfoSchema),
  /** What the receiving service sees before accepting: only with the identity section shared. */
  subject: z.object({ name: z.string(), birthYear: z.number().int().nullable() }).nullable(),
  /** Which side the caller is on. */
  box: z.enum(['inbox', 'outbox']),
  can: z.object({ accept: z.boolean(), decline: z.boolean(), revoke: z.boolean() }),
});
export type Referral = z.infer<typeof referralSchema>;
