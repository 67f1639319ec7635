import { bigserial, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only and hash-chained: each entry's hash covers its content and the previous hash. */
export const auditLog = pgTable(
  'platform_audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    personalData: boolean('personal_data').notNull().default(false),
    reason: text('reason'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('platform_audit_log_at_idx').on(t.at),
    index('platform_audit_log_actor_idx').on(t.actorId),
    index('platform_audit_log_entity_idx').on(t.entityType, t.entityId),
  ],
);
