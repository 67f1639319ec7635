import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db/database';
import { openTestDatabase } from '../testing/testDatabase';
import { entryHash, recordAudit, verifyAuditChain, type AuditEntry } from './audit';
import { auditLog } from './schema';

const opened: Database[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

async function freshDatabase(): Promise<Db> {
  const database = await openTestDatabase();
  opened.push(database);
  return database.db;
}

/** Appends one entry in its own transaction, as a command does. */
const append = (db: Db, entry: Partial<AuditEntry> = {}) =>
  db.transaction(async (tx) => recordAudit(tx as unknown as Db, { actorId: null, action: 'test.action', ...entry }));

async function chainOf(n: number): Promise<Db> {
  const db = await freshDatabase();
  for (let i = 1; i <= n; i++) await append(db, { action: `test.step${i}`, entityType: 'thing', entityId: String(i), details: { step: i } });
  return db;
}

/** The database's own refusal, as raised by the trigger (Drizzle wraps it as the cause of its query error). */
async function expectRefused(query: PromiseLike<unknown>): Promise<void> {
  const error = await Promise.resolve(query).then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, 'the database accepted the change').not.toBeNull();
  expect(`${error!.message} ${error!.cause?.message ?? ''}`).toMatch(/platform_audit_log is append-only/);
}

const disableAppendOnly = (db: Db) => db.execute(sql`alter table platform_audit_log disable trigger platform_audit_log_append_only`);

describe('the audit hash chain', () => {
  it('verifies an intact chain of entries, each linked to the one before', async () => {
    const db = await chainOf(5);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 5 });
    const rows = await db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    // Walking in small batches gives the same answer.
    expect(await verifyAuditChain(db, 2)).toEqual({ ok: true, entries: 5 });
  });

  it('verifies an empty log', async () => {
    const db = await freshDatabase();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it('still verifies with nested details whose keys jsonb reorders', async () => {
    const db = await freshDatabase();
    const details = {
      zeta: 1,
      alpha: { longerKey: [3, { y: 'ü', x: null, b: true }], a: 'é' },
      m: [],
      '10': 'ten',
      '9': 'nine',
      nested: { deep: { deeper: { deepest: [1.5, -2, 'text with "quotes" and \\ backslash'] } } },
    };
    await append(db, { details, personalData: true, reason: 'verifica', ip: '10.0.0.1', actorLabel: 'tester@example.org', actorId: '00000000-0000-4000-8000-000000000001' });
    await append(db, { details: { b: 2, a: 1 } });
    await append(db, { details: null });
    const [stored] = await db.select().from(auditLog).where(eq(auditLog.seq, 1));
    // The database did reorder the keys: the hash must not depend on it.
    expect(Object.keys(stored!.details!)).not.toEqual(Object.keys(details));
    expect(stored!.details).toEqual(details);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
  });

  it('keeps a valid chain under 20 concurrent transactions', async () => {
    const db = await freshDatabase();
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(db, { action: `test.parallel`, details: { i } })));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 20 });
    const rows = await db.select({ seq: auditLog.seq, details: auditLog.details }).from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows.map((r) => (r.details as { i: number }).i).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('an entry rolled back with its transaction leaves no gap', async () => {
    const db = await chainOf(2);
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx as unknown as Db, { actorId: null, action: 'test.rolled_back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await append(db, { action: 'test.after' });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    const actions = (await db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
    expect(actions).not.toContain('test.rolled_back');
  });
});

describe('the database keeps the log append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const db = await chainOf(3);
    await expectRefused(db.execute(sql`update platform_audit_log set action = 'forged' where seq = 2`));
    await expectRefused(db.execute(sql`delete from platform_audit_log where seq = 2`));
    await expectRefused(db.execute(sql`truncate platform_audit_log`));
    await expectRefused(db.update(auditLog).set({ details: { step: 99 } }).where(eq(auditLog.seq, 1)));
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, 2));
    expect(row!.action).toBe('test.step2');
  });
});

describe('tampering by someone who disables the trigger', () => {
  it("detects an altered row's details", async () => {
    const db = await chainOf(5);
    await disableAppendOnly(db);
    await db.update(auditLog).set({ details: { step: 3, amount: 'changed' } }).where(eq(auditLog.seq, 3));
    expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 2, brokenAt: 3, problem: 'content altered' });
  });

  it('detects an altered actor, time or personal-data flag', async () => {
    for (const change of [{ actorLabel: 'someone.else@example.org' }, { at: new Date('2020-01-01T00:00:00Z') }, { personalData: true }]) {
      const db = await chainOf(3);
      await disableAppendOnly(db);
      await db.update(auditLog).set(change).where(eq(auditLog.seq, 2));
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, problem: 'content altered' });
    }
  });

  it('detects a deleted middle row', async () => {
    const db = await chainOf(5);
    await disableAppendOnly(db);
    await db.delete(auditLog).where(eq(auditLog.seq, 3));
    expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 2, brokenAt: 3, problem: 'missing entry' });
  });

  it('detects a deleted first row', async () => {
    const db = await chainOf(3);
    await disableAppendOnly(db);
    await db.delete(auditLog).where(eq(auditLog.seq, 1));
    expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 0, brokenAt: 1, problem: 'missing entry' });
  });

  it('detects a row re-hashed alone: the next row no longer links to it', async () => {
    const db = await chainOf(5);
    await disableAppendOnly(db);
    const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, 3));
    const forged = { ...row!, details: { step: 3, forged: true } };
    await db.update(auditLog).set({ details: forged.details, hash: entryHash(row!.prevHash, forged) }).where(eq(auditLog.seq, 3));
    expect(await verifyAuditChain(db)).toEqual({ ok: false, entries: 3, brokenAt: 4, problem: 'previous hash does not match' });
  });

  it('detects rows renumbered to hide a deletion', async () => {
    const db = await chainOf(4);
    await disableAppendOnly(db);
    await db.delete(auditLog).where(eq(auditLog.seq, 2));
    await db.execute(sql`update platform_audit_log set seq = seq - 1 where seq > 2`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenAt: 2, problem: 'previous hash does not match' });
  });
});
