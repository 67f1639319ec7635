import { z } from 'zod';

// Request and response shapes of the invitations and calendar routes (see README.md "API").

/** One e-mail invitation sent (or that failed) to one recipient. */
export const invitationSendSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  userId: z.uuid().nullable(),
  /** The meeting's iCalendar SEQUENCE the invitation carried. */
  sequence: z.number().int(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
});
export type InvitationSend = z.output<typeof invitationSendSchema>;

/** The answer to sending invitations: counts, whether mail is configured at all, and one row per recipient. */
export const invitationsResultSchema = z.object({
  sent: z.number().int(),
  failed: z.number().int(),
  mailConfigured: z.boolean(),
  method: z.enum(['REQUEST', 'CANCEL']),
  recipients: z.array(z.object({ email: z.string(), sentAt: z.string().nullable(), error: z.string().nullable() })),
});
export type InvitationsResult = z.output<typeof invitationsResultSchema>;

/** The record of sends of one meeting, newest first. */
export const invitationsListSchema = z.object({
  invitationsSentAt: z.string().nullable(),
  mailConfigured: z.boolean(),
  items: z.array(invitationSendSchema),
});
export type InvitationsList = z.output<typeof invitationsListSchema>;

export const calendarFeedBody = z.object({ roundtableId: z.uuid().nullable().optional() });
export type CalendarFeedBody = z.input<typeof calendarFeedBody>;

/** A secret feed address: the user's tables (roundtableId null) or one table's. */
export const calendarFeedSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  roundtableId: z.uuid().nullable(),
  roundtableName: z.string().nullable(),
  createdAt: z.string(),
});
export type CalendarFeed = z.output<typeof calendarFeedSchema>;

export const calendarFeedsListSchema = z.object({ items: z.array(calendarFeedSchema) });

/** The token of a feed (32 random bytes in base64url); anything unknown answers 404. */
export const calendarFeedTokenParams = z.object({ token: z.string() });
