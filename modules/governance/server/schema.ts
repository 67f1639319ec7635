import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, customType, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  actionItemStatuses,
  agendaItemKinds,
  agreementKinds,
  attendanceSources,
  attendanceStatuses,
  decisionOutcomes,
  meetingModes,
  meetingStatuses,
  memberRoles,
  minutesStatuses,
  quorumRules,
  recurrenceFrequencies,
  roundtableKinds,
} from '../contract';

// The contract's lists are the one source: the same values validate requests and type columns.
export { memberRoles, quorumRules, roundtableKinds };

/**
 * districtId, regionCode and organizationId refer to the territory and organizations modules by id only:
 * modules never join each other's tables.
 */
export const networks = pgTable(
  'governance_networks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description'),
    districtId: uuid('district_id'),
    regionCode: text('region_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_networks_district_idx').on(t.districtId)],
);

export const networkOrganizations = pgTable(
  'governance_network_organizations',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull(),
    joinedOn: date('joined_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organizationId] }), index('governance_network_organizations_org_idx').on(t.organizationId)],
);

export const roundtables = pgTable(
  'governance_roundtables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'restrict' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => roundtables.id, { onDelete: 'restrict' }),
    districtId: uuid('district_id'),
    kind: text('kind', { enum: roundtableKinds }).notNull(),
    name: text('name').notNull(),
    mandate: text('mandate'),
    coordinatingOrganizationId: uuid('coordinating_organization_id').notNull(),
    quorumRule: text('quorum_rule', { enum: quorumRules }).notNull().default('none'),
    quorumFixed: integer('quorum_fixed'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('governance_roundtables_network_idx').on(t.networkId),
    index('governance_roundtables_parent_idx').on(t.parentId),
    index('governance_roundtables_district_idx').on(t.districtId),
    index('governance_roundtables_coordinator_idx').on(t.coordinatingOrganizationId),
  ],
);

/** An organisation (with its delegate and substitute) or an individual expert sitting at a table. */
export const roundtableMembers = pgTable(
  'governance_roundtable_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundtableId: uuid('roundtable_id')
      .notNull()
      .references(() => roundtables.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id'),
    delegateUserId: uuid('delegate_user_id'),
    substituteUserId: uuid('substitute_user_id'),
    expertName: text('expert_name'),
    role: text('role', { enum: memberRoles }).notNull().default('member'),
    mandateFrom: date('mandate_from').notNull(),
    mandateTo: date('mandate_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_roundtable_members_table_idx').on(t.roundtableId), index('governance_roundtable_members_org_idx').on(t.organizationId)],
);

// ---- meetings ----
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export {
  meetingModes,
  meetingStatuses,
  recurrenceFrequencies,
  attendanceStatuses,
  attendanceSources,
  minutesStatuses,
  decisionOutcomes,
  actionItemStatuses,
  agreementKinds,
  agendaItemKinds,
};

/** A recurring schedule; its meetings are written out as rows so each can be moved or cancelled on its own. */
export const meetingSeries = pgTable('governance_meeting_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundtableId: uuid('roundtable_id')
    .notNull()
    .references(() => roundtables.id, { onDelete: 'cascade' }),
  frequency: text('frequency', { enum: recurrenceFrequencies }).notNull(),
  interval: integer('interval').notNull().default(1),
  count: integer('count').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const meetings = pgTable(
  'governance_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundtableId: uuid('roundtable_id')
      .notNull()
      .references(() => roundtables.id, { onDelete: 'restrict' }),
    seriesId: uuid('series_id').references(() => meetingSeries.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: text('mode', { enum: meetingModes }).notNull().default('in_person'),
    place: text('place'),
    onlineUrl: text('online_url'),
    notes: text('notes'),
    status: text('status', { enum: meetingStatuses }).notNull().default('scheduled'),
    /** Secret in the QR code of the sign-in sheet: whoever scans it on the day checks in. */
    checkInToken: text('check_in_token').notNull(),
    /** iCalendar SEQUENCE: raised on every change so calendars replace the invitation. */
    sequence: integer('sequence').notNull().default(0),
    invitationsSentAt: timestamp('invitations_sent_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_meetings_table_idx').on(t.roundtableId, t.startsAt), uniqueIndex('governance_meetings_checkin_idx').on(t.checkInToken)],
);

export const agendaItems = pgTable(
  'governance_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: agendaItemKinds }).notNull().default('item'),
    title: text('title').notNull(),
    description: text('description'),
    presenter: text('presenter'),
    durationMinutes: integer('duration_minutes'),
    /** Set when the item was carried over from an open action item of an earlier meeting. */
    actionItemId: uuid('action_item_id'),
    /** Set on a 'minutes_approval' item: the minutes this meeting approves. */
    minutesId: uuid('minutes_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

/** Files of meetings, agenda items and agreements (kept in the database, as casework's: decision 0008). */
export const documents = pgTable(
  'governance_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'cascade' }),
    agreementId: uuid('agreement_id'),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_documents_meeting_idx').on(t.meetingId), index('governance_documents_agreement_idx').on(t.agreementId)],
);

/** Who was expected and how they took part; one row per member (or guest) per meeting. */
export const attendance = pgTable(
  'governance_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => roundtableMembers.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id'),
    userId: uuid('user_id'),
    personName: text('person_name').notNull(),
    status: text('status', { enum: attendanceStatuses }).notNull(),
    /** For 'delegated': who attended in the member's place. */
    delegatedTo: text('delegated_to'),
    source: text('source', { enum: attendanceSources }).notNull().default('register'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    recordedBy: uuid('recorded_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_attendance_meeting_idx').on(t.meetingId), uniqueIndex('governance_attendance_member_idx').on(t.meetingId, t.memberId)],
);

/** Invitations sent (or that failed) by e-mail, one per recipient and send. */
export const invitations = pgTable(
  'governance_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: uuid('user_id'),
    email: text('email').notNull(),
    sequence: integer('sequence').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_invitations_meeting_idx').on(t.meetingId)],
);

/** Secret addresses of iCalendar feeds: one per user (all their tables) or per table. */
export const calendarFeeds = pgTable(
  'governance_calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    token: text('token').notNull(),
    userId: uuid('user_id'),
    roundtableId: uuid('roundtable_id').references(() => roundtables.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('governance_calendar_feeds_token_idx').on(t.token)],
);

// ---- minutes ----
export const minutes = pgTable(
  'governance_minutes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'restrict' }),
    roundtableId: uuid('roundtable_id').notNull(),
    status: text('status', { enum: minutesStatuses }).notNull().default('draft'),
    /** 1 until approval; every change after approval makes version n+1 with its reason. */
    version: integer('version').notNull().default(1),
    circulatedAt: timestamp('circulated_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The meeting at which these minutes were approved. */
    approvedAtMeetingId: uuid('approved_at_meeting_id'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('governance_minutes_meeting_idx').on(t.meetingId), index('governance_minutes_table_idx').on(t.roundtableId)],
);

/** Per agenda item: the discussion summary. */
export const minutesItems = pgTable(
  'governance_minutes_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
  },
  (t) => [index('governance_minutes_items_minutes_idx').on(t.minutesId, t.position)],
);

/** Decisions are numbered per table (1, 2, 3… across all its meetings), with the vote where there is one. */
export const decisions = pgTable(
  'governance_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundtableId: uuid('roundtable_id').notNull(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    minutesItemId: uuid('minutes_item_id').references(() => minutesItems.id, { onDelete: 'set null' }),
    number: integer('number').notNull(),
    text: text('text').notNull(),
    outcome: text('outcome', { enum: decisionOutcomes }).notNull().default('approved'),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    votesAbstained: integer('votes_abstained'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('governance_decisions_number_idx').on(t.roundtableId, t.number), index('governance_decisions_minutes_idx').on(t.minutesId)],
);

export const minutesComments = pgTable(
  'governance_minutes_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    minutesItemId: uuid('minutes_item_id'),
    authorUserId: uuid('author_user_id').notNull(),
    body: text('body').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_minutes_comments_minutes_idx').on(t.minutesId)],
);

/** A whole snapshot of the minutes at each approval and each later change: the history. */
export const minutesVersions = pgTable(
  'governance_minutes_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    minutesId: uuid('minutes_id')
      .notNull()
      .references(() => minutes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason'),
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('governance_minutes_versions_idx').on(t.minutesId, t.version)],
);

// ---- action items ----
export const actionItems = pgTable(
  'governance_action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundtableId: uuid('roundtable_id').references(() => roundtables.id, { onDelete: 'restrict' }),
    minutesId: uuid('minutes_id').references(() => minutes.id, { onDelete: 'set null' }),
    minutesItemId: uuid('minutes_item_id').references(() => minutesItems.id, { onDelete: 'set null' }),
    decisionId: uuid('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
    /** Set for an obligation of an agreement. */
    agreementId: uuid('agreement_id'),
    title: text('title').notNull(),
    description: text('description'),
    ownerOrganizationId: uuid('owner_organization_id'),
    ownerUserId: uuid('owner_user_id'),
    dueDate: date('due_date'),
    status: text('status', { enum: actionItemStatuses }).notNull().default('open'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    lastRemindedAt: timestamp('last_reminded_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('governance_action_items_table_idx').on(t.roundtableId, t.status),
    index('governance_action_items_owner_idx').on(t.ownerOrganizationId),
    index('governance_action_items_due_idx').on(t.dueDate),
    index('governance_action_items_agreement_idx').on(t.agreementId),
  ],
);

// ---- agreements ----
export const agreements = pgTable(
  'governance_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: agreementKinds }).notNull(),
    title: text('title').notNull(),
    subject: text('subject'),
    networkId: uuid('network_id').references(() => networks.id, { onDelete: 'set null' }),
    roundtableId: uuid('roundtable_id').references(() => roundtables.id, { onDelete: 'set null' }),
    districtId: uuid('district_id'),
    /** The organisation that keeps the agreement in the register (its org admin may edit it). */
    keeperOrganizationId: uuid('keeper_organization_id').notNull(),
    signedOn: date('signed_on'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    renewalNoticeDays: integer('renewal_notice_days').notNull().default(60),
    renewalRemindedAt: timestamp('renewal_reminded_at', { withTimezone: true }),
    /** Set when this agreement renews an earlier one. */
    renewsId: uuid('renews_id').references((): AnyPgColumn => agreements.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('governance_agreements_district_idx').on(t.districtId), index('governance_agreements_valid_to_idx').on(t.validTo)],
);

export const agreementParties = pgTable(
  'governance_agreement_parties',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').notNull(),
    signatoryName: text('signatory_name'),
    signatoryRole: text('signatory_role'),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.organizationId] }), index('governance_agreement_parties_org_idx').on(t.organizationId)],
);
