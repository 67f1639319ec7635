import { z } from 'zod';
import { assessmentKinds, goalStatuses, interventionKinds, interventionStatuses, mediationStatuses, needAreas } from './vocabulary';
import { languageCodeSchema } from './resources';

const isoDate = z.iso.date();
const someField = (v: Record<string, unknown>) => Object.values(v).some((x) => x !== undefined);
const text = (max: number) => z.string().trim().min(1).max(max);
const names = z.array(text(200)).max(50);

// Assessments: a preliminary analysis, then a multidimensional one when the needs are complex.
export const assessmentBody = z.object({
  kind: z.enum(assessmentKinds),
  dueOn: isoDate.optional(),
});

export const completeAssessmentBody = z.object({
  completedOn: isoDate,
  summary: text(10_000),
  /** Required for the preliminary analysis: it decides whether a multidimensional one follows. */
  complexNeeds: z.boolean().optional(),
  participants: names.min(1),
});

export const assessmentSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: z.enum(assessmentKinds),
  dueOn: z.string(),
  completedOn: z.string().nullable(),
  complexNeeds: z.boolean().nullable(),
  summary: z.string().nullable(),
  participants: z.array(z.string()),
  overdue: z.boolean(),
  /** Days until the due date (negative once past); null when completed. */
  daysLeft: z.number().int().nullable(),
});

export const goalBody = z.object({
  title: text(300),
  needArea: z.enum(needAreas).optional(),
  targetDate: isoDate.optional(),
  reviewDate: isoDate.optional(),
});

export const goalUpdateBody = z
  .object({
    title: text(300).optional(),
    status: z.enum(goalStatuses).optional(),
    targetDate: isoDate.nullable().optional(),
    reviewDate: isoDate.nullable().optional(),
  })
  .refine(someField, 'validation.empty_update');

export const goalSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  title: z.string(),
  needArea: z.enum(needAreas).nullable(),
  targetDate: z.string().nullable(),
  reviewDate: z.string().nullable(),
  status: z.enum(goalStatuses),
});

// Interventions: common fields, then the part each kind adds.
const interventionCommon = {
  serviceId: z.uuid(),
  assignedUserId: z.uuid().optional(),
  goalId: z.uuid().optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  description: z.string().trim().max(5000).optional(),
};

export const milestoneInput = z.object({ title: text(300), dueOn: isoDate.optional() });

export const interventionBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('mediation'),
    ...interventionCommon,
    language: languageCodeSchema,
    scheduledAt: z.iso.datetime({ offset: true }),
    place: text(300),
    durationMinutes: z.number().int().min(15).max(480),
  }),
  z.object({
    kind: z.literal('ethnoclinical_consultation'),
    ...interventionCommon,
    heldOn: isoDate,
    participants: names.min(1),
    discussion: text(20_000),
    recommendations: text(20_000),
  }),
  z.object({
    kind: z.literal('housing_placement'),
    ...interventionCommon,
    housingUnitId: z.uuid(),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
    milestones: z.array(milestoneInput).max(30).default([]),
  }),
  z.object({ kind: z.literal('psychosocial'), ...interventionCommon, sessionsPlanned: z.number().int().min(1).max(500).optional() }),
  z.object({ kind: z.literal('socio_educational'), ...interventionCommon, sessionsPlanned: z.number().int().min(1).max(500).optional() }),
  z.object({ kind: z.literal('orientation'), ...interventionCommon, targetService: z.string().trim().max(300).optional() }),
]);
export type InterventionBody = z.output<typeof interventionBody>;

export const interventionUpdateBody = z
  .object({
    status: z.enum(interventionStatuses).optional(),
    assignedUserId: z.uuid().nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    /** Support sessions (psychosocial, socio-educational) held so far. */
    sessionsHeld: z.number().int().min(0).max(1000).optional(),
    /** Placement milestones reached (or un-reached with null), by their position in the list. */
    milestones: z.array(z.object({ index: z.number().int().min(0), reachedOn: isoDate.nullable() })).min(1).max(30).optional(),
  })
  .refine(someField, 'validation.empty_update');

export const mediationSchema = z.object({
  id: z.uuid(),
  interventionId: z.uuid(),
  language: z.string(),
  scheduledAt: z.string(),
  place: z.string(),
  durationMinutes: z.number().int(),
  mediatorId: z.uuid().nullable(),
  mediatorName: z.string().nullable(),
  status: z.enum(mediationStatuses),
  hoursDone: z.number().nullable(),
});

export const consultationSchema = z.object({
  heldOn: z.string().nullable(),
  participants: z.array(z.string()),
  /** Clinical content: only for callers who see the health section; otherwise null and hidden=true. */
  discussion: z.string().nullable(),
  recommendations: z.string().nullable(),
  hidden: z.boolean(),
});

export const milestoneSchema = z.object({ title: z.string(), dueOn: z.string().nullable(), reachedOn: z.string().nullable() });

export const placementSchema = z.object({
  id: z.uuid(),
  housingUnitId: z.uuid(),
  housingUnitName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  milestones: z.array(milestoneSchema),
});

export const interventionSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  goalId: z.uuid().nullable(),
  kind: z.enum(interventionKinds),
  serviceId: z.uuid(),
  serviceName: z.string().nullable(),
  organizationId: z.uuid(),
  organizationName: z.string().nullable(),
  assignedUserId: z.uuid().nullable(),
  assignedUserName: z.string().nullable(),
  status: z.enum(interventionStatuses),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  description: z.string().nullable(),
  sessionsPlanned: z.number().int().nullable(),
  sessionsHeld: z.number().int().nullable(),
  targetService: z.string().nullable(),
  mediations: z.array(mediationSchema),
  consultation: consultationSchema.nullable(),
  placement: placementSchema.nullable(),
});

export const planSchema = z.object({
  caseId: z.uuid(),
  canPlan: z.boolean(),
  assessments: z.array(assessmentSchema),
  goals: z.array(goalSchema),
  interventions: z.array(interventionSchema),
});

// Mediation: assignment from the pool, hours done, calendar.
export const assignMediatorBody = z.object({ mediatorId: z.uuid() });
export const mediationDoneBody = z.object({ hours: z.number().min(0.25).max(12) });

/** The calendar shows at most a quarter at a time. */
export const CALENDAR_MAX_DAYS = 92;

export const mediationCalendarQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    language: languageCodeSchema.optional(),
  })
  .refine((q) => q.from <= q.to, { message: 'validation.date_range', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= CALENDAR_MAX_DAYS * 86_400_000, { message: 'validation.range_too_long', path: ['to'] });

export const mediationCalendarItemSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  /** The person's or household's name, only when the caller sees the case's identity in full. */
  subjectName: z.string().nullable(),
  language: z.string(),
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  place: z.string(),
  mediatorId: z.uuid().nullable(),
  mediatorName: z.string().nullable(),
  status: z.enum(mediationStatuses),
  serviceId: z.uuid(),
  serviceName: z.string().nullable(),
});

export const availableMediatorsQuery = z.object({
  language: languageCodeSchema,
  at: z.iso.datetime({ offset: true }),
  durationMinutes: z.coerce.number().int().min(15).max(480).default(60),
  districtId: z.uuid(),
});

export const availableMediatorSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  languages: z.array(z.string()),
  organizationId: z.uuid(),
  /** Hours of mediation done in the last 30 days: the picker offers the least loaded first. */
  hoursLast30Days: z.number(),
});
