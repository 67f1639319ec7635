import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { conflict } from '../errors/appError';
import { roleGrants } from './schema';
import type { Role, ScopeKind } from './roles';

export type GrantRow = typeof roleGrants.$inferSelect;

export async function addGrant(tx: Db, input: { userId: string; role: Role; scopeKind: ScopeKind; scopeId: string | null; createdBy: string | null }): Promise<GrantRow> {
  const existing = await tx
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, input.userId),
        eq(roleGrants.role, input.role),
        eq(roleGrants.scopeKind, input.scopeKind),
        input.scopeId ? eq(roleGrants.scopeId, input.scopeId) : sql`${roleGrants.scopeId} is null`,
      ),
    );
  if (existing[0]) return existing[0];
  const [row] = await tx.insert(roleGrants).values(input).returning();
  return row!;
}

export async function findGrant(db: Db, id: string): Promise<GrantRow | undefined> {
  const [row] = await db.select().from(roleGrants).where(eq(roleGrants.id, id));
  return row;
}

export async function removeGrant(tx: Db, id: string): Promise<void> {
  const grant = await findGrant(tx, id);
  if (grant?.role === 'platform_admin' && grant.scopeKind === 'platform') {
    const admins = await tx.select({ n: sql<number>`count(*)::int` }).from(roleGrants).where(and(eq(roleGrants.role, 'platform_admin'), eq(roleGrants.scopeKind, 'platform')));
    if ((admins[0]?.n ?? 0) <= 1) throw conflict('last_admin');
  }
  await tx.delete(roleGrants).where(eq(roleGrants.id, id));
}

export async function grantsOfUsers(db: Db, userIds: string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db.select().from(roleGrants).where(inArray(roleGrants.userId, userIds));
}

export async function grantsInScope(db: Db, scopeKind: ScopeKind, scopeId: string): Promise<GrantRow[]> {
  return db.select().from(roleGrants).where(and(eq(roleGrants.scopeKind, scopeKind), eq(roleGrants.scopeId, scopeId)));
}

export async function countPlatformAdmins(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(roleGrants).where(and(eq(roleGrants.role, 'platform_admin'), eq(roleGrants.scopeKind, 'platform')));
  return rows[0]?.n ?? 0;
}
