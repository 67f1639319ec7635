import { z } from 'zod';
import { sectionSchema } from './vocabulary';
import { documentInfoSchema, documentUploadSchema, sharedSectionsSchema } from './referrals';

export const consentBody = z
  .object({
    /** null: every organisation of the district's network. */
    grantedToOrganizationId: z.uuid().nullish(),
    purpose: z.string().trim().min(3).max(2000),
    sections: sharedSectionsSchema,
    givenOn: z.iso.date(),
    validUntil: z.iso.date().nullish(),
    document: documentUploadSchema.nullish(),
  })
  .refine((b) => !b.validUntil || b.validUntil >= b.givenOn, { path: ['validUntil'], message: 'validation.valid_until_before_given' });
export type ConsentBody = z.infer<typeof consentBody>;

export const withdrawConsentBody = z.object({ note: z.string().trim().max(2000).optional() });

export const consentStates = ['active', 'withdrawn', 'expired'] as const;

export const consentSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  grantedToOrganizationId: z.uuid().nullable(),
  grantedToOrganizationName: z.string().nullable(),
  purpose: z.string(),
  sections: z.array(sectionSchema),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  document: documentInfoSchema.nullable(),
  replacesId: z.uuid().nullable(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawalNote: z.string().nullable(),
  state: z.enum(consentStates),
});
export type Consent = z.infer<typeof consentSchema>;

export const lockoutBody = z
  .object({ userId: z.uuid().optional(), serviceId: z.uuid().optional(), reason: z.string().trim().max(2000).optional() })
  .refine((b) => !!b.userId !== !!b.serviceId, { path: ['userId'], message: 'validation.lockout_target' });
export type LockoutBody = z.infer<typeof lockoutBody>;

export const lockoutSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  serviceId: z.uuid().nullable(),
  serviceName: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
  liftedAt: z.string().nullable(),
});
export type Lockout = z.infer<typeof lockoutSchema>;
