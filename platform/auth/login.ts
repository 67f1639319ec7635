import { and, eq, gt, sql } from 'drizzle-orm';
import type { Config } from '../config/config';
import type { Db } from '../db/database';
import { recordAudit } from '../audit/audit';
import { AppError, tooMany } from '../errors/appError';
import { burnVerification, verifyPassword } from './passwords';
import { loginAttempts, users } from './schema';
import { createSession } from './sessions';

const RATE_WINDOW_MS = 15 * 60_000;

type LoginInput = { email: string; password: string; ip: string; userAgent: string | null };

/**
 * Password sign-in. Failures are committed (attempt, counter, audit) before the error is raised,
 * so a failed attempt is never rolled back with the request.
 */
export async function loginWithPassword(db: Db, config: Config, input: LoginInput): Promise<{ token: string; userId: string; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - RATE_WINDOW_MS);
  const [recent] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, input.ip), gt(loginAttempts.at, since)));
  if ((recent?.n ?? 0) >= config.login.rateLimitPerIp) throw tooMany('too_many_attempts');

  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const now = new Date();
  if (user?.lockedUntil && user.lockedUntil > now) {
    await failed(db, input, user.id, 'locked');
    throw new AppError(423, 'account_locked', 'errors.account_locked', { minutes: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000) });
  }
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await burnVerification(input.password), false);
  if (!user || !ok) {
    let lockedNow = false;
    if (user) {
      const failures = user.failedLogins + 1;
      lockedNow = failures >= config.login.maxFailures;
      await db
        .update(users)
        .set({ failedLogins: lockedNow ? 0 : failures, lockedUntil: lockedNow ? new Date(now.getTime() + config.login.lockMinutes * 60_000) : user.lockedUntil })
        .where(eq(users.id, user.id));
    }
    await failed(db, input, user?.id ?? null, lockedNow ? 'locked_now' : 'bad_credentials');
    if (lockedNow) throw new AppError(423, 'account_locked', 'errors.account_locked', { minutes: config.login.lockMinutes });
    throw new AppError(401, 'invalid_credentials', 'errors.invalid_credentials');
  }
  if (user.status !== 'active') {
    await failed(db, input, user.id, 'disabled');
    throw new AppError(403, 'account_disabled', 'errors.account_disabled');
  }
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    const session = await createSession(tx, { userId: user.id, method: 'password', ip: input.ip, userAgent: input.userAgent, ttlHours: config.sessionTtlHours });
    await recordAudit(tx, { actorId: user.id, actorLabel: user.email, action: 'auth.login', entityType: 'user', entityId: user.id, ip: input.ip, details: { method: 'password' } });
    return { token: session.token, userId: user.id, expiresAt: session.expiresAt };
  });
}

async function failed(db: Db, input: LoginInput, userId: string | null, outcome: string): Promise<void> {
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await tx.insert(loginAttempts).values({ ip: input.ip, email: input.email.slice(0, 320) });
    await recordAudit(tx, {
      actorId: userId,
      actorLabel: input.email.slice(0, 320),
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: userId,
      ip: input.ip,
      details: { outcome },
    });
  });
}
