import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../../platform/db/paging';
import {
  caseAccessSchema,
  caseRoles,
  caseStatusSchema,
  closureOutcomeSchema,
  needAreaSchema,
  noteSections,
  protectionSchema,
  sectionSchema,
  sexes,
} from './vocabulary';

const isoDate = z.iso.date();
// Repeated areas are a slip of the form, not a meaning: keep each once, in the order given.
const needsList = z
  .array(needAreaSchema)
  .max(20)
  .transform((v) => [...new Set(v)]);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
// An edit that names no field is a mistake worth telling, not a silent no-op.
const someField = (body: object) => Object.values(body).some((v) => v !== undefined);

export const caseCreateBody = z
  .object({
    personId: z.uuid().optional(),
    householdId: z.uuid().optional(),
    leadServiceId: z.uuid(),
    needs: needsList.default([]),
    protection: protectionSchema.default('ordinary'),
    summary: optionalText(4000),
    openedOn: isoDate.optional(),
  })
  .refine((b) => (b.personId ? 1 : 0) + (b.householdId ? 1 : 0) === 1, { message: 'validation.case_subject', path: ['personId'] });
export type CaseCreateBody = z.infer<typeof caseCreateBody>;

export const caseUpdateBody = z
  .object({ needs: needsList.optional(), protection: protectionSchema.optional(), summary: optionalText(4000) })
  .refine(someField, 'validation.empty_update');
export type CaseUpdateBody = z.infer<typeof caseUpdateBody>;

export const caseStatusBody = z.object({ status: caseStatusSchema, note: optionalText(2000) });
export const caseCloseBody = z.object({ outcome: closureOutcomeSchema, note: optionalText(2000), closedOn: isoDate.optional() });
export const caseReopenBody = z.object({ reason: z.string().trim().min(3).max(2000) });
export const caseWorkersBody = z.object({ userIds: z.array(z.uuid()).max(50) });
export const emergencyAccessBody = z.object({ reason: z.string().trim().min(15).max(2000) });
export const noteSectionSchema = z.enum(noteSections);
export const noteBody = z.object({ section: noteSectionSchema.default('notes'), body: z.string().trim().min(1).max(20000) });

export const caseListQuery = pageQuerySchema.extend({
  /** mine: cases I am named on; service: every case my services take part in. */
  scope: z.enum(['mine', 'service']).default('service'),
  status: caseStatusSchema.optional(),
  protection: protectionSchema.optional(),
  need: needAreaSchema.optional(),
  /** Start of a case reference (2026-0001...). */
  q: z.string().trim().max(20).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;
export const notesQuery = pageQuerySchema;

/** Shown instead of who the case is about when the caller may not see identifying data. */
export const hiddenSubjectSchema = z.object({ kind: z.enum(['person', 'household']), hidden: z.literal(true) });
const birth = { birthYear: z.number().int().nullable(), birthMonth: z.number().int().nullable(), birthDay: z.number().int().nullable() };
export const personSubjectSchema = z.object({
  kind: z.literal('person'),
  hidden: z.literal(false),
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  nativeGivenName: z.string().nullable(),
  nativeFamilyName: z.string().nullable(),
  sex: z.enum(sexes).nullable(),
  ...birth,
  birthCountry: z.string().nullable(),
  citizenships: z.array(z.string()),
});
export const householdSubjectSchema = z.object({
  kind: z.literal('household'),
  hidden: z.literal(false),
  id: z.uuid(),
  name: z.string(),
  singleParent: z.boolean(),
  members: z.array(z.object({ personId: z.uuid(), givenName: z.string(), familyName: z.string(), relationship: z.string(), ...birth })),
});
export const caseSubjectSchema = z.union([hiddenSubjectSchema, personSubjectSchema, householdSubjectSchema]);
/** In lists: only a name, and only when the caller may see it. */
export const caseSubjectSummarySchema = z.union([hiddenSubjectSchema, z.object({ kind: z.enum(['person', 'household']), hidden: z.literal(false), id: z.uuid(), name: z.string() })]);

const serviceRef = { serviceId: z.uuid(), serviceName: z.string(), organizationId: z.uuid(), organizationName: z.string() };

export const caseSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  districtId: z.uuid(),
  status: caseStatusSchema,
  protection: protectionSchema,
  needs: z.array(needAreaSchema),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: closureOutcomeSchema.nullable(),
  closureNote: z.string().nullable(),
  /** Only with full access; decrypted for the caller on restricted cases. */
  summary: z.string().nullable(),
  lead: z.object(serviceRef),
  participants: z.array(z.object({ ...serviceRef, role: z.enum(caseRoles), sections: z.array(sectionSchema), until: z.string().nullable(), ended: z.boolean() })),
  owner: z.object({ userId: z.uuid(), displayName: z.string() }),
  workers: z.array(z.object({ userId: z.uuid(), displayName: z.string(), organizationId: z.uuid(), isOwner: z.boolean() })),
  subject: caseSubjectSchema,
  access: caseAccessSchema,
  updatedAt: z.string(),
});
export type CaseView = z.infer<typeof caseSchema>;

export const caseListItemSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: caseStatusSchema,
  protection: protectionSchema,
  needs: z.array(needAreaSchema),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  leadServiceName: z.string(),
  leadOrganizationName: z.string(),
  subject: caseSubjectSummarySchema,
  access: caseAccessSchema,
});
export type CaseListItem = z.infer<typeof caseListItemSchema>;
export const caseListSchema = pageOf(caseListItemSchema);

export const caseEventSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  fromStatus: caseStatusSchema.nullable(),
  toStatus: caseStatusSchema.nullable(),
  note: z.string().nullable(),
  userId: z.uuid(),
  userName: z.string(),
  at: z.string(),
});

export const noteSchema = z.object({
  id: z.uuid(),
  section: noteSectionSchema,
  body: z.string(),
  authorId: z.uuid(),
  authorName: z.string(),
  authorOrganizationId: z.uuid(),
  createdAt: z.string(),
});
export const noteListSchema = pageOf(noteSchema);

export const reminderKinds = ['permit_expiring', 'referral_waiting', 'assessment_due', 'goal_review'] as const;
export const reminderSchema = z.object({
  kind: z.enum(reminderKinds),
  caseId: z.uuid(),
  reference: z.string(),
  /** The date the item falls due (permit expiry, assessment deadline, goal review); null for a waiting referral. */
  dueOn: z.string().nullable(),
  /** How long a referral has waited. */
  ageDays: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Values for the reminder's translated label. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Reminder = z.infer<typeof reminderSchema>;
export const remindersSchema = z.object({ items: z.array(reminderSchema) });
