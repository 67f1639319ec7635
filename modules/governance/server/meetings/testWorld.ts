import { createSession, SESSION_COOKIE } from '../../../../platform/auth/sessions';
import type { Db } from '../../../../platform/db/database';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule, governanceTesting } from '../../module';
import { eq } from 'drizzle-orm';
import { roundtableMembers, roundtables } from '../schema';

/** Test fixtures of the meetings area: a server, a table with members, and people in and out of it. */

export type FieldError = { field: string; message: string };
type Res = { json: () => { error: { fields: FieldError[] } } };
export const fieldsOf = (res: Res) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));

export async function signIn(db: Db, userId: string): Promise<string> {
  const session = await createSession(db, { userId, method: 'password', ip: '127.0.0.1', userAgent: 'test', ttlHours: 1 });
  return `${SESSION_COOKIE}=${session.token}`;
}

export async function startMeetingsApp() {
  const t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  const districtId = (await demoDistrictId(t.db))!;
  const admin = (await t.userWith('platform_admin', 'platform')).cookie;
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, as: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.request({ method, url: `/api/governance${url}`, as, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}), headers });
  return { t, districtId, admin, req };
}

/**
 * A table coordinated by an organisation, with two member organisations (one with a named delegate), an
 * observer expert and a member whose mandate has ended; plus an org admin of the coordinator (manager),
 * an operator of a member organisation and an outsider from another organisation.
 */
export async function tableWorld(t: TestApp, quorumRule: 'none' | 'majority' | 'two_thirds' | 'fixed' = 'majority', quorumFixed: number | null = null) {
  const coordinator = await f.createTestOrganization(t.db, { name: 'Comune Capofila' });
  const orgA = await f.createTestOrganization(t.db, { name: 'Cooperativa Aurora' });
  const orgB = await f.createTestOrganization(t.db, { name: 'Associazione Borgo' });
  const orgGone = await f.createTestOrganization(t.db, { name: 'Ente Uscito' });
  const outsiderOrg = await f.createTestOrganization(t.db, { name: 'Ente Estraneo' });
  const table = await governanceTesting.createTestRoundtable(t.db, coordinator.id, { name: 'Tavolo inclusione' });
  await t.db.update(roundtables).set({ quorumRule, quorumFixed }).where(eq(roundtables.id, table.id));
  const delegate = await f.addTestMember(t.db, orgA.id, 'operator', { displayName: 'Giulia Verdi' });
  const substitute = await f.addTestMember(t.db, orgA.id, 'operator', { displayName: 'Paolo Neri' });
  const operatorB = await f.addTestMember(t.db, orgB.id, 'operator', { displayName: 'Marco Blu' });
  const manager = await f.addTestMember(t.db, coordinator.id, 'org_admin', { displayName: 'Anna Capo' });
  const outsider = await f.addTestMember(t.db, outsiderOrg.id, 'org_admin', { displayName: 'Luca Fuori' });
  const seat = async (v: Partial<typeof roundtableMembers.$inferInsert>) => (await t.db.insert(roundtableMembers).values({ roundtableId: table.id, mandateFrom: '2025-01-01', ...v }).returning())[0]!;
  const memberA = await seat({ organizationId: orgA.id, delegateUserId: delegate.userId, substituteUserId: substitute.userId, role: 'chair' });
  const memberB = await seat({ organizationId: orgB.id, role: 'member' });
  const expert = await seat({ expertName: 'Prof.ssa Rossi', role: 'observer' });
  const gone = await seat({ organizationId: orgGone.id, role: 'member', mandateFrom: '2020-01-01', mandateTo: '2024-12-31' });
  return {
    table,
    orgs: { coordinator, orgA, orgB, outsiderOrg },
    members: { memberA, memberB, expert, gone },
    cookies: {
      manager: await signIn(t.db, manager.userId),
      delegate: await signIn(t.db, delegate.userId),
      substitute: await signIn(t.db, substitute.userId),
      operatorB: await signIn(t.db, operatorB.userId),
      outsider: await signIn(t.db, outsider.userId),
    },
    users: { delegate, substitute, operatorB, manager, outsider },
  };
}

/** An instant `hours` from now, as ISO text. */
export const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
