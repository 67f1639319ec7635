import { date, index, integer, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { memberRoles, quorumRules, roundtableKinds } from '../contract';

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
