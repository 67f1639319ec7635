import { z } from 'zod';
import { actionItemStatusSchema, decisionOutcomeSchema, isoDate, minutesStatusSchema } from './vocabulary';

// Request and response shapes of the minutes routes (see README.md "API", section "Minutes").

export const minutesStatusEnum = minutesStatusSchema;
export const decisionOutcomeEnum = decisionOutcomeSchema;

const optText = (max: number) => z.string().trim().max(max).nullable().optional().transform((v) => (v === '' ? null : v));
const vote = z.number().int().min(0).max(100000).nullable().optional();

// ---- params ----
export const minutesMeetingParams = z.object({ id: z.uuid() });
export const minutesIdParams = z.object({ id: z.uuid() });
export const minutesDecisionParams = z.object({ id: z.uuid(), decisionId: z.uuid() });
export const minutesCommentParams = z.object({ id: z.uuid(), commentId: z.uuid() });
export const minutesVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(2_147_483_647) });

// ---- requests ----
/** A section: with `id` it keeps (and edits) an existing section, its decisions and action items; without, a new one. */
export const minutesItemInput = z.object({
  id: z.uuid().optional(),
  agendaItemId: z.uuid().nullable().optional(),
  title: z.string().trim().min(1).max(300),
  summary: z.string().max(50000).default(''),
});
/** PATCH /minutes/:id — replaces the sections in the given order (sections left out are removed). */
export const minutesUpdateBody = z.object({ items: z.array(minutesItemInput).max(200) });

/** Votes: all three or none. */
export const decisionBody = z.object({
  minutesItemId: z.uuid(),
  text: z.string().trim().min(1).max(10000),
  outcome: decisionOutcomeEnum.default('approved'),
  votesFor: vote,
  votesAgainst: vote,
  votesAbstained: vote,
});
export const decisionUpdateBody = z.object({
  minutesItemId: z.uuid().optional(),
  text: z.string().trim().min(1).max(10000).optional(),
  outcome: decisionOutcomeEnum.optional(),
  votesFor: vote,
  votesAgainst: vote,
  votesAbstained: vote,
});

export const minutesActionItemBody = z.object({
  minutesItemId: z.uuid(),
  decisionId: z.uuid().nullable().optional(),
  title: z.string().trim().min(1).max(500),
  description: optText(8000),
  ownerOrganizationId: z.uuid().nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
});

export const minutesCommentBody = z.object({ minutesItemId: z.uuid().nullable().optional(), body: z.string().trim().min(1).max(8000) });

export const minutesApproveBody = z.object({ atMeetingId: z.uuid() });

/** A change of a decision in an amendment: with `id` edits that decision; without, adds a new numbered one (minutesItemId and text required). */
export const minutesAmendmentDecisionInput = z.object({
  id: z.uuid().optional(),
  minutesItemId: z.uuid().optional(),
  text: z.string().trim().min(1).max(10000).optional(),
  outcome: decisionOutcomeEnum.optional(),
  votesFor: vote,
  votesAgainst: vote,
  votesAbstained: vote,
});
/** POST /minutes/:id/amendments (approved minutes only): `items` replaces the sections as in PATCH; every amendment makes version n+1. */
export const minutesAmendmentBody = z.object({
  reason: z.string().trim().min(3).max(4000),
  items: z.array(minutesItemInput).max(200).optional(),
  decisions: z.array(minutesAmendmentDecisionInput).max(200).optional(),
});

export const decisionRegisterQuery = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

// ---- responses ----
export const minutesItemSchema = z.object({
  id: z.uuid(),
  agendaItemId: z.uuid().nullable(),
  position: z.number().int(),
  title: z.string(),
  summary: z.string(),
});

export const decisionSchema = z.object({
  id: z.uuid(),
  roundtableId: z.uuid(),
  minutesId: z.uuid(),
  minutesItemId: z.uuid().nullable(),
  number: z.number().int(),
  text: z.string(),
  outcome: decisionOutcomeEnum,
  votesFor: z.number().int().nullable(),
  votesAgainst: z.number().int().nullable(),
  votesAbstained: z.number().int().nullable(),
  createdAt: z.string(),
});

export const minutesActionItemSchema = z.object({
  id: z.uuid(),
  minutesItemId: z.uuid().nullable(),
  decisionId: z.uuid().nullable(),
  decisionNumber: z.number().int().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  ownerOrganizationName: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionItemStatusSchema,
});

/** Minutes with their sections, decisions (by number) and action items; group by `minutesItemId` to show per section. */
export const minutesSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  roundtableId: z.uuid(),
  roundtableName: z.string(),
  status: minutesStatusEnum,
  version: z.number().int(),
  circulatedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedAtMeetingId: z.uuid().nullable(),
  approvedAtMeetingTitle: z.string().nullable(),
  approvedAtMeetingStartsAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  items: z.array(minutesItemSchema),
  decisions: z.array(decisionSchema),
  actionItems: z.array(minutesActionItemSchema),
  /** Unresolved comments (0 for those who may not see comments). */
  openComments: z.number().int(),
  abilities: z.object({
    /** PATCH sections, decisions, action items: manager, minutes not approved. */
    edit: z.boolean(),
    circulate: z.boolean(),
    approve: z.boolean(),
    /** Amendments: manager, minutes approved. */
    amend: z.boolean(),
    /** Members and managers while circulated. */
    comment: z.boolean(),
    resolveComments: z.boolean(),
  }),
});

export const minutesCommentSchema = z.object({
  id: z.uuid(),
  minutesId: z.uuid(),
  minutesItemId: z.uuid().nullable(),
  authorUserId: z.uuid(),
  authorName: z.string().nullable(),
  body: z.string(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const minutesCommentsSchema = z.object({ items: z.array(minutesCommentSchema) });

/** What a version keeps: the whole minutes as they were approved or amended. */
export const minutesSnapshotSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  roundtableId: z.uuid(),
  status: minutesStatusEnum,
  version: z.number().int(),
  approvedAt: z.string().nullable(),
  approvedAtMeetingId: z.uuid().nullable(),
  items: z.array(minutesItemSchema),
  decisions: z.array(decisionSchema),
  actionItems: z.array(minutesActionItemSchema),
});

export const minutesVersionSummarySchema = z.object({
  version: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
});
export const minutesVersionsSchema = z.object({ items: z.array(minutesVersionSummarySchema) });
export const minutesVersionSchema = minutesVersionSummarySchema.extend({ snapshot: minutesSnapshotSchema });

/** One line of a table's register of decisions (only from minutes the actor may see). */
export const decisionRegisterItemSchema = decisionSchema.extend({
  meetingId: z.uuid(),
  meetingTitle: z.string(),
  meetingStartsAt: z.string(),
  minutesStatus: minutesStatusEnum,
  minutesItemTitle: z.string().nullable(),
});
export const decisionRegisterSchema = z.object({
  items: z.array(decisionRegisterItemSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
