import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationKinds, sectors } from '../contract';

// The contract's lists are the one source: the same values validate requests and type columns.
export { organizationKinds, sectors };

/** districtId and municipalityId refer to the territory module by id only: modules never join each other's tables. */
export const organizations = pgTable(
  'organizations_organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    sector: text('sector', { enum: sectors }).notNull(),
    taxId: text('tax_id'),
    ipaCode: text('ipa_code'),
    districtId: uuid('district_id'),
    municipalityId: uuid('municipality_id'),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    description: text('description'),
    isDemo: boolean('is_demo').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_district_idx').on(t.districtId), index('organizations_kind_idx').on(t.kind)],
);

export const services = pgTable(
  'organizations_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    email: text('email'),
    phone: text('phone'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_services_org_idx').on(t.organizationId)],
);

export const helpDesks = pgTable(
  'organizations_help_desks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    address: text('address'),
    municipalityId: uuid('municipality_id'),
    openingHours: text('opening_hours'),
    phone: text('phone'),
    email: text('email'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_help_desks_org_idx').on(t.organizationId)],
);

/** A person working at an organisation; the role itself is a platform grant scoped to the organisation. */
export const staff = pgTable(
  'organizations_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    jobTitle: text('job_title'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_staff_org_idx').on(t.organizationId), index('organizations_staff_user_idx').on(t.userId)],
);
