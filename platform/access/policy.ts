import type { Actor, Grant, ResourceScope, Role } from './roles';

/**
 * A permission names the roles that hold it. Rules are pure functions of the actor's grants
 * and the record's scope, so they are tested as a matrix without a database.
 */
export type Permission = { name: string; roles: readonly Role[]; description: string };

export const PUBLIC = 'public' as const;
export const AUTHENTICATED = 'authenticated' as const;

export function definePermissions<const T extends Record<string, { roles: readonly Role[]; description: string }>>(
  defs: T,
): { [K in keyof T]: Permission } {
  const out = {} as { [K in keyof T]: Permission };
  for (const key of Object.keys(defs) as (keyof T)[]) out[key] = { name: key as string, ...defs[key] };
  return out;
}

function grantsFor(actor: Actor, permission: Permission): Grant[] {
  return actor.grants.filter((g) => permission.roles.includes(g.role));
}

/** First level: does the actor hold the permission anywhere? */
export function holds(actor: Actor, permission: Permission): boolean {
  return grantsFor(actor, permission).length > 0;
}

/** Does one grant cover a record in the given scope? */
export function grantCovers(grant: Grant, scope: ResourceScope): boolean {
  if (grant.scopeKind === 'platform') return true;
  if (grant.scopeKind === 'district') return !!grant.scopeId && (scope.districtIds ?? []).includes(grant.scopeId);
  return !!grant.scopeId && scope.organizationId === grant.scopeId;
}

/** Second level: does the actor hold the permission over this record? */
export function can(actor: Actor, permission: Permission, scope: ResourceScope): boolean {
  return grantsFor(actor, permission).some((g) => grantCovers(g, scope));
}

/** What a list may return: everything, or records in these districts or organisations. */
export type Visibility = { all: true } | { all: false; districtIds: string[]; organizationIds: string[] };

export function visibility(actor: Actor, permission: Permission): Visibility {
  const grants = grantsFor(actor, permission);
  if (grants.some((g) => g.scopeKind === 'platform')) return { all: true };
  return {
    all: false,
    districtIds: grants.filter((g) => g.scopeKind === 'district').map((g) => g.scopeId!),
    organizationIds: grants.filter((g) => g.scopeKind === 'organization').map((g) => g.scopeId!),
  };
}

/** Abilities presented with each record, so the web never re-implements the rules. */
export function abilities<K extends string>(actor: Actor, scope: ResourceScope, perms: Record<K, Permission>): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const key of Object.keys(perms) as K[]) out[key] = can(actor, perms[key], scope);
  return out;
}
