import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../http/route';
import type { Permission } from '../access/policy';
import { addGrant, countPlatformAdmins } from '../access/grants';
import { AppError, conflict } from '../errors/appError';
import { authInfoResponse, changePasswordBody, loginBody, meResponse, setupBody } from './contract';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { loginWithPassword } from './login';
import { hashPassword, verifyPassword } from './passwords';
import { presentMe } from './presentMe';
import { sessions, users } from './schema';
import { createSession, destroyAllSessions, destroySession, resolveSession } from './sessions';

/** Auth routes need the full permission list to present the caller's permissions. */
export function authRoutes(allPermissions: () => Permission[]) {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/auth/info',
      access: 'public',
      summary: 'What the sign-in page needs: first-run set-up, OpenID Connect, demo mode',
      response: authInfoResponse,
      handler: async ({ db, config }) => ({
        needsSetup: (await countPlatformAdmins(db)) === 0,
        oidc: { enabled: !!config.oidc, label: config.oidc?.label ?? '' },
        demo: config.demoData,
      }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/login',
      access: 'public',
      summary: 'Sign in with email and password',
      body: loginBody,
      response: meResponse,
      successStatus: 200,
      handler: async ({ db, config, body, ip, request, reply }) => {
        const session = await loginWithPassword(db, config, { ...body, ip, userAgent: request.headers['user-agent'] ?? null });
        setSessionCookie(reply, config, session.token, session.expiresAt);
        const actor = await resolveSession(db, session.token);
        return presentMe(db, actor!, allPermissions());
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/logout',
      access: 'authenticated',
      allowedBeforePasswordChange: true,
      summary: 'Sign out of this browser',
      handler: async ({ db, actor, config, reply, command }) => {
        if (actor.sessionId) await destroySession(db, actor.sessionId);
        await command((_tx, audit) => audit({ action: 'auth.logout', entityType: 'user', entityId: actor.userId }));
        clearSessionCookie(reply, config);
        return undefined;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/logout-all',
      access: 'authenticated',
      allowedBeforePasswordChange: true,
      summary: 'Sign out everywhere: ends every session of the caller',
      response: z.object({ sessionsEnded: z.number().int() }),
      successStatus: 200,
      handler: async ({ actor, config, reply, command }) => {
        const ended = await command(async (tx, audit) => {
          const n = await destroyAllSessions(tx, actor.userId);
          await audit({ action: 'auth.logout_all', entityType: 'user', entityId: actor.userId, details: { sessions: n } });
          return n;
        });
        clearSessionCookie(reply, config);
        return { sessionsEnded: ended };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/auth/me',
      access: 'authenticated',
      allowedBeforePasswordChange: true,
      summary: 'The signed-in user, roles and permissions',
      response: meResponse,
      handler: async ({ db, actor }) => presentMe(db, actor, allPermissions()),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/password',
      access: 'authenticated',
      allowedBeforePasswordChange: true,
      summary: 'Change own password (ends the other sessions)',
      body: changePasswordBody,
      handler: async ({ db, actor, body, command }) => {
        const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
        if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
          throw new AppError(400, 'invalid_credentials', 'errors.invalid_credentials', {}, [{ field: 'currentPassword', message: '' }]);
        }
        const passwordHash = await hashPassword(body.newPassword);
        await command(async (tx, audit) => {
          await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, actor.userId));
          await tx.delete(sessions).where(and(eq(sessions.userId, actor.userId), ne(sessions.id, actor.sessionId ?? '00000000-0000-0000-0000-000000000000')));
          await audit({ action: 'auth.password_changed', entityType: 'user', entityId: actor.userId, personalData: false });
        });
        return undefined;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/auth/setup',
      access: 'public',
      summary: 'First run: create the first platform administrator (only while there is none)',
      body: setupBody,
      response: meResponse,
      handler: async ({ db, config, body, ip, request, reply, command }) => {
        const passwordHash = await hashPassword(body.password);
        const userId = await command(async (tx, audit) => {
          // Checked inside the transaction so two racing set-ups cannot both succeed.
          if ((await countPlatformAdmins(tx)) > 0) throw conflict('setup_done');
          const [user] = await tx.insert(users).values({ email: body.email.toLowerCase(), displayName: body.displayName, passwordHash }).returning();
          await addGrant(tx, { userId: user!.id, role: 'platform_admin', scopeKind: 'platform', scopeId: null, createdBy: null });
          await audit({ action: 'auth.setup', entityType: 'user', entityId: user!.id, details: { email: user!.email } });
          return user!.id;
        });
        const session = await createSession(db, { userId, method: 'password', ip, userAgent: request.headers['user-agent'] ?? null, ttlHours: config.sessionTtlHours });
        setSessionCookie(reply, config, session.token, session.expiresAt);
        return presentMe(db, (await resolveSession(db, session.token))!, allPermissions());
      },
    }),
  ];
}
