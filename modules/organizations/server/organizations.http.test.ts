import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../module';

type Organization = {
  id: string;
  name: string;
  kind: string;
  districtId: string | null;
  districtName: string | null;
  archived: boolean;
  counts: { services: number; helpDesks: number; members: number };
  abilities: { update: boolean; archive: boolean; manageServices: boolean; readMembers: boolean; manageMembers: boolean };
};
type FieldError = { field: string; message: string };

let t: TestApp;
let admin: string;
let viewer: string;
let demoId: string;
let otherDistrictId: string;

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  viewer = (await t.userWith('viewer', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
  const other = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'OTHER', name: 'Ambito di Romano', kind: 'ambito', regionCode: '03' } });
  otherDistrictId = other.json().id;
});
afterAll(() => t.close());

const createOrg = (payload: Record<string, unknown>, as = admin, headers: Record<string, string> = {}) => t.request({ method: 'POST', url: '/api/organizations', as, payload, headers });
const list = async (query: string, as = admin): Promise<{ items: Organization[]; page: number; pageSize: number; total: number }> =>
  (await t.request({ method: 'GET', url: `/api/organizations?${query}`, as })).json();
const fieldsOf = (res: { json: () => { error: { fields: FieldError[] } } }) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));

describe('creating an organisation', () => {
  it('the platform admin creates one anywhere, also without a district', async () => {
    const res = await createOrg({ name: 'Cooperativa Arcobaleno', kind: 'third_sector', sector: 'third_sector', districtId: otherDistrictId, taxId: '01234567890', email: 'info@arcobaleno.it', phone: '+39 0363 123456' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Cooperativa Arcobaleno', districtId: otherDistrictId, districtName: 'Ambito di Romano', taxId: '01234567890', archived: false, counts: { services: 0, helpDesks: 0, members: 0 } });
    const free = await createOrg({ name: 'Ente nazionale', kind: 'other', sector: 'private', email: '' });
    expect(free.statusCode).toBe(201);
    expect(free.json()).toMatchObject({ districtId: null, districtName: null, email: null });
    const got = await t.request({ method: 'GET', url: `/api/organizations/${res.json().id}`, as: viewer });
    expect(got.statusCode).toBe(200);
    expect(got.json().name).toBe('Cooperativa Arcobaleno');
  });

  it('a coordinator creates one in their own district only; another district is refused on districtId', async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const own = await createOrg({ name: 'Associazione del territorio', kind: 'third_sector', sector: 'third_sector', districtId: demoId }, coordinator);
    expect(own.statusCode).toBe(201);
    expect(own.json().abilities).toEqual({ update: true, archive: true, manageServices: true, readMembers: true, manageMembers: true });
    const before = (await list('q=Fuori ambito')).total;
    const other = await createOrg({ name: 'Fuori ambito', kind: 'third_sector', sector: 'third_sector', districtId: otherDistrictId }, coordinator);
    expect(other.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(other))).toEqual(['districtId']);
    const none = await createOrg({ name: 'Fuori ambito', kind: 'third_sector', sector: 'third_sector' }, coordinator);
    expect(none.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(none))).toEqual(['districtId']);
    expect((await list('q=Fuori ambito')).total).toBe(before);
  });

  it('names each invalid field with a message in Italian, or in English when asked', async () => {
    const payload = { name: 'Ente', kind: 'bank', sector: 'public', email: 'not-an-email', phone: 'call me', taxId: '123', website: 'ftp://example.org' };
    const it_ = await createOrg(payload);
    expect(it_.statusCode).toBe(400);
    expect(it_.json().error.code).toBe('validation');
    const fields = fieldsOf(it_);
    expect(Object.keys(fields).sort()).toEqual(['email', 'kind', 'phone', 'taxId', 'website']);
    expect(fields.phone).toBe('Numero di telefono non valido.');
    expect(fields.taxId).toBe('Codice fiscale o partita IVA non valido: 11 cifre o 16 caratteri.');
    expect(fields.email).toMatch(/email/i);
    const en = fieldsOf(await createOrg(payload, admin, { 'accept-language': 'en' }));
    expect(en.phone).toBe('Invalid phone number.');
    expect(en.taxId).toBe('Invalid tax code or VAT number: 11 digits or 16 characters.');
    expect(en.email).not.toBe(fields.email);
    expect(en.kind).not.toBe(fields.kind);
  });

  it('refuses an unknown district or municipality on its field, in the caller language', async () => {
    const unknown = { name: 'Ente fantasma', kind: 'other', sector: 'private', districtId: '00000000-0000-4000-8000-000000000000', municipalityId: '00000000-0000-4000-8000-000000000001' };
    const res = await createOrg(unknown);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual({ districtId: 'Ambito inesistente', municipalityId: 'Comune inesistente' });
    expect(fieldsOf(await createOrg(unknown, admin, { 'accept-language': 'en' }))).toEqual({ districtId: 'Unknown district', municipalityId: 'Unknown municipality' });
    expect((await list('q=Ente fantasma')).total).toBe(0);
  });

  it('accepts a 16-character tax code of a person in lower case and stores it upper case', async () => {
    const res = await createOrg({ name: 'Ditta individuale', kind: 'other', sector: 'private', taxId: 'rssmra80a01h501u' });
    expect(res.statusCode).toBe(201);
    expect(res.json().taxId).toBe('RSSMRA80A01H501U');
  });

  it('refuses roles without the permission and anonymous callers', async () => {
    const payload = { name: 'Ente abusivo', kind: 'other', sector: 'private', districtId: demoId };
    const orgAdmin = (await t.userWith('org_admin', 'organization', (await f.createTestOrganization(t.db, { districtId: demoId })).id)).cookie;
    expect((await createOrg(payload, viewer)).statusCode).toBe(403);
    expect((await createOrg(payload, orgAdmin)).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/organizations', payload })).statusCode).toBe(401);
  });

  it('answers 404 for an unknown organisation and 400 for a malformed id', async () => {
    expect((await t.request({ method: 'GET', url: '/api/organizations/00000000-0000-4000-8000-000000000000', as: viewer })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/organizations/abc', as: viewer })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/organizations/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(401);
  });
});

describe('listing organisations', () => {
  beforeAll(async () => {
    for (const n of [7, 3, 5, 1, 6, 2, 4]) await f.createTestOrganization(t.db, { name: `Paging test ${n}`, kind: n % 2 ? 'school' : 'other', districtId: demoId });
  });

  it('pages on the server with a correct total on every page', async () => {
    const pages = [1, 2, 3, 4].map((page) => list(`q=Paging test&pageSize=3&page=${page}`));
    const [p1, p2, p3, p4] = await Promise.all(pages);
    for (const p of [p1!, p2!, p3!, p4!]) expect(p.total).toBe(7);
    expect(p1!.items.map((o) => o.name)).toEqual(['Paging test 1', 'Paging test 2', 'Paging test 3']);
    expect(p2!.items.map((o) => o.name)).toEqual(['Paging test 4', 'Paging test 5', 'Paging test 6']);
    expect(p3!.items.map((o) => o.name)).toEqual(['Paging test 7']);
    expect(p4!.items).toEqual([]);
    expect(p2).toMatchObject({ page: 2, pageSize: 3 });
  });

  it('searches by name and tax id, filters by kind and district', async () => {
    const schools = await list('q=Paging test&kind=school');
    expect(schools.items.map((o) => o.name)).toEqual(['Paging test 1', 'Paging test 3', 'Paging test 5', 'Paging test 7']);
    const demoSchools = await list('kind=school&districtId=' + demoId);
    expect(demoSchools.items.map((o) => o.name)).toContain('Istituto comprensivo di Treviglio');
    expect(demoSchools.items.every((o) => o.kind === 'school' && o.districtId === demoId)).toBe(true);
    await f.createTestOrganization(t.db, { name: 'Ente con partita IVA', taxId: '09876543210' });
    expect((await list('q=0987654')).items.map((o) => o.name)).toEqual(['Ente con partita IVA']);
    expect((await list('q=zzz-nothing')).total).toBe(0);
    // Case does not matter.
    expect((await list('q=pAgInG TEST')).total).toBe(7);
  });

  it('refuses an unknown kind and an oversized page', async () => {
    const kind = await t.request({ method: 'GET', url: '/api/organizations?kind=bank', as: viewer });
    expect(kind.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(kind))).toEqual(['kind']);
    expect((await t.request({ method: 'GET', url: '/api/organizations?pageSize=1000', as: viewer })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/organizations' })).statusCode).toBe(401);
  });

  it('presents abilities that differ by role on each record', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Abilities X', districtId: demoId });
    await f.createTestOrganization(t.db, { name: 'Abilities Y', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const operatorX = (await t.userWith('operator', 'organization', x.id)).cookie;
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const otherCoordinator = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
    const abilities = async (as: string) => Object.fromEntries((await list('q=Abilities', as)).items.map((o) => [o.name.slice(-1), o.abilities]));

    expect(await abilities(orgAdminX)).toEqual({
      X: { update: true, archive: false, manageServices: true, readMembers: true, manageMembers: true },
      Y: { update: false, archive: false, manageServices: false, readMembers: false, manageMembers: false },
    });
    expect((await abilities(operatorX)).X).toEqual({ update: false, archive: false, manageServices: false, readMembers: true, manageMembers: false });
    const all = { update: true, archive: true, manageServices: true, readMembers: true, manageMembers: true };
    expect(await abilities(coordinator)).toEqual({ X: all, Y: all });
    expect(await abilities(admin)).toEqual({ X: all, Y: all });
    const none = { update: false, archive: false, manageServices: false, readMembers: false, manageMembers: false };
    expect(await abilities(otherCoordinator)).toEqual({ X: none, Y: none });
    expect(await abilities(viewer)).toEqual({ X: none, Y: none });
  });
});

describe('editing an organisation', () => {
  it('its org_admin edits its details; another organisation answers 404', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Modificabile', districtId: demoId });
    const y = await f.createTestOrganization(t.db, { name: 'Non mia', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const ok = await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: orgAdminX, payload: { phone: '0363 555 111', description: 'Servizi per famiglie' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Modificabile', phone: '0363 555 111', description: 'Servizi per famiglie' });
    expect((await t.request({ method: 'PATCH', url: `/api/organizations/${y.id}`, as: orgAdminX, payload: { name: 'Presa' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: viewer, payload: { name: 'Presa' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${y.id}`, as: viewer })).json().name).toBe('Non mia');
  });

  it('refuses bad fields and a move to a district the caller does not coordinate', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Da spostare', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const bad = await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: orgAdminX, payload: { email: 'x@', name: 'A' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['email', 'name']);
    const move = await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: orgAdminX, payload: { districtId: otherDistrictId } });
    expect(move.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(move))).toEqual(['districtId']);
    const moved = await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: admin, payload: { districtId: otherDistrictId } });
    expect(moved.json()).toMatchObject({ districtId: otherDistrictId, districtName: 'Ambito di Romano' });
    // The coordinator of the old district no longer reaches it.
    const oldCoordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    expect((await t.request({ method: 'PATCH', url: `/api/organizations/${x.id}`, as: oldCoordinator, payload: { name: 'Ripresa' } })).statusCode).toBe(404);
  });
});

describe('archiving and restoring', () => {
  it('hides an archived organisation from the default list and shows it with archived=true, until restored', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Archiviabile', districtId: demoId });
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const archived = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/archive`, as: coordinator, payload: {} });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archived).toBe(true);
    expect((await list('q=Archiviabile')).items).toEqual([]);
    expect((await list('q=Archiviabile&archived=true')).items.map((o) => o.id)).toEqual([x.id]);
    // An archived organisation takes no new services.
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/services`, as: coordinator, payload: { name: 'Nuovo servizio' } })).statusCode).toBe(409);

    const restored = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/archive`, as: coordinator, payload: { archived: false } });
    expect(restored.json().archived).toBe(false);
    expect((await list('q=Archiviabile')).items.map((o) => o.id)).toEqual([x.id]);
    expect((await list('q=Archiviabile&archived=true')).items).toEqual([]);
  });

  it('refuses a malformed body and unknown organisations', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/archive`, as: admin, payload: { archived: 'yes' } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url: '/api/organizations/00000000-0000-4000-8000-000000000000/archive', as: admin, payload: {} })).statusCode).toBe(404);
  });

  it('an org_admin may not archive their own organisation; a coordinator of another district gets 404', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Protetta', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const otherCoordinator = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/archive`, as: orgAdminX, payload: {} })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/archive`, as: otherCoordinator, payload: {} })).statusCode).toBe(404);
    expect((await list('q=Protetta')).items.map((o) => o.archived)).toEqual([false]);
  });
});

describe('services and help desks', () => {
  it('its org_admin adds services and help desks, which everyone can read', async () => {
    const x = await f.createTestOrganization(t.db, { name: 'Con servizi', districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const svc = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/services`, as: orgAdminX, payload: { name: 'Mediazione culturale', email: 'mediazione@example.org', phone: '' } });
    expect(svc.statusCode).toBe(201);
    expect(svc.json()).toMatchObject({ organizationId: x.id, name: 'Mediazione culturale', email: 'mediazione@example.org', phone: null });
    const desk = await t.request({
      method: 'POST',
      url: `/api/organizations/${x.id}/help-desks`,
      as: orgAdminX,
      payload: { name: 'Sportello stranieri', serviceId: svc.json().id, openingHours: 'Mar 9-12', address: 'Via Roma 1' },
    });
    expect(desk.statusCode).toBe(201);
    expect(desk.json()).toMatchObject({ organizationId: x.id, serviceId: svc.json().id, name: 'Sportello stranieri', openingHours: 'Mar 9-12' });

    const services = await t.request({ method: 'GET', url: `/api/organizations/${x.id}/services`, as: viewer });
    expect(services.json().map((s: { name: string }) => s.name)).toEqual(['Mediazione culturale']);
    const desks = await t.request({ method: 'GET', url: `/api/organizations/${x.id}/help-desks`, as: viewer });
    expect(desks.json().map((d: { name: string }) => d.name)).toEqual(['Sportello stranieri']);
    const org = (await t.request({ method: 'GET', url: `/api/organizations/${x.id}`, as: viewer })).json();
    expect(org.counts).toEqual({ services: 1, helpDesks: 1, members: 0 });
  });

  it('refuses a service of another organisation, an unknown municipality and bad fields', async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    const y = await f.createTestOrganization(t.db, { districtId: demoId });
    const foreignService = await f.createTestService(t.db, y.id);
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    const res = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/help-desks`, as: orgAdminX, payload: { name: 'Sportello', serviceId: foreignService.id } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(res))).toEqual(['serviceId']);
    const municipality = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/help-desks`, as: orgAdminX, payload: { name: 'Sportello', municipalityId: '00000000-0000-4000-8000-000000000000' } });
    expect(municipality.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(municipality))).toEqual(['municipalityId']);
    const badService = await t.request({ method: 'POST', url: `/api/organizations/${x.id}/services`, as: orgAdminX, payload: { name: 'S', phone: 'abc' } });
    expect(badService.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(badService)).sort()).toEqual(['name', 'phone']);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${x.id}/help-desks`, as: viewer })).json()).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/organizations/00000000-0000-4000-8000-000000000000/services', as: viewer })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/organizations/00000000-0000-4000-8000-000000000000/help-desks', as: viewer })).statusCode).toBe(404);
  });

  it("an org_admin cannot touch another organisation's services (404); viewers and anonymous callers are refused", async () => {
    const x = await f.createTestOrganization(t.db, { districtId: demoId });
    const y = await f.createTestOrganization(t.db, { districtId: demoId });
    const orgAdminX = (await t.userWith('org_admin', 'organization', x.id)).cookie;
    expect((await t.request({ method: 'POST', url: `/api/organizations/${y.id}/services`, as: orgAdminX, payload: { name: 'Intruso' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/organizations/${y.id}/help-desks`, as: orgAdminX, payload: { name: 'Intruso' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/services`, as: viewer, payload: { name: 'Intruso' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/organizations/${x.id}/help-desks`, as: viewer, payload: { name: 'Intruso' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${x.id}/services` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${x.id}/help-desks` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${y.id}/services`, as: viewer })).json()).toEqual([]);
  });
});

describe('search takes what the user types literally', () => {
  it('% and _ match only themselves', async () => {
    await createOrg({ name: 'Rete 100% inclusione', kind: 'third_sector', sector: 'third_sector', districtId: demoId });
    await createOrg({ name: 'Casa_famiglia Aurora', kind: 'third_sector', sector: 'third_sector', districtId: demoId });
    expect((await list(`q=${encodeURIComponent('100%')}`)).items.map((o) => o.name)).toEqual(['Rete 100% inclusione']);
    expect((await list(`q=${encodeURIComponent('%')}`)).items.map((o) => o.name)).toEqual(['Rete 100% inclusione']);
    expect((await list(`q=${encodeURIComponent('a_f')}`)).items.map((o) => o.name)).toEqual(['Casa_famiglia Aurora']);
  });
});

describe('editing and removing services and help desks', () => {
  it('edits, refuses an empty edit, and removes them; a removed service unlinks its help desks', async () => {
    const org = (await createOrg({ name: 'Ente con servizi', kind: 'third_sector', sector: 'third_sector', districtId: demoId })).json();
    const svc = (await t.request({ method: 'POST', url: `/api/organizations/${org.id}/services`, as: admin, payload: { name: 'Orientamento' } })).json();
    const desk = (await t.request({ method: 'POST', url: `/api/organizations/${org.id}/help-desks`, as: admin, payload: { name: 'Sportello centro', serviceId: svc.id } })).json();

    const edited = await t.request({ method: 'PATCH', url: `/api/organizations/${org.id}/services/${svc.id}`, as: admin, payload: { name: 'Orientamento ai servizi', phone: '+39 0363 123456' } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ name: 'Orientamento ai servizi', phone: '+39 0363 123456' });

    const empty = await t.request({ method: 'PATCH', url: `/api/organizations/${org.id}/services/${svc.id}`, as: admin, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].message).toBe('Indica almeno un campo da modificare.');

    const hours = await t.request({ method: 'PATCH', url: `/api/organizations/${org.id}/help-desks/${desk.id}`, as: admin, payload: { openingHours: 'Mar e Gio 14:00–17:00' } });
    expect(hours.json().openingHours).toBe('Mar e Gio 14:00–17:00');

    expect((await t.request({ method: 'DELETE', url: `/api/organizations/${org.id}/services/${svc.id}`, as: admin })).statusCode).toBe(204);
    const left = (await t.request({ method: 'GET', url: `/api/organizations/${org.id}/services`, as: admin })).json();
    expect(left).toEqual([]);
    const desks = (await t.request({ method: 'GET', url: `/api/organizations/${org.id}/help-desks`, as: admin })).json();
    expect(desks[0].serviceId).toBeNull();
    // Removed once: a second removal, or an edit, no longer finds it.
    expect((await t.request({ method: 'DELETE', url: `/api/organizations/${org.id}/services/${svc.id}`, as: admin })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/organizations/${org.id}/services/${svc.id}`, as: admin, payload: { name: 'Di nuovo' } })).statusCode).toBe(404);

    expect((await t.request({ method: 'DELETE', url: `/api/organizations/${org.id}/help-desks/${desk.id}`, as: admin })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/organizations/${org.id}/help-desks`, as: admin })).json()).toEqual([]);
    // The same service id under another organisation is not found there.
    const other = (await createOrg({ name: 'Altro ente', kind: 'other', sector: 'private', districtId: demoId })).json();
    const svc2 = (await t.request({ method: 'POST', url: `/api/organizations/${org.id}/services`, as: admin, payload: { name: 'Secondo' } })).json();
    expect((await t.request({ method: 'PATCH', url: `/api/organizations/${other.id}/services/${svc2.id}`, as: admin, payload: { name: 'Rubato' } })).statusCode).toBe(404);
    // Viewers may not.
    expect((await t.request({ method: 'DELETE', url: `/api/organizations/${org.id}/services/${svc2.id}`, as: viewer })).statusCode).toBe(403);
  });
});
