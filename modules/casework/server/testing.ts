import { eq } from 'drizzle-orm';
import { organizationsModule, organizationsTesting } from '../../organizations/module';
import { territoryModule } from '../../territory/module';
import { linkageModule } from '../../linkage/module';
import type { Db } from '../../../platform/db/database';
import { grantsInScope } from '../../../platform/access/grants';
import type { Actor, Role } from '../../../platform/access/roles';
import { accessToCases } from './queries/caseFacts';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { caseworkModule } from '../module';
import { sections as allSections } from '../contract';
import { caseWorkers, cases, consents, participants, persons } from './schema';
import { writePersonKeys } from './commands/writePersonKeys';

/** Test factories and a small network of services, for this module's tests and other modules'. */

let counter = 0;
const next = () => ++counter;

/** A server with the modules casework needs and no demo data. */
export function startCaseworkApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startModuleTestApp([territoryModule, organizationsModule, linkageModule, caseworkModule], { DEMO_DATA: 'false', ...env });
}

export type TestUser = { userId: string; cookie: string; email: string };
export type TestService = { organizationId: string; serviceId: string; operator: TestUser; operator2: TestUser; admin: TestUser };
export type TestNetwork = {
  districtId: string;
  otherDistrictId: string;
  /** The lead service, a partner service, and a service of the same district with no part in anything. */
  lead: TestService;
  partner: TestService;
  other: TestService;
  coordinator: TestUser;
  analyst: TestUser;
  platformAdmin: TestUser;
};

export async function createTestNetwork(t: TestApp): Promise<TestNetwork> {
  const platformAdmin = await t.userWith('platform_admin', 'platform');
  const district = async (code: string) =>
    (await t.request({ method: 'POST', url: '/api/territory/districts', as: platformAdmin.cookie, payload: { code, name: `Ambito ${code}`, kind: 'ambito' } })).json().id as string;
  const n = next();
  const districtId = await district(`CW-${n}`);
  const otherDistrictId = await district(`CW-${n}-ALTRO`);
  const service = async (name: string): Promise<TestService> => {
    const org = await organizationsTesting.createTestOrganization(t.db, { name, districtId });
    const svc = await organizationsTesting.createTestService(t.db, org.id, `Servizio ${name}`);
    return {
      organizationId: org.id,
      serviceId: svc.id,
      operator: await t.userWith('operator', 'organization', org.id),
      operator2: await t.userWith('operator', 'organization', org.id),
      admin: await t.userWith('org_admin', 'organization', org.id),
    };
  };
  return {
    districtId,
    otherDistrictId,
    lead: await service(`Servizio sociale ${n}`),
    partner: await service(`Centro antiviolenza ${n}`),
    other: await service(`Cooperativa ${n}`),
    coordinator: await t.userWith('district_coordinator', 'district', districtId),
    analyst: await t.userWith('analyst', 'district', districtId),
    platformAdmin,
  };
}

export type TestPersonInput = Partial<typeof persons.$inferInsert> & { districtId: string; registeredByOrganizationId: string };

/** A person written straight to the table, with the search name and blocking keys the module itself writes. */
export async function createTestPerson(db: Db, input: TestPersonInput): Promise<typeof persons.$inferSelect> {
  const n = next();
  const [row] = await db
    .insert(persons)
    .values({ givenName: `Nome${n}`, familyName: `Cognome${n}`, ...input })
    .returning();
  await writePersonKeys(db, row!);
  const [written] = await db.select().from(persons).where(eq(persons.id, row!.id));
  return written!;
}

/** A case led by a service, with its lead participation and its owner named as a worker. */
export async function createTestCase(
  db: Db,
  input: { districtId: string; personId?: string; householdId?: string; lead: { organizationId: string; serviceId: string }; ownerId: string; protection?: 'ordinary' | 'restricted'; status?: (typeof cases.$inferInsert)['status'] },
): Promise<typeof cases.$inferSelect> {
  const [row] = await db
    .insert(cases)
    .values({
      districtId: input.districtId,
      reference: `T-${next()}`,
      personId: input.personId ?? null,
      householdId: input.householdId ?? null,
      leadServiceId: input.lead.serviceId,
      leadOrganizationId: input.lead.organizationId,
      ownerId: input.ownerId,
      protection: input.protection ?? 'ordinary',
      status: input.status ?? 'intake',
      openedOn: '2026-01-15',
    })
    .returning();
  await db.insert(participants).values({ caseId: row!.id, serviceId: input.lead.serviceId, organizationId: input.lead.organizationId, role: 'lead', sections: [...allSections] });
  await db.insert(caseWorkers).values({ caseId: row!.id, userId: input.ownerId, organizationId: input.lead.organizationId, addedBy: input.ownerId });
  return row!;
}

export async function addTestParticipant(
  db: Db,
  caseId: string,
  input: { organizationId: string; serviceId: string; sections: (typeof allSections)[number][]; until?: string | null; consentId?: string | null },
): Promise<void> {
  await db.insert(participants).values({ caseId, role: 'participant', ...input, until: input.until ?? null, consentId: input.consentId ?? null });
}

export async function createTestConsent(db: Db, input: { personId: string; recordedBy: string; grantedToOrganizationId?: string | null; validUntil?: string | null }): Promise<typeof consents.$inferSelect> {
  const [row] = await db
    .insert(consents)
    .values({ purpose: 'Presa in carico congiunta', sections: [...allSections], givenOn: '2026-01-15', grantedToOrganizationId: null, validUntil: null, ...input })
    .returning();
  return row!;
}

/** What a test user's case access is, by the access rule itself: to check access without another part's route. */
export async function testCaseAccess(t: TestApp, network: TestNetwork, u: TestUser, caseId: string) {
  for (const s of [network.lead, network.partner, network.other]) {
    const g = (await grantsInScope(t.db, 'organization', s.organizationId)).find((x) => x.userId === u.userId);
    if (!g) continue;
    const actor: Actor = { userId: u.userId, email: u.email, displayName: '', sessionId: null, mustChangePassword: false, grants: [{ role: g.role as Role, scopeKind: 'organization', scopeId: s.organizationId }] };
    return (await accessToCases(t.db, actor, [caseId])).get(caseId) ?? null;
  }
  throw new Error('not a service worker');
}
