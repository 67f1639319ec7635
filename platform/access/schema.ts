import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema';

/** A role held by a user in a scope. scopeId names a district or an organisation (no FK: platform knows no module). */
export const roleGrants = pgTable(
  'platform_role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    scopeKind: text('scope_kind', { enum: ['platform', 'district', 'organization'] }).notNull(),
    scopeId: uuid('scope_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('platform_role_grants_user_idx').on(t.userId), index('platform_role_grants_scope_idx').on(t.scopeKind, t.scopeId)],
);
