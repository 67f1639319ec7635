import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../http/route';
import { can, visibility, type Permission } from '../access/policy';
import type { Actor } from '../access/roles';
import { addGrant, findGrant, grantsOfUsers, removeGrant } from '../access/grants';
import { roleGrants } from '../access/schema';
import { nameScopes } from '../access/scopeNames';
import type { Db } from '../db/database';
import { containsPattern } from '../db/like';
import { conflict, notFound } from '../errors/appError';
import { pageOf } from '../db/paging';
import { accountPermissions as P } from './access';
import { createUserBody, idParams, platformGrantBody, temporaryPasswordResponse, updateUserBody, userSchema, usersQuery } from './contract';
import { hashPassword, temporaryPassword } from './passwords';
import { users } from './schema';
import { destroyAllSessions } from './sessions';

type UserRow = typeof users.$inferSelect;

/** Users an actor may see: all for platform scope, otherwise those holding a role in the actor's scopes. */
function visibleUsersFilter(actor: Actor, permission: Permission): SQL | undefined {
  const v = visibility(actor, permission);
  if (v.all) return undefined;
  const scopeIds = [...v.districtIds, ...v.organizationIds];
  if (scopeIds.length === 0) return sql`false`;
  return sql`exists (select 1 from ${roleGrants} g where g.user_id = ${users.id} and g.scope_id in (${sql.join(
    scopeIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}))`;
}

async function present(db: Db, actor: Actor, rows: UserRow[]): Promise<z.input<typeof userSchema>[]> {
  const grants = await grantsOfUsers(db, rows.map((r) => r.id));
  const name = await nameScopes(db, grants);
  const platformManager = can(actor, P['users.manage'], {});
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    taxCode: u.taxCode,
    status: u.status,
    locale: u.locale,
    locked: !!u.lockedUntil && u.lockedUntil > new Date(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    grants: grants
      .filter((g) => g.userId === u.id)
      .map((g) => ({ id: g.id, role: g.role as never, scopeKind: g.scopeKind, scopeId: g.scopeId, scopeName: name(g) })),
    abilities: { update: platformManager, resetPassword: platformManager },
  }));
}

async function loadVisibleUser(db: Db, actor: Actor, id: string): Promise<UserRow> {
  const filter = visibleUsersFilter(actor, P['users.read']);
  const [row] = await db.select().from(users).where(filter ? and(eq(users.id, id), filter) : eq(users.id, id));
  if (!row) throw notFound();
  return row;
}

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/users',
    access: P['users.read'],
    summary: 'List user accounts visible to the caller',
    query: usersQuery,
    response: pageOf(userSchema),
    handler: async ({ db, actor, query, auditRead }) => {
      const conditions: SQL[] = [];
      const scope = visibleUsersFilter(actor, P['users.read']);
      if (scope) conditions.push(scope);
      if (query.q) conditions.push(or(ilike(users.email, containsPattern(query.q)), ilike(users.displayName, containsPattern(query.q)))!);
      if (query.status) conditions.push(eq(users.status, query.status));
      const where = conditions.length ? and(...conditions) : undefined;
      const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(where);
      const rows = await db
        .select()
        .from(users)
        .where(where)
        .orderBy(asc(users.displayName))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      await auditRead({ action: 'users.list', entityType: 'user', details: { count: rows.length, q: query.q ?? null } });
      return { items: await present(db, actor, rows), page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users/:id',
    access: P['users.read'],
    summary: 'One user account with its roles',
    params: idParams,
    response: userSchema,
    handler: async ({ db, actor, params, auditRead }) => {
      const row = await loadVisibleUser(db, actor, params.id);
      await auditRead({ action: 'users.read', entityType: 'user', entityId: row.id });
      return (await present(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users',
    access: P['users.manage'],
    summary: 'Create a user account; returns a temporary password to hand over',
    body: createUserBody,
    response: userSchema.extend({ temporaryPassword: z.string() }),
    handler: async ({ db, actor, body, command }) => {
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const row = await command(async (tx, audit) => {
        const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${body.email.toLowerCase()}`);
        if (existing) throw conflict('email_taken');
        const [created] = await tx
          .insert(users)
          .values({ email: body.email.toLowerCase(), displayName: body.displayName, taxCode: body.taxCode ?? null, locale: body.locale, passwordHash, mustChangePassword: true })
          .returning();
        await audit({ action: 'users.create', entityType: 'user', entityId: created!.id, personalData: true, details: { email: created!.email } });
        return created!;
      });
      return { ...(await present(db, actor, [row]))[0]!, temporaryPassword: password };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:id',
    access: P['users.manage'],
    summary: 'Change name, tax code, language or status (disabling ends every session)',
    params: idParams,
    body: updateUserBody,
    response: userSchema,
    handler: async ({ db, actor, params, body, command }) => {
      await loadVisibleUser(db, actor, params.id);
      const row = await command(async (tx, audit) => {
        const [updated] = await tx.update(users).set({ ...body, updatedAt: new Date() }).where(eq(users.id, params.id)).returning();
        if (body.status === 'disabled') await destroyAllSessions(tx, params.id);
        await audit({ action: 'users.update', entityType: 'user', entityId: params.id, personalData: true, details: { fields: Object.keys(body) } });
        return updated!;
      });
      return (await present(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/reset-password',
    access: P['users.manage'],
    summary: 'Administrator-driven password reset: a temporary password, to change at next sign-in; ends every session',
    params: idParams,
    response: temporaryPasswordResponse,
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      await loadVisibleUser(db, actor, params.id);
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await command(async (tx, audit) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() }).where(eq(users.id, params.id));
        await destroyAllSessions(tx, params.id);
        await audit({ action: 'users.reset_password', entityType: 'user', entityId: params.id });
      });
      return { temporaryPassword: password };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/unlock',
    access: P['users.manage'],
    summary: 'Lift a lockout after failed sign-ins',
    params: idParams,
    handler: async ({ db, actor, params, command }) => {
      await loadVisibleUser(db, actor, params.id);
      await command(async (tx, audit) => {
        await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, params.id));
        await audit({ action: 'users.unlock', entityType: 'user', entityId: params.id });
      });
      return undefined;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/logout-all',
    access: P['users.manage'],
    summary: "End every session of a user (for a lost device or a leaver)",
    params: idParams,
    response: z.object({ sessionsEnded: z.number().int() }),
    successStatus: 200,
    handler: async ({ db, actor, params, command }) => {
      await loadVisibleUser(db, actor, params.id);
      const n = await command(async (tx, audit) => {
        const ended = await destroyAllSessions(tx, params.id);
        await audit({ action: 'users.logout_all', entityType: 'user', entityId: params.id, details: { sessions: ended } });
        return ended;
      });
      return { sessionsEnded: n };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:id/platform-roles',
    access: P['users.manage'],
    summary: 'Grant a role over the whole platform',
    params: idParams,
    body: platformGrantBody,
    response: userSchema,
    handler: async ({ db, actor, params, body, command }) => {
      const row = await loadVisibleUser(db, actor, params.id);
      await command(async (tx, audit) => {
        const grant = await addGrant(tx, { userId: params.id, role: body.role, scopeKind: 'platform', scopeId: null, createdBy: actor.userId });
        await audit({ action: 'grants.create', entityType: 'grant', entityId: grant.id, details: { userId: params.id, role: body.role, scopeKind: 'platform' } });
      });
      return (await present(db, actor, [row]))[0]!;
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/platform-roles/:id',
    access: P['users.manage'],
    summary: 'Revoke a platform-wide role',
    params: idParams,
    handler: async ({ db, params, command }) => {
      const grant = await findGrant(db, params.id);
      if (!grant || grant.scopeKind !== 'platform') throw notFound();
      await command(async (tx, audit) => {
        await removeGrant(tx, params.id);
        await audit({ action: 'grants.delete', entityType: 'grant', entityId: params.id, details: { userId: grant.userId, role: grant.role, scopeKind: 'platform' } });
      });
      return undefined;
    },
  }),
];
