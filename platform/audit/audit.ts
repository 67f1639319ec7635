import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { canonicalJson } from './canonical';
import { auditLog } from './schema';

export const GENESIS_HASH = '0'.repeat(64);
// One lock id for the whole log: entries are chained, so appends are serialised across instances.
const AUDIT_LOCK_ID = 7_301_991;

export type AuditEntry = {
  actorId: string | null;
  actorLabel?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  personalData?: boolean;
  reason?: string | null;
  ip?: string | null;
  details?: Record<string, unknown> | null;
};

type HashedFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  personalData: boolean;
  reason: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
};

export function entryHash(prevHash: string, e: HashedFields): string {
  const body = canonicalJson({
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId ?? null,
    actorLabel: e.actorLabel ?? null,
    action: e.action,
    entityType: e.entityType ?? null,
    entityId: e.entityId ?? null,
    personalData: e.personalData ?? false,
    reason: e.reason ?? null,
    ip: e.ip ?? null,
    details: e.details ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, so the entry exists exactly when the change does.
 * Must be called with a transaction: the advisory lock is released at commit.
 */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_ID})`);
  const last = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(sql`${auditLog.seq} desc`).limit(1);
  const prevHash = last[0]?.hash ?? GENESIS_HASH;
  const seq = (last[0]?.seq ?? 0) + 1;
  const at = new Date();
  const fields: HashedFields = {
    seq,
    at,
    actorId: entry.actorId,
    actorLabel: entry.actorLabel ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    personalData: entry.personalData ?? false,
    reason: entry.reason ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  };
  await tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
}

export type VerifyResult = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; problem: string };

/** Walks the chain in order; a deleted, inserted or altered entry breaks it. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.seq, expectedSeq - 1)).orderBy(asc(auditLog.seq)).limit(batchSize);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, entries: count, brokenAt: expectedSeq, problem: 'missing entry' };
      if (row.prevHash !== prevHash) return { ok: false, entries: count, brokenAt: row.seq, problem: 'previous hash does not match' };
      if (entryHash(prevHash, row) !== row.hash) return { ok: false, entries: count, brokenAt: row.seq, problem: 'content altered' };
      prevHash = row.hash;
      expectedSeq++;
      count++;
    }
  }
}
