import { z } from 'zod';
import { actionItemStatusSchema, isoDate, optionalText } from './vocabulary';

// Request and response shapes of the actions routes (see README.md "API").

const actionItemStatus = actionItemStatusSchema;
const flag = z.enum(['true', 'false']).optional();

export const actionItemSorts = ['dueDate', '-dueDate', 'title', 'status', 'createdAt', '-createdAt'] as const;

/** Filters shared by the tracker and its CSV export. */
export const actionItemFilters = z.object({
  roundtableId: z.uuid().optional(),
  /** The owner organisation. */
  organizationId: z.uuid().optional(),
  ownerUserId: z.uuid().optional(),
  agreementId: z.uuid().optional(),
  /** Owned by the actor or by one of the actor's organisations. */
  mine: flag,
  status: actionItemStatus.optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /** Due before today and still open or in progress. */
  overdue: flag,
  q: z.string().trim().max(200).optional(),
  /** Default: due date ascending, items without a due date last. */
  sort: z.enum(actionItemSorts).default('dueDate'),
});
export const actionItemsQuery = actionItemFilters.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export const actionItemsCsvQuery = actionItemFilters;

export const actionItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  roundtableId: z.uuid().nullable(),
  roundtableName: z.string().nullable(),
  agreementId: z.uuid().nullable(),
  agreementTitle: z.string().nullable(),
  minutesId: z.uuid().nullable(),
  decisionId: z.uuid().nullable(),
  decisionNumber: z.number().int().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  ownerOrganizationName: z.string().nullable(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: actionItemStatus,
  /** ISO instant, set while status is done. */
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
  /** Meetings whose agenda carries this item for review. */
  carriedToMeetingIds: z.array(z.uuid()),
  /** edit: every field (managers of the table or agreement); changeStatus: status only (owner person, owner organisation's staff). */
  abilities: z.object({ edit: z.boolean(), changeStatus: z.boolean() }),
});

/** POST /action-items: on a round table (manage there) or as an obligation of an agreement (manage it); at least one of the two. */
export const actionItemBody = z.object({
  roundtableId: z.uuid().nullable().optional(),
  agreementId: z.uuid().nullable().optional(),
  title: z.string().trim().min(2).max(500),
  description: optionalText(4000),
  ownerOrganizationId: z.uuid().nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  status: actionItemStatus.default('open'),
});

/** PATCH /action-items/:id: owners (person, organisation staff) may send `status` only. */
export const actionItemUpdateBody = z.object({
  status: actionItemStatus.optional(),
  dueDate: isoDate.nullable().optional(),
  ownerOrganizationId: z.uuid().nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  title: z.string().trim().min(2).max(500).optional(),
  description: optionalText(4000),
});

/** POST /meetings/:id/agenda/carry-over → how many agenda items were added. */
export const actionItemCarryOverSchema = z.object({ added: z.number().int() });
