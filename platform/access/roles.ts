export const roles = [
  'platform_admin',
  'district_coordinator',
  'org_admin',
  'operator',
  'analyst',
  'inspector',
  'trainer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export const scopeKinds = ['platform', 'district', 'organization'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/** A role held in a scope: the whole platform, one district or one organisation. */
export type Grant = { role: Role; scopeKind: ScopeKind; scopeId: string | null };

/** Where a record lives, as far as access is concerned. */
export type ResourceScope = { organizationId?: string | null; districtIds?: readonly string[] };

export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  grants: readonly Grant[];
  sessionId: string | null;
  /** A temporary password is in use: only the routes needed to change it are open. */
  mustChangePassword: boolean;
};
