import { addGrant } from '../../../platform/access/grants';
import { createUserAccount } from '../../../platform/auth/users';
import type { Db } from '../../../platform/db/database';
import { helpDesks, organizations, services, staff, type organizationKinds, type sectors } from './schema';

/** Test factories: records written straight to the module's tables, for other modules' tests and this module's own. */

let counter = 0;
const next = () => ++counter;

export type TestOrganization = typeof organizations.$inferSelect;

export async function createTestOrganization(
  db: Db,
  overrides: Partial<{
    name: string;
    kind: (typeof organizationKinds)[number];
    sector: (typeof sectors)[number];
    districtId: string | null;
    shortName: string | null;
    taxId: string | null;
    email: string | null;
    archived: boolean;
  }> = {},
): Promise<TestOrganization> {
  const { archived, ...values } = overrides;
  const [row] = await db
    .insert(organizations)
    .values({
      name: `Test organisation ${next()}`,
      kind: 'third_sector',
      sector: 'third_sector',
      districtId: null,
      ...values,
      archivedAt: archived ? new Date() : null,
    })
    .returning();
  return row!;
}

export async function createTestService(db: Db, organizationId: string, name = `Test service ${next()}`): Promise<{ id: string; organizationId: string; name: string }> {
  const [row] = await db.insert(services).values({ organizationId, name }).returning({ id: services.id, organizationId: services.organizationId, name: services.name });
  return row!;
}

export async function createTestHelpDesk(db: Db, organizationId: string, serviceId: string | null = null, name = `Test help desk ${next()}`): Promise<{ id: string }> {
  const [row] = await db.insert(helpDesks).values({ organizationId, serviceId, name }).returning({ id: helpDesks.id });
  return row!;
}

/** A person working at the organisation with a role there (an account without a password, a staff row and an organisation-scoped grant). */
export async function addTestMember(
  db: Db,
  organizationId: string,
  role: 'org_admin' | 'operator' | 'analyst' | 'inspector' | 'trainer' | 'viewer' = 'operator',
  person: { email?: string; displayName?: string; jobTitle?: string | null } = {},
): Promise<{ userId: string; staffId: string; grantId: string; email: string }> {
  const n = next();
  const email = person.email ?? `member${n}-${role}@test.crocevia.it`;
  const user = await createUserAccount(db, { email, displayName: person.displayName ?? `Member ${n}`, passwordHash: null, mustChangePassword: false });
  const [row] = await db
    .insert(staff)
    .values({ organizationId, userId: user.id, jobTitle: person.jobTitle ?? null, validFrom: '2024-01-01' })
    .returning({ id: staff.id });
  const grant = await addGrant(db, { userId: user.id, role, scopeKind: 'organization', scopeId: organizationId, createdBy: null });
  return { userId: user.id, staffId: row!.id, grantId: grant.id, email: user.email };
}
