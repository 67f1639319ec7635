import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { organizationsTesting } from '../../organizations/module';
import { createTestNetwork, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let net: TestNetwork;
/** An organisation working in the other district, with an operator and an admin. */
let far: { organizationId: string; operator: string; admin: string };

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  const org = await organizationsTesting.createTestOrganization(t.db, { districtId: net.otherDistrictId });
  await organizationsTesting.createTestService(t.db, org.id, 'Accoglienza');
  far = { organizationId: org.id, operator: (await t.userWith('operator', 'organization', org.id)).cookie, admin: (await t.userWith('org_admin', 'organization', org.id)).cookie };
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH', url: string, as: string, payload?: unknown) => t.request({ method, url: `/api/casework${url}`, as, ...(payload === undefined ? {} : { payload: payload as object }) });
const mediator = (over: Record<string, unknown> = {}) => ({ districtId: net.districtId, organizationId: net.other.organizationId, displayName: 'Fatima Benali', languages: ['ar', 'FR'], email: 'fatima@example.org', ...over });
const fieldsOf = (res: { json: () => { error: { fields: { field: string }[] } } }) => res.json().error.fields.map((f) => f.field);

describe('mediator pool', () => {
  it("an organisation's admin adds a mediator of their own organisation; the district's operators see it", async () => {
    const res = await req('POST', '/mediators', net.other.admin.cookie, mediator());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ displayName: 'Fatima Benali', languages: ['ar', 'fr'], active: true, abilities: { manage: true } });
    const seen = await req('GET', `/mediators?language=ar`, net.lead.operator.cookie);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().items).toEqual([expect.objectContaining({ id: res.json().id, abilities: { manage: false } })]);
    expect((await req('GET', `/mediators?language=ti`, net.lead.operator.cookie)).json().items).toEqual([]);
  });

  it('an operator cannot add a mediator (403); an admin of another organisation is refused on the organisation', async () => {
    const op = await req('POST', '/mediators', net.other.operator.cookie, mediator());
    expect(op.statusCode).toBe(403);
    const otherAdmin = await req('POST', '/mediators', net.lead.admin.cookie, mediator());
    expect(otherAdmin.statusCode).toBe(400);
    expect(fieldsOf(otherAdmin)).toEqual(['organizationId']);
  });

  it('a coordinator adds mediators in their district only; the organisation must work there', async () => {
    const own = await req('POST', '/mediators', net.coordinator.cookie, mediator({ organizationId: net.partner.organizationId, displayName: 'Yonas Tesfay', languages: ['ti'] }));
    expect(own.statusCode).toBe(201);
    const foreign = await req('POST', '/mediators', net.coordinator.cookie, mediator({ districtId: net.otherDistrictId, organizationId: far.organizationId }));
    expect(foreign.statusCode).toBe(400);
    expect(fieldsOf(foreign)).toEqual(['districtId']);
    const mismatch = await req('POST', '/mediators', net.platformAdmin.cookie, mediator({ organizationId: far.organizationId }));
    expect(mismatch.statusCode).toBe(400);
    expect(fieldsOf(mismatch)).toEqual(['organizationId']);
  });

  it('names invalid fields: no languages, a bad language code, a bad email', async () => {
    const res = await req('POST', '/mediators', net.platformAdmin.cookie, mediator({ languages: [], email: 'nope' }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['email', 'languages']);
    const code = await req('POST', '/mediators', net.platformAdmin.cookie, mediator({ languages: ['arabic'] }));
    expect(fieldsOf(code)).toEqual(['languages.0']);
  });

  it('changes are for who manages the mediator: 404 outside the district, 403 inside it, empty changes refused', async () => {
    const id = (await req('POST', '/mediators', net.platformAdmin.cookie, mediator({ displayName: 'Olena Kovalenko', languages: ['uk', 'ru'] }))).json().id;
    expect((await req('PATCH', `/mediators/${id}`, far.admin, { active: false })).statusCode).toBe(404);
    expect((await req('PATCH', `/mediators/${id}`, net.lead.admin.cookie, { active: false })).statusCode).toBe(403);
    expect((await req('PATCH', `/mediators/${id}`, net.lead.operator.cookie, { active: false })).statusCode).toBe(403);
    expect((await req('PATCH', `/mediators/${id}`, net.other.admin.cookie, {})).statusCode).toBe(400);
    const ok = await req('PATCH', `/mediators/${id}`, net.other.admin.cookie, { active: false, languages: ['uk'] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ active: false, languages: ['uk'] });
    const listed = (await req('GET', '/mediators?active=all&language=uk', net.coordinator.cookie)).json();
    expect(listed.items.map((m: { id: string }) => m.id)).toEqual([id]);
    expect((await req('GET', '/mediators?language=uk', net.coordinator.cookie)).json().items).toEqual([]);
  });

  it('lists only the districts the caller works in', async () => {
    await req('POST', '/mediators', net.platformAdmin.cookie, mediator({ districtId: net.otherDistrictId, organizationId: far.organizationId, displayName: 'Far Away', languages: ['bn'] }));
    expect((await req('GET', '/mediators?language=bn', far.operator)).json().total).toBe(1);
    expect((await req('GET', '/mediators?language=bn', net.lead.operator.cookie)).json().total).toBe(0);
    expect((await req('GET', `/mediators?language=bn&districtId=${net.otherDistrictId}`, net.coordinator.cookie)).json().total).toBe(0);
    expect((await req('GET', '/mediators?language=bn', net.platformAdmin.cookie)).json().total).toBe(1);
    expect((await req('GET', '/mediators', net.analyst.cookie)).statusCode).toBe(403);
  });
});

describe('housing units', () => {
  it('creates, lists with occupancy and updates a unit', async () => {
    const res = await req('POST', '/housing-units', net.other.admin.cookie, { districtId: net.districtId, organizationId: net.other.organizationId, name: 'Appartamento via Verdi', address: 'Via Verdi 3', capacity: 4 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Appartamento via Verdi', capacity: 4, occupancy: 0, active: true, abilities: { manage: true } });
    const listed = await req('GET', '/housing-units', net.partner.operator.cookie);
    expect(listed.json().items).toEqual([expect.objectContaining({ id: res.json().id, abilities: { manage: false } })]);
    const patched = await req('PATCH', `/housing-units/${res.json().id}`, net.coordinator.cookie, { capacity: 3, address: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ capacity: 3, address: null });
  });

  it('refuses operators, other districts, unknown municipalities and a zero capacity', async () => {
    const body = { districtId: net.districtId, organizationId: net.other.organizationId, name: 'Casa', capacity: 2 };
    expect((await req('POST', '/housing-units', net.other.operator.cookie, body)).statusCode).toBe(403);
    expect(fieldsOf(await req('POST', '/housing-units', far.admin, body))).toEqual(['organizationId']);
    expect(fieldsOf(await req('POST', '/housing-units', net.platformAdmin.cookie, { ...body, municipalityId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['municipalityId']);
    expect(fieldsOf(await req('POST', '/housing-units', net.platformAdmin.cookie, { ...body, capacity: 0 }))).toEqual(['capacity']);
    const id = (await req('POST', '/housing-units', net.platformAdmin.cookie, body)).json().id;
    expect((await req('PATCH', `/housing-units/${id}`, far.admin, { active: false })).statusCode).toBe(404);
    expect((await req('PATCH', `/housing-units/${id}`, net.lead.admin.cookie, { active: false })).statusCode).toBe(403);
    expect((await req('PATCH', `/housing-units/${id}`, net.platformAdmin.cookie, {})).statusCode).toBe(400);
  });
});
