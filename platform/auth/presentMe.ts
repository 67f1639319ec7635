import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database';
import type { Actor } from '../access/roles';
import { holds, type Permission } from '../access/policy';
import { grantsOfUsers } from '../access/grants';
import { nameScopes } from '../access/scopeNames';
import { unauthorized } from '../errors/appError';
import { users } from './schema';
import type { meResponse } from './contract';

export async function presentMe(db: Db, actor: Actor, allPermissions: Permission[]): Promise<z.input<typeof meResponse>> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw unauthorized();
  const grants = await grantsOfUsers(db, [user.id]);
  const name = await nameScopes(db, grants);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, mustChangePassword: user.mustChangePassword },
    grants: grants.map((g) => ({ id: g.id, role: g.role as never, scopeKind: g.scopeKind, scopeId: g.scopeId, scopeName: name(g) })),
    permissions: allPermissions.filter((p) => holds(actor, p)).map((p) => p.name),
  };
}
