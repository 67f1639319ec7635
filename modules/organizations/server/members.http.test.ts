import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../module';

type Member = { id: string; userId: string; displayName: string; email: string; jobTitle: string | null; roles: { grantId: string; role: string }[] };

let t: TestApp;
let admin: string;
let demoId: string;

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
});
afterAll(() => t.close());

const sessionCookie = (res: LightMyRequestResponse) => {
  const raw = res.headers['set-cookie'];
  return String(Array.isArray(raw) ? raw[0] : raw).split(';')[0]!;
};
const login = (email: string, password: string) => t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const addMember = (orgId: string, payload: Record<string, unknown>, as: string) => t.request({ method: 'POST', url: `/api/organizations/${orgId}/members`, as, payload });
const members = (orgId: string, as: string, query = '') => t.request({ method: 'GET', url: `/api/organizations/${orgId}/members${query}`, as });
const removeMember = (orgId: string, memberId: string, as: string) => t.request({ method: 'DELETE', url: `/api/organizations/${orgId}/members/${memberId}`, as });

describe('adding people to an organisation', () => {
  let x: Awaited<ReturnType<typeof f.createTestOrganization>>;
  let y: Awaited<ReturnType<typeof f.createTestOrganization>>;
  let orgAdminX: string;

  beforeAll(async () => {
    x = await f.createTestOrganization(t.db, { name: 'Cooperativa Ponte', districtId: demoId });
    y = await f.createTestOrganization(t.db, { name: 'Consultorio Ovest', districtId: demoId });
    orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
  });

  it('a new email gets an account and a temporary password, shown once, that signs in and must be changed', async () => {
    const res = await addMember(x.id, { email: 'Giulia.Rossi@Example.org', displayName: 'Giulia Rossi', role: 'operator', jobTitle: 'Educatrice' }, orgAdminX);
    expect(res.statusCode).toBe(201);
    const added = res.json();
    expect(added).toMatchObject({ displayName: 'Giulia Rossi', email: 'giulia.rossi@example.org', jobTitle: 'Educatrice', roles: [{ role: 'operator' }] });
    expect(typeof added.temporaryPassword).toBe('string');
    expect(added.temporaryPassword.length).toBeGreaterThanOrEqual(12);

    // Shown once: the listing never carries it.
    const listed = (await members(x.id, orgAdminX)).json();
    expect(listed.items.find((m: Member) => m.userId === added.userId)).not.toHaveProperty('temporaryPassword');
    expect(JSON.stringify(listed)).not.toContain(added.temporaryPassword);

    const signIn = await login('giulia.rossi@example.org', added.temporaryPassword);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.mustChangePassword).toBe(true);

    const me = (await t.request({ method: 'GET', url: '/api/auth/me', as: sessionCookie(signIn) })).json();
    expect(me.grants).toEqual([expect.objectContaining({ role: 'operator', scopeKind: 'organization', scopeId: x.id, scopeName: 'Cooperativa Ponte' })]);
    expect(me.permissions).toContain('organizations.members.read');
    expect(me.permissions).not.toContain('organizations.members.manage');
  });

  it('an existing email is linked without a new password, and the old one keeps working', async () => {
    const first = (await addMember(x.id, { email: 'marco.bianchi@example.org', displayName: 'Marco Bianchi', role: 'operator' }, orgAdminX)).json();
    expect(first.temporaryPassword).toEqual(expect.any(String));
    const linked = await addMember(y.id, { email: 'MARCO.BIANCHI@example.org', displayName: 'Someone Else', role: 'analyst' }, admin);
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toMatchObject({ userId: first.userId, displayName: 'Marco Bianchi', temporaryPassword: null, roles: [{ role: 'analyst' }] });
    const signIn = await login('marco.bianchi@example.org', first.temporaryPassword);
    expect(signIn.statusCode).toBe(200);
    const grants = (await t.request({ method: 'GET', url: '/api/auth/me', as: sessionCookie(signIn) })).json().grants;
    expect(grants.map((g: { role: string; scopeId: string }) => `${g.role}@${g.scopeId}`).sort()).toEqual([`analyst@${y.id}`, `operator@${x.id}`].sort());
  });

  it('a second role for the same person keeps one membership with both roles', async () => {
    const first = (await addMember(x.id, { email: 'anna.verdi@example.org', displayName: 'Anna Verdi', role: 'operator' }, orgAdminX)).json();
    const again = await addMember(x.id, { email: 'anna.verdi@example.org', displayName: 'Anna Verdi', role: 'trainer' }, orgAdminX);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.id);
    expect(again.json().roles.map((r: { role: string }) => r.role).sort()).toEqual(['operator', 'trainer']);
    const list = (await members(x.id, orgAdminX, '?pageSize=200')).json();
    expect(list.items.filter((m: Member) => m.userId === first.userId)).toHaveLength(1);
  });

  it('names the invalid fields and refuses roles beyond the organisation', async () => {
    const bad = await addMember(x.id, { email: 'not-an-email', displayName: 'X', role: 'district_coordinator' }, orgAdminX);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'email', 'role']);
    const admin_ = await addMember(x.id, { email: 'boss@example.org', displayName: 'Il capo', role: 'platform_admin' }, orgAdminX);
    expect(admin_.statusCode).toBe(400);
    expect((await members(x.id, orgAdminX, '?pageSize=200')).json().items.map((m: Member) => m.email)).not.toContain('boss@example.org');
    const archived = await f.createTestOrganization(t.db, { districtId: demoId, archived: true });
    const toArchived = await addMember(archived.id, { email: 'late@example.org', displayName: 'In ritardo', role: 'operator' }, admin);
    expect(toArchived.statusCode).toBe(409);
    expect(toArchived.json().error.code).toBe('organization_archived');
    expect((await addMember('00000000-0000-4000-8000-000000000000', { email: 'a@example.org', displayName: 'Nessuno', role: 'operator' }, admin)).statusCode).toBe(404);
  });

  it("an org_admin cannot add people to another organisation (404); operators and viewers cannot add anyone", async () => {
    const intruder = await addMember(y.id, { email: 'spia@example.org', displayName: 'Spia', role: 'org_admin' }, orgAdminX);
    expect(intruder.statusCode).toBe(404);
    const operatorX = (await t.userWith('operator', 'organization', x.id)).cookie;
    expect((await addMember(x.id, { email: 'amico@example.org', displayName: 'Amico', role: 'org_admin' }, operatorX)).statusCode).toBe(403);
    const viewer = (await t.userWith('viewer', 'platform')).cookie;
    expect((await addMember(x.id, { email: 'amico@example.org', displayName: 'Amico', role: 'operator' }, viewer)).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/members`, payload: { email: 'a@example.org', displayName: 'Anonimo', role: 'operator' } })).statusCode).toBe(401);
    // Nobody was created by the refused calls.
    expect((await login('spia@example.org', 'whatever-password')).statusCode).toBe(401);
  });
});

describe('removing people', () => {
  it("revokes the person's roles there: their session no longer passes the organisation's rules", async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Ente in uscita', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const added = (await addMember(x.id, { email: 'leaving@example.org', displayName: 'In uscita', role: 'operator' }, orgAdminX)).json();
    const session = sessionCookie(await login('leaving@example.org', added.temporaryPassword));
    // A temporary password opens nothing but its own replacement.
    expect((await members(x.id, session)).statusCode).toBe(403);
    const changed = await t.request({ method: 'POST', url: '/api/auth/password', as: session, payload: { currentPassword: added.temporaryPassword, newPassword: 'una-password-nuova-e-lunga' } });
    expect(changed.statusCode).toBe(204);
    expect((await members(x.id, session)).statusCode).toBe(200);
    const before = (await t.request({ method: 'GET', url: `/api/organizations/${x.id}`, as: admin })).json().counts.members;

    const removed = await removeMember(x.id, added.id, orgAdminX);
    expect(removed.statusCode).toBe(204);
    expect([403, 404]).toContain((await members(x.id, session)).statusCode);
    const me = (await t.request({ method: 'GET', url: '/api/auth/me', as: session })).json();
    expect(me.grants).toEqual([]);
    const list = (await members(x.id, orgAdminX)).json();
    expect(list.items.map((m: Member) => m.userId)).not.toContain(added.userId);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${x.id}`, as: admin })).json().counts.members).toBe(before - 1);
    // Removing twice: the membership has ended.
    expect((await removeMember(x.id, added.id, orgAdminX)).statusCode).toBe(404);

    // Added again later, the same account comes back without a new password.
    const back = await addMember(x.id, { email: 'leaving@example.org', displayName: 'In uscita', role: 'viewer' }, orgAdminX);
    expect(back.json()).toMatchObject({ userId: added.userId, temporaryPassword: null, roles: [{ role: 'viewer' }] });
  });

  it('keeps the roles the person holds in other organisations', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    const y = await f.createTestOrganization(t.db, { districtId: demoId });
    const inX = await f.addTestMember(t.db, x.id, 'operator');
    const inY = await addMember(y.id, { email: inX.email, displayName: 'Doppio', role: 'operator' }, admin);
    expect(inY.json().temporaryPassword).toBeNull();
    expect((await removeMember(x.id, inX.staffId, admin)).statusCode).toBe(204);
    const listY = (await members(y.id, admin)).json();
    expect(listY.items).toEqual([expect.objectContaining({ userId: inX.userId, roles: [expect.objectContaining({ role: 'operator' })] })]);
  });

  it("answers 404 for a member of another organisation and refuses those who may not manage members", async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    const y = await f.createTestOrganization(t.db, { districtId: demoId });
    const memberY = await f.addTestMember(t.db, y.id, 'operator');
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    // Through X's address, Y's member is not X's member.
    expect((await removeMember(x.id, memberY.staffId, admin)).statusCode).toBe(404);
    expect((await removeMember(y.id, memberY.staffId, orgAdminX)).statusCode).toBe(404);
    const operatorY = (await t.userWith('operator', 'organization', y.id)).cookie;
    expect((await removeMember(y.id, memberY.staffId, operatorY)).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: `/api/organizations/${y.id}/members/${memberY.staffId}` })).statusCode).toBe(401);
    expect((await removeMember(y.id, 'nope', admin)).statusCode).toBe(400);
    expect((await members(y.id, admin)).json().items.map((m: Member) => m.userId)).toEqual([memberY.userId]);
  });
});

describe('listing members', () => {
  it('an operator lists the members of their own organisation but not of another (404)', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    const y = await f.createTestOrganization(t.db, { districtId: demoId });
    for (let i = 0; i < 3; i++) await f.addTestMember(t.db, x.id, 'operator', { displayName: `Persona ${i}` });
    await f.addTestMember(t.db, y.id, 'operator');
    const operatorX = (await t.userWith('operator', 'organization', x.id)).cookie;
    const own = await members(x.id, operatorX, '?pageSize=2');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(own.json().items.map((m: Member) => m.displayName)).toEqual(['Persona 0', 'Persona 1']);
    expect((await members(x.id, operatorX, '?pageSize=2&page=2')).json().items.map((m: Member) => m.displayName)).toEqual(['Persona 2']);
    expect((await members(y.id, operatorX)).statusCode).toBe(404);
  });

  it('refuses bad paging, unknown organisations, viewers and anonymous callers', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    expect((await members(x.id, admin, '?pageSize=0')).statusCode).toBe(400);
    expect((await members('00000000-0000-4000-8000-000000000000', admin)).statusCode).toBe(404);
    const viewerX = (await t.userWith('viewer', 'organization', x.id)).cookie;
    expect((await members(x.id, viewerX)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${x.id}/members` })).statusCode).toBe(401);
  });

  it('writes an audit entry marked as personal data for every listing', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    await f.addTestMember(t.db, x.id, 'operator');
    const operator = await t.userWith('operator', 'organization', x.id);
    const audited = async () =>
      (await t.request({ method: 'GET', url: `/api/audit?action=organizations.member.list&personalData=true&entityId=${x.id}`, as: admin })).json();
    expect((await audited()).total).toBe(0);
    await members(x.id, operator.cookie);
    await members(x.id, admin);
    const after = await audited();
    expect(after.total).toBe(2);
    expect(after.items.map((e: { actorId: string }) => e.actorId)).toContain(operator.userId);
    expect(after.items.every((e: { personalData: boolean; entityType: string }) => e.personalData && e.entityType === 'organization')).toBe(true);
    // A refused listing reads nothing and records nothing.
    const outsider = (await t.userWith('operator', 'organization', (await f.createTestOrganization(t.db)).id)).cookie;
    await members(x.id, outsider);
    expect((await audited()).total).toBe(2);
  });
});
