import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Actor, Grant } from '../access/roles';
import { sessions, users } from './schema';

export const SESSION_COOKIE = 'crocevia_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Db,
  input: { userId: string; method: 'password' | 'oidc'; ip: string | null; userAgent: string | null; ttlHours: number },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  const [row] = await db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId: input.userId, method: input.method, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null, expiresAt })
    .returning({ id: sessions.id });
  return { token, id: row!.id, expiresAt };
}

/** Resolves a cookie token to the acting user, or null when missing, expired or the user is disabled. */
export async function resolveSession(db: Db, token: string): Promise<Actor | null> {
  const now = new Date();
  const rows = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      user: users,
      // Grants come in the same round trip: this runs on every request.
      grants: sql<Grant[]>`coalesce((select json_agg(json_build_object('role', g.role, 'scopeKind', g.scope_kind, 'scopeId', g.scope_id)) from platform_role_grants g where g.user_id = platform_users.id), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  const row = rows[0];
  if (!row || row.user.status !== 'active') return null;
  // Touch at most once a minute: a write per request would serialise readers for nothing.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
  }
  return {
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    grants: row.grants,
    sessionId: row.sessionId,
    mustChangePassword: row.user.mustChangePassword,
  };
}

export async function destroySession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function destroyAllSessions(db: Db, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}
