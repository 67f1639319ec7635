import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../organizations/module';
import { governanceModule, governanceTesting } from '../module';

const { createTestNetwork, createTestRoundtable } = governanceTesting;

type FieldError = { field: string; message: string };

let t: TestApp;
let admin: string;
let viewer: string;
let demoId: string;
let otherDistrictId: string;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let orgOther: { id: string; name: string };

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  viewer = (await t.userWith('viewer', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
  const other = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'GOVOTHER', name: 'Ambito di Treviglio', kind: 'ambito', regionCode: '03' } });
  otherDistrictId = other.json().id;
  orgA = await f.createTestOrganization(t.db, { name: 'Ufficio di Piano Alfa', districtId: demoId, kind: 'planning_office', sector: 'public' });
  orgB = await f.createTestOrganization(t.db, { name: 'Cooperativa Beta', districtId: demoId });
  orgOther = await f.createTestOrganization(t.db, { name: 'Associazione Gamma', districtId: otherDistrictId });
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, as: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.request({ method, url: `/api/governance${url}`, as, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}), headers });
const fieldsOf = (res: { json: () => { error: { fields: FieldError[] } } }) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));

describe('networks', () => {
  it('an admin creates a network, sets its organisations and everyone reads it', async () => {
    const res = await req('POST', '/networks', admin, { name: 'Rete antipovertà', description: 'Rete multilivello', districtId: demoId });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    expect(res.json()).toMatchObject({ name: 'Rete antipovertà', districtId: demoId, regionCode: null, organizationCount: 0, organizations: [] });
    const put = await req('PUT', `/networks/${id}/organizations`, admin, { organizations: [{ organizationId: orgB.id, joinedOn: '2024-03-01' }, { organizationId: orgA.id }] });
    expect(put.statusCode).toBe(200);
    expect(put.json().organizations.map((o: { organizationName: string }) => o.organizationName)).toEqual(['Cooperativa Beta', 'Ufficio di Piano Alfa']);
    expect(put.json().organizations[0].joinedOn).toBe('2024-03-01');
    // Replacing keeps the joining date of those who stay.
    const again = await req('PUT', `/networks/${id}/organizations`, admin, { organizations: [{ organizationId: orgB.id }] });
    expect(again.json().organizations).toEqual([{ organizationId: orgB.id, organizationName: 'Cooperativa Beta', joinedOn: '2024-03-01' }]);
    const got = await req('GET', `/networks/${id}`, viewer);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ organizationCount: 1, abilities: { update: false } });
    const list = await req('GET', '/networks?q=antipovert', viewer);
    expect(list.json().total).toBe(1);
    const patched = await req('PATCH', `/networks/${id}`, admin, { name: 'Rete antipovertà ambito' });
    expect(patched.json().name).toBe('Rete antipovertà ambito');
  });

  it('validates district xor region, duplicates and unknown organisations', async () => {
    const both = await req('POST', '/networks', admin, { name: 'Rete doppia', districtId: demoId, regionCode: '03' });
    expect(both.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(both))).toEqual(['regionCode']);
    const n = await createTestNetwork(t.db, { districtId: demoId });
    const dup = await req('PUT', `/networks/${n.id}/organizations`, admin, { organizations: [{ organizationId: orgA.id }, { organizationId: orgA.id }] });
    expect(fieldsOf(dup)).toEqual({ organizations: 'Lo stesso ente compare più di una volta.' });
    const unknown = await req('PUT', `/networks/${n.id}/organizations`, admin, { organizations: [{ organizationId: '00000000-0000-4000-8000-000000000000' }] }, { 'accept-language': 'en' });
    expect(fieldsOf(unknown)).toEqual({ organizations: 'Unknown organisation.' });
  });

  it('a coordinator manages networks of their district only; elsewhere 404, creating elsewhere 400', async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const own = await req('POST', '/networks', coordinator, { name: 'Rete del mio ambito', districtId: demoId });
    expect(own.statusCode).toBe(201);
    expect(own.json().abilities).toEqual({ update: true });
    const elsewhere = await req('POST', '/networks', coordinator, { name: 'Rete altrui', districtId: otherDistrictId });
    expect(elsewhere.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(elsewhere))).toEqual(['districtId']);
    const regional = await req('POST', '/networks', coordinator, { name: 'Rete regionale', regionCode: '03' });
    expect(regional.statusCode).toBe(400);
    const otherNet = await createTestNetwork(t.db, { districtId: otherDistrictId });
    expect((await req('PATCH', `/networks/${otherNet.id}`, coordinator, { name: 'Presa' })).statusCode).toBe(404);
    expect((await req('PUT', `/networks/${otherNet.id}/organizations`, coordinator, { organizations: [] })).statusCode).toBe(404);
    expect((await req('GET', `/networks/${otherNet.id}`, coordinator)).statusCode).toBe(200);
    expect((await req('POST', '/networks', viewer, { name: 'Rete', districtId: demoId })).statusCode).toBe(403);
  });
});

describe('round tables', () => {
  it('creates a table with a sub-group, seats members and shows them with names', async () => {
    const net = await createTestNetwork(t.db, { districtId: demoId });
    const res = await req('POST', '/roundtables', admin, {
      name: 'Tavolo di co-azione',
      kind: 'co_action_table',
      mandate: 'Coordinare gli interventi',
      networkId: net.id,
      districtId: demoId,
      coordinatingOrganizationId: orgA.id,
      quorumRule: 'fixed',
      quorumFixed: 3,
    });
    expect(res.statusCode).toBe(201);
    const table = res.json();
    expect(table).toMatchObject({ coordinatingOrganizationName: 'Ufficio di Piano Alfa', districtName: expect.any(String), quorumRule: 'fixed', quorumFixed: 3, members: [], subTables: [] });
    const sub = await req('POST', '/roundtables', admin, { name: 'Gruppo tecnico', kind: 'technical_team', networkId: net.id, parentId: table.id, coordinatingOrganizationId: orgB.id });
    expect(sub.statusCode).toBe(201);

    const delegate = await f.addTestMember(t.db, orgB.id, 'operator');
    const m1 = await req('POST', `/roundtables/${table.id}/members`, admin, { organizationId: orgB.id, delegateUserId: delegate.userId, role: 'chair', mandateFrom: '2025-01-01', mandateTo: '2026-12-31' });
    expect(m1.statusCode).toBe(201);
    expect(m1.json()).toMatchObject({ organizationName: 'Cooperativa Beta', delegateUserId: delegate.userId, role: 'chair' });
    const m2 = await req('POST', `/roundtables/${table.id}/members`, admin, { expertName: 'Prof.ssa Rossi', role: 'observer', mandateFrom: '2025-01-01' });
    expect(m2.statusCode).toBe(201);

    const got = (await req('GET', `/roundtables/${table.id}`, viewer)).json();
    expect(got.members.map((m: { organizationName: string | null; expertName: string | null }) => m.organizationName ?? m.expertName)).toEqual(['Cooperativa Beta', 'Prof.ssa Rossi']);
    expect(got.subTables).toEqual([{ id: sub.json().id, name: 'Gruppo tecnico', kind: 'technical_team', archived: false }]);
    expect(got.abilities).toEqual({ update: false, manageMembers: false, manage: false, member: false, seeDrafts: false });

    const patched = await req('PATCH', `/roundtables/${table.id}/members/${m2.json().id}`, admin, { role: 'secretary' });
    expect(patched.json().role).toBe('secretary');
    expect((await req('DELETE', `/roundtables/${table.id}/members/${m2.json().id}`, admin)).statusCode).toBe(204);
    expect((await req('DELETE', `/roundtables/${table.id}/members/${m2.json().id}`, admin)).statusCode).toBe(404);

    const list = (await req('GET', `/roundtables?networkId=${net.id}&kind=technical_team`, viewer)).json();
    expect(list).toMatchObject({ total: 1, page: 1, items: [{ name: 'Gruppo tecnico' }] });
    const archived = await req('PATCH', `/roundtables/${sub.json().id}`, admin, { archived: true });
    expect(archived.json().archived).toBe(true);
    expect((await req('GET', `/roundtables?networkId=${net.id}`, viewer)).json().total).toBe(1);
    expect((await req('POST', `/roundtables/${sub.json().id}/members`, admin, { expertName: 'Tardi', mandateFrom: '2025-01-01' })).statusCode).toBe(409);
  });

  it('validates quorum, parent network, cycles and member rules', async () => {
    const net1 = await createTestNetwork(t.db);
    const net2 = await createTestNetwork(t.db);
    const base = { name: 'Tavolo', kind: 'steering', coordinatingOrganizationId: orgA.id };
    const noFixed = await req('POST', '/roundtables', admin, { ...base, quorumRule: 'fixed' });
    expect(fieldsOf(noFixed)).toEqual({ quorumFixed: 'Il numero legale fisso va indicato solo, e sempre, con la regola «fisso».' });
    expect(Object.keys(fieldsOf(await req('POST', '/roundtables', admin, { ...base, quorumRule: 'majority', quorumFixed: 4 })))).toEqual(['quorumFixed']);

    const top = await createTestRoundtable(t.db, orgA.id, { networkId: net1.id });
    const otherNet = await req('POST', '/roundtables', admin, { ...base, networkId: net2.id, parentId: top.id }, { 'accept-language': 'en' });
    expect(fieldsOf(otherNet)).toEqual({ parentId: 'The parent table must belong to the same network.' });

    const mid = await createTestRoundtable(t.db, orgA.id, { networkId: net1.id, parentId: top.id });
    const leaf = await createTestRoundtable(t.db, orgA.id, { networkId: net1.id, parentId: mid.id });
    const cycle = await req('PATCH', `/roundtables/${top.id}`, admin, { parentId: leaf.id });
    expect(cycle.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(cycle))).toEqual(['parentId']);
    expect(Object.keys(fieldsOf(await req('PATCH', `/roundtables/${top.id}`, admin, { parentId: top.id })))).toEqual(['parentId']);

    const both = await req('POST', `/roundtables/${top.id}/members`, admin, { organizationId: orgA.id, expertName: 'Esperto', mandateFrom: '2025-01-01' });
    expect(fieldsOf(both)).toEqual({ organizationId: 'Indica un ente oppure un esperto, non entrambi.' });
    expect(Object.keys(fieldsOf(await req('POST', `/roundtables/${top.id}/members`, admin, { mandateFrom: '2025-01-01' })))).toEqual(['organizationId']);
    const dates = await req('POST', `/roundtables/${top.id}/members`, admin, { organizationId: orgA.id, mandateFrom: '2025-06-01', mandateTo: '2025-01-01' }, { 'accept-language': 'en' });
    expect(fieldsOf(dates)).toEqual({ mandateTo: 'The end date cannot be before the start date.' });
    const expertDelegate = await req('POST', `/roundtables/${top.id}/members`, admin, { expertName: 'Esperto', delegateUserId: '00000000-0000-4000-8000-000000000000', mandateFrom: '2025-01-01' });
    expect(Object.keys(fieldsOf(expertDelegate))).toEqual(['delegateUserId']);
  });

  it('scopes management: coordinator of another district and org_admin of another organisation get 404', async () => {
    const table = await createTestRoundtable(t.db, orgA.id, { districtId: demoId });
    const member = (await req('POST', `/roundtables/${table.id}/members`, admin, { organizationId: orgB.id, mandateFrom: '2025-01-01' })).json();
    const otherCoordinator = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
    const otherOrgAdmin = (await t.userWith('org_admin', 'organization', orgB.id)).cookie;
    for (const as of [otherCoordinator, otherOrgAdmin]) {
      expect((await req('PATCH', `/roundtables/${table.id}`, as, { name: 'Preso' })).statusCode).toBe(404);
      expect((await req('POST', `/roundtables/${table.id}/members`, as, { expertName: 'Intruso', mandateFrom: '2025-01-01' })).statusCode).toBe(404);
      expect((await req('PATCH', `/roundtables/${table.id}/members/${member.id}`, as, { role: 'chair' })).statusCode).toBe(404);
      expect((await req('DELETE', `/roundtables/${table.id}/members/${member.id}`, as)).statusCode).toBe(404);
    }
    // Members see their tables; a coordinator of another district does not even see this one.
    expect((await req('GET', `/roundtables/${table.id}`, otherOrgAdmin)).json().abilities).toMatchObject({ member: true, manage: false, seeDrafts: true });
    expect((await req('GET', `/roundtables/${table.id}`, otherCoordinator)).statusCode).toBe(404);
    expect((await req('GET', `/roundtables?q=${encodeURIComponent(table.name)}`, otherCoordinator)).json().total).toBe(0);
    expect((await req('GET', `/roundtables?q=${encodeURIComponent(table.name)}`, otherOrgAdmin)).json().total).toBe(1);
    // In scope: the coordinator of the district and the admin of the coordinating organisation.
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const orgAdminA = (await t.userWith('org_admin', 'organization', orgA.id)).cookie;
    expect((await req('PATCH', `/roundtables/${table.id}`, coordinator, { name: 'Tavolo rinominato' })).statusCode).toBe(200);
    const seated = await req('POST', `/roundtables/${table.id}/members`, orgAdminA, { expertName: 'Dott. Bianchi', mandateFrom: '2025-01-01' });
    expect(seated.statusCode).toBe(201);
    expect((await req('GET', `/roundtables/${table.id}`, orgAdminA)).json().abilities).toEqual({ update: true, manageMembers: true, manage: true, member: true, seeDrafts: true });
    // Creating: an org_admin only for tables their organisation coordinates; handing a table to another organisation is refused.
    const foreign = await req('POST', '/roundtables', orgAdminA, { name: 'Tavolo altrui', kind: 'technical_team', coordinatingOrganizationId: orgOther.id });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(foreign))).toEqual(['coordinatingOrganizationId']);
    expect((await req('POST', '/roundtables', orgAdminA, { name: 'Tavolo nostro', kind: 'technical_team', coordinatingOrganizationId: orgA.id })).statusCode).toBe(201);
    expect((await req('PATCH', `/roundtables/${table.id}`, orgAdminA, { coordinatingOrganizationId: orgOther.id })).statusCode).toBe(400);
    expect((await req('POST', '/roundtables', viewer, { name: 'Tavolo', kind: 'steering', coordinatingOrganizationId: orgA.id })).statusCode).toBe(403);
  });
});
