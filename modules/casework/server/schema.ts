import { boolean, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type {
  sections} from '../contract';
import {
  assessmentKinds,
  basisKinds,
  caseRoles,
  caseStatuses,
  closureOutcomes,
  goalStatuses,
  interventionKinds,
  interventionStatuses,
  mediationStatuses,
  needAreas,
  noteSections,
  permitTypes,
  protectionLevels,
  referralStatuses,
  relationships,
  sexes,
  taxCodeChecks,
} from '../contract';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * Cases, persons and everything about them. districtId, organizationId, serviceId and userId refer
 * to other modules by id only: modules never join each other's tables.
 */
export const persons = pgTable(
  'casework_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** The organisation (and service) that registered the person: it sees the record without a case. */
    registeredByOrganizationId: uuid('registered_by_organization_id').notNull(),
    registeredByServiceId: uuid('registered_by_service_id'),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** Names as written in the original script (Arabic, Cyrillic, ...). */
    nativeGivenName: text('native_given_name'),
    nativeFamilyName: text('native_family_name'),
    alternativeNames: jsonb('alternative_names').$type<string[]>().notNull().default([]),
    sex: text('sex', { enum: sexes }),
    birthYear: integer('birth_year'),
    birthMonth: integer('birth_month'),
    birthDay: integer('birth_day'),
    birthPlace: text('birth_place'),
    birthCountry: text('birth_country'),
    citizenships: jsonb('citizenships').$type<string[]>().notNull().default([]),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    needsMediator: boolean('needs_mediator').notNull().default(false),
    permitType: text('permit_type', { enum: permitTypes }),
    permitNumber: text('permit_number'),
    permitExpiresOn: date('permit_expires_on'),
    taxCode: text('tax_code'),
    taxCodeCheck: text('tax_code_check', { enum: taxCodeChecks }).notNull().default('absent'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    municipalityId: uuid('municipality_id'),
    /** Normalised full name for ordering and trigram search. */
    searchName: text('search_name').notNull().default(''),
    mergedIntoId: uuid('merged_into_id'),
    pseudonymisedAt: timestamp('pseudonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('casework_persons_district_idx').on(t.districtId),
    index('casework_persons_registered_by_idx').on(t.registeredByOrganizationId),
    index('casework_persons_tax_code_idx').on(t.taxCode),
    index('casework_persons_permit_idx').on(t.permitExpiresOn),
  ],
);

/** Blocking keys from the linkage module, one row per key, so a search reads an index instead of every person. */
export const personKeys = pgTable(
  'casework_person_keys',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.personId] }), index('casework_person_keys_person_idx').on(t.personId)],
);

/** A merge keeps the absorbed record as it was, so it can be explained and reversed by hand. */
export const personMerges = pgTable('casework_person_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  survivorId: uuid('survivor_id')
    .notNull()
    .references(() => persons.id),
  mergedId: uuid('merged_id')
    .notNull()
    .references(() => persons.id),
  mergedSnapshot: jsonb('merged_snapshot').$type<Record<string, unknown>>().notNull(),
  reason: text('reason'),
  mergedBy: uuid('merged_by').notNull(),
  mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
});

export const households = pgTable(
  'casework_households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    registeredByOrganizationId: uuid('registered_by_organization_id').notNull(),
    name: text('name').notNull(),
    singleParent: boolean('single_parent').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_households_district_idx').on(t.districtId)],
);

export const householdMembers = pgTable(
  'casework_household_members',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    relationship: text('relationship', { enum: relationships }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.personId] }), index('casework_household_members_person_idx').on(t.personId)],
);

/** Documents (signed consent forms, referral attachments) live in the database: see docs/decisions/0008. */
export const documents = pgTable('casework_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').references(() => persons.id),
  caseId: uuid('case_id'),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A consent term is never edited: it is withdrawn, or replaced by a new one (replacesId). A trigger enforces it. */
export const consents = pgTable(
  'casework_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** Who may receive the data: one organisation, or every organisation of the district's network (null). */
    grantedToOrganizationId: uuid('granted_to_organization_id'),
    purpose: text('purpose').notNull(),
    sections: jsonb('sections').$type<(typeof sections)[number][]>().notNull(),
    givenOn: date('given_on').notNull(),
    validUntil: date('valid_until'),
    documentId: uuid('document_id').references(() => documents.id),
    replacesId: uuid('replaces_id'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawalNote: text('withdrawal_note'),
  },
  (t) => [index('casework_consents_person_idx').on(t.personId)],
);

/** "This worker / this service must never see my case." */
export const lockouts = pgTable(
  'casework_lockouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    userId: uuid('user_id'),
    serviceId: uuid('service_id'),
    organizationId: uuid('organization_id'),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    liftedBy: uuid('lifted_by'),
  },
  (t) => [index('casework_lockouts_person_idx').on(t.personId)],
);

export const cases = pgTable(
  'casework_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    /** Human reference, unique per district: 2026-000123. */
    reference: text('reference').notNull(),
    personId: uuid('person_id').references(() => persons.id),
    householdId: uuid('household_id').references(() => households.id),
    /** The municipality the case is counted under (the person's residence when opened). */
    municipalityId: uuid('municipality_id'),
    leadServiceId: uuid('lead_service_id').notNull(),
    leadOrganizationId: uuid('lead_organization_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    status: text('status', { enum: caseStatuses }).notNull().default('intake'),
    protection: text('protection', { enum: protectionLevels }).notNull().default('ordinary'),
    needs: jsonb('needs').$type<(typeof needAreas)[number][]>().notNull().default([]),
    /** Why the case was opened; for restricted cases it is encrypted like notes. */
    summary: text('summary'),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    closureOutcome: text('closure_outcome', { enum: closureOutcomes }),
    closureNote: text('closure_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('casework_cases_reference_idx').on(t.districtId, t.reference),
    index('casework_cases_person_idx').on(t.personId),
    index('casework_cases_household_idx').on(t.householdId),
    index('casework_cases_lead_idx').on(t.leadOrganizationId, t.status),
    index('casework_cases_owner_idx').on(t.ownerId),
    index('casework_cases_opened_idx').on(t.districtId, t.openedOn),
  ],
);

/** Every status change, closure and reopening, in order. */
export const caseEvents = pgTable(
  'casework_case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    userId: uuid('user_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_case_events_case_idx').on(t.caseId)],
);

/**
 * A service taking part in a case, with the parts of the record it sees. The lead service sees
 * everything; a participant joined through a referral sees its sections, until its date, while the
 * consent it rests on stands.
 */
export const participants = pgTable(
  'casework_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    role: text('role', { enum: caseRoles }).notNull(),
    sections: jsonb('sections').$type<(typeof sections)[number][]>().notNull(),
    until: date('until'),
    consentId: uuid('consent_id').references(() => consents.id),
    referralId: uuid('referral_id'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('casework_participants_case_idx').on(t.caseId), index('casework_participants_org_idx').on(t.organizationId, t.caseId)],
);

/** Workers named on a case: on a restricted case, only they see identifying data and notes. */
export const caseWorkers = pgTable(
  'casework_case_workers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('casework_case_workers_user_idx').on(t.userId)],
);

export const referrals = pgTable(
  'casework_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    fromServiceId: uuid('from_service_id').notNull(),
    fromOrganizationId: uuid('from_organization_id').notNull(),
    toServiceId: uuid('to_service_id').notNull(),
    toOrganizationId: uuid('to_organization_id').notNull(),
    reason: text('reason').notNull(),
    basis: text('basis', { enum: basisKinds }).notNull(),
    consentId: uuid('consent_id').references(() => consents.id),
    legalBasisNote: text('legal_basis_note'),
    sections: jsonb('sections').$type<(typeof sections)[number][]>().notNull(),
    until: date('until'),
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull().default([]),
    status: text('status', { enum: referralStatuses }).notNull().default('pending'),
    decisionReason: text('decision_reason'),
    sentBy: uuid('sent_by').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('casework_referrals_to_idx').on(t.toOrganizationId, t.status),
    index('casework_referrals_from_idx').on(t.fromOrganizationId, t.status),
    index('casework_referrals_case_idx').on(t.caseId),
  ],
);

/** Break-glass access to a restricted case: reason required, time-limited, the owner is alerted. */
export const emergencyAccesses = pgTable(
  'casework_emergency_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('casework_emergency_case_user_idx').on(t.caseId, t.userId)],
);

export const notes = pgTable(
  'casework_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    section: text('section', { enum: noteSections }).notNull().default('notes'),
    /** Plain text on ordinary cases; null when the note is encrypted. */
    body: text('body'),
    /** AES-256-GCM ciphertext (iv | tag | data) on restricted cases. */
    bodyEncrypted: bytea('body_encrypted'),
    authorId: uuid('author_id').notNull(),
    authorOrganizationId: uuid('author_organization_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_notes_case_idx').on(t.caseId, t.createdAt)],
);

export const assessments = pgTable(
  'casework_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: assessmentKinds }).notNull(),
    dueOn: date('due_on').notNull(),
    completedOn: date('completed_on'),
    complexNeeds: boolean('complex_needs'),
    summary: text('summary'),
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_assessments_case_idx').on(t.caseId), index('casework_assessments_due_idx').on(t.dueOn)],
);

export const goals = pgTable(
  'casework_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    needArea: text('need_area', { enum: needAreas }),
    targetDate: date('target_date'),
    reviewDate: date('review_date'),
    status: text('status', { enum: goalStatuses }).notNull().default('open'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_goals_case_idx').on(t.caseId)],
);

export const interventions = pgTable(
  'casework_interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: interventionKinds }).notNull(),
    serviceId: uuid('service_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    assignedUserId: uuid('assigned_user_id'),
    status: text('status', { enum: interventionStatuses }).notNull().default('planned'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    description: text('description'),
    /** Kind-specific details: sessions held, orientation target, consultation participants. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_interventions_case_idx').on(t.caseId), index('casework_interventions_org_idx').on(t.organizationId, t.status)],
);

/** The district's pool of linguistic-cultural mediators. */
export const mediators = pgTable(
  'casework_mediators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    userId: uuid('user_id'),
    displayName: text('display_name').notNull(),
    languages: jsonb('languages').$type<string[]>().notNull(),
    email: text('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_mediators_district_idx').on(t.districtId)],
);

export const mediations = pgTable(
  'casework_mediations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interventionId: uuid('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mediatorId: uuid('mediator_id').references(() => mediators.id),
    status: text('status', { enum: mediationStatuses }).notNull().default('requested'),
    hoursDone: numeric('hours_done', { precision: 6, scale: 2 }),
    requestedBy: uuid('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('casework_mediations_case_idx').on(t.caseId), index('casework_mediations_when_idx').on(t.scheduledAt), index('casework_mediations_mediator_idx').on(t.mediatorId)],
);

export const housingUnits = pgTable(
  'casework_housing_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    districtId: uuid('district_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    municipalityId: uuid('municipality_id'),
    capacity: integer('capacity').notNull().default(1),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('casework_housing_units_district_idx').on(t.districtId)],
);

export const placements = pgTable(
  'casework_placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interventionId: uuid('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    housingUnitId: uuid('housing_unit_id')
      .notNull()
      .references(() => housingUnits.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    milestones: jsonb('milestones').$type<{ title: string; dueOn: string | null; reachedOn: string | null }[]>().notNull().default([]),
  },
  (t) => [index('casework_placements_unit_idx').on(t.housingUnitId)],
);

/** What was done to a person's data under a rights request or a retention rule. */
export const retentionActions = pgTable('casework_retention_actions', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  action: text('action', { enum: ['pseudonymise', 'erase'] }).notNull(),
  rule: text('rule').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  doneBy: uuid('done_by').notNull(),
  doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
});
