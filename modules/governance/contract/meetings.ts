import { z } from 'zod';
import { base64Size } from '../../../platform/http/base64';
import { agendaItemKindSchema, attendanceSourceSchema, attendanceStatusSchema, meetingModeSchema, meetingStatusSchema, memberRoleSchema, recurrenceFrequencySchema, optionalText, isoDate } from './vocabulary';

// Request and response shapes of the meetings routes (see README.md "API" → "Meetings").
const modeSchema = meetingModeSchema;
const statusSchema = meetingStatusSchema;
const frequencySchema = recurrenceFrequencySchema;
const attendanceStatus = attendanceStatusSchema;
const attendanceSource = attendanceSourceSchema;
const agendaKind = agendaItemKindSchema;
const roleSchema = memberRoleSchema;

/** Instants travel as ISO 8601 with an offset (or Z). */
const isoInstant = z.iso.datetime({ offset: true, message: 'validation.governance_meeting_instant' });
const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(200).default(25);

/** Files of meetings and agenda items: documents and images, no executables or archives. */
export const governanceDocumentMediaTypes = [
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
  'text/plain',
  'text/csv',
] as const;
export const GOVERNANCE_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;


// ---- requests ----
export const agendaItemBody = z.object({
  title: z.string().trim().min(1).max(300),
  presenter: optionalText(200),
  durationMinutes: z.number().int().min(1).max(600).nullable().optional(),
  description: optionalText(4000),
});
export const agendaItemUpdateBody = agendaItemBody.partial();
/** The new order of a meeting's agenda: every item id exactly once. */
export const agendaOrderBody = z.object({ itemIds: z.array(z.uuid()).min(1).max(200) });

export const meetingRecurrenceSchema = z.object({
  frequency: frequencySchema,
  interval: z.number().int().min(1).max(12).default(1),
  count: z.number().int().min(2).max(24),
});

const endsAfterStart = { path: ['endsAt'], message: 'validation.governance_meeting_ends_before_start' };

export const meetingBody = z
  .object({
    title: z.string().trim().min(2).max(300),
    startsAt: isoInstant,
    endsAt: isoInstant,
    mode: modeSchema.default('in_person'),
    place: optionalText(500),
    onlineUrl: z.url().max(1000).nullable().optional(),
    notes: optionalText(8000),
    recurrence: meetingRecurrenceSchema.optional(),
    agenda: z.array(agendaItemBody).max(50).default([]),
  })
  .refine((m) => new Date(m.endsAt) > new Date(m.startsAt), endsAfterStart);

/** Only the given fields change; times are checked against the stored ones (ends after start). */
export const meetingUpdateBody = z.object({
  title: z.string().trim().min(2).max(300).optional(),
  startsAt: isoInstant.optional(),
  endsAt: isoInstant.optional(),
  mode: modeSchema.optional(),
  place: optionalText(500),
  onlineUrl: z.url().max(1000).nullable().optional(),
  notes: optionalText(8000),
  /** 'cancelled' or 'held'; 'scheduled' restores a cancelled meeting. */
  status: statusSchema.optional(),
});

/** Meetings of one table, soonest first. */
export const roundtableMeetingsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: statusSchema.optional(),
  page,
  pageSize,
});

/** Upcoming meetings across the tables the actor sees; `from` defaults to now. */
export const myMeetingsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  roundtableId: z.uuid().optional(),
  page,
  pageSize,
});

export const meetingDocumentBody = z.object({
  agendaItemId: z.uuid().nullable().optional(),
  filename: z.string().trim().min(1).max(200),
  mediaType: z.enum(governanceDocumentMediaTypes, { message: 'validation.governance_document_type' }),
  contentBase64: z
    .base64({ message: 'validation.document_base64' })
    .min(1)
    .refine((s) => base64Size(s) <= GOVERNANCE_MAX_DOCUMENT_BYTES, { message: 'validation.governance_document_too_large' }),
});

export const attendanceEntryBody = z
  .object({
    memberId: z.uuid(),
    status: attendanceStatus,
    /** Who signed for the member (defaults to the delegate's or the expert's name). */
    personName: optionalText(200),
    /** For 'delegated': who attended in the member's place. */
    delegatedTo: optionalText(200),
  })
  .refine((e) => e.status !== 'delegated' || !!e.delegatedTo, { path: ['delegatedTo'], message: 'validation.governance_delegated_to_required' });
export const attendanceBody = z.object({ entries: z.array(attendanceEntryBody).min(1).max(500) });

// ---- responses ----
export const meetingDocumentSchema = z.object({
  id: z.uuid(),
  agendaItemId: z.uuid().nullable(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});

export const agendaItemSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: agendaKind,
  title: z.string(),
  description: z.string().nullable(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  /** Carried over from this open action item. */
  actionItemId: z.uuid().nullable(),
  /** On a 'minutes_approval' item: the minutes to approve. */
  minutesId: z.uuid().nullable(),
  documents: z.array(meetingDocumentSchema),
});

export const attendanceTotalsSchema = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  delegated: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
  /** Expected members with nothing recorded yet. */
  unrecorded: z.number().int(),
  /** Voting members (chair, secretary, member) present or represented needed; 0 when the table has no quorum rule. */
  quorumRequired: z.number().int(),
  /** Voting members present or represented. */
  quorumPresent: z.number().int(),
  quorumReached: z.boolean(),
});

export const meetingSchema = z.object({
  id: z.uuid(),
  roundtableId: z.uuid(),
  roundtableName: z.string(),
  seriesId: z.uuid().nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  mode: modeSchema,
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  status: statusSchema,
  sequence: z.number().int(),
});

export const meetingDetailSchema = meetingSchema.extend({
  notes: z.string().nullable(),
  agenda: z.array(agendaItemSchema),
  /** Files of the meeting itself (not of an agenda item). */
  documents: z.array(meetingDocumentSchema),
  attendance: attendanceTotalsSchema,
  minutesId: z.uuid().nullable(),
  abilities: z.object({ manage: z.boolean(), member: z.boolean(), seeDrafts: z.boolean(), checkIn: z.boolean() }),
  /** The self check-in address printed as a QR code; managers only. */
  checkInUrl: z.string().nullable(),
});

/** The first meeting created, plus the ids of all meetings of the series (the first included) in date order. */
export const meetingCreatedSchema = meetingDetailSchema.extend({ seriesMeetingIds: z.array(z.uuid()) });

export const attendanceRowSchema = z.object({
  /** Null for a guest whose member row no longer exists. */
  memberId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  organizationName: z.string().nullable(),
  personName: z.string().nullable(),
  role: roleSchema.nullable(),
  /** False for guests: recorded but not a member at the meeting date. */
  expected: z.boolean(),
  status: attendanceStatus.nullable(),
  delegatedTo: z.string().nullable(),
  source: attendanceSource.nullable(),
  checkedInAt: z.string().nullable(),
});
export const meetingAttendanceSchema = z.object({ items: z.array(attendanceRowSchema), totals: attendanceTotalsSchema });

/** What the QR code opens. */
export const checkInInfoSchema = z.object({
  meetingId: z.uuid(),
  title: z.string(),
  roundtableId: z.uuid(),
  roundtableName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  status: statusSchema,
  /** The actor sits at the table for this meeting (their organisation, or as delegate or substitute). */
  expected: z.boolean(),
  /** Check-in is open: from 12 hours before the start to 12 hours after the end, meeting not cancelled. */
  open: z.boolean(),
  checkedIn: z.boolean(),
});
export const checkInResultSchema = z.object({
  meetingId: z.uuid(),
  memberId: z.uuid(),
  organizationName: z.string().nullable(),
  personName: z.string(),
  checkedInAt: z.string(),
  /** True when the person had already checked in: nothing changed. */
  alreadyCheckedIn: z.boolean(),
});

export type MeetingBody = z.output<typeof meetingBody>;
export type MeetingRecurrence = z.output<typeof meetingRecurrenceSchema>;
export type AgendaItemBody = z.output<typeof agendaItemBody>;
export type AttendanceTotals = z.output<typeof attendanceTotalsSchema>;
