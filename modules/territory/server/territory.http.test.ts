import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { organizationsModule } from '../../organizations/module';
import { demoDistrictId, territoryModule } from '../module';

type Municipality = { id: string; istatCode: string; name: string; hasBoundary: boolean };
type DistrictDetail = {
  id: string;
  code: string;
  name: string;
  municipalityCount: number;
  abilities: { update: boolean; manageCoordinators: boolean };
  date: string;
  municipalities: { id: string; istatCode: string; name: string; validFrom: string; validTo: string | null }[];
  history: { municipalityId: string; name: string; istatCode: string; validFrom: string; validTo: string | null }[];
};

let t: TestApp;
let admin: string;
let viewer: string;
let demoId: string;
let demoMunicipalities: Municipality[];

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  viewer = (await t.userWith('viewer', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
  const res = await t.request({ method: 'GET', url: `/api/territory/municipalities?districtId=${demoId}&pageSize=50`, as: viewer });
  demoMunicipalities = res.json().items;
});
afterAll(() => t.close());

let codeCounter = 0;
async function createDistrict(as = admin, name = 'Ambito di prova'): Promise<DistrictDetail> {
  const res = await t.request({ method: 'POST', url: '/api/territory/districts', as, payload: { code: `TEST-${++codeCounter}`, name, kind: 'ambito', regionCode: '03' } });
  expect(res.statusCode).toBe(201);
  return res.json();
}
const setComposition = (id: string, municipalityIds: string[], validFrom: string, as = admin) =>
  t.request({ method: 'PUT', url: `/api/territory/districts/${id}/composition`, as, payload: { municipalityIds, validFrom } });
const names = (list: { name: string }[]) => list.map((m) => m.name).sort();

describe('regions and provinces', () => {
  it('lists the demo region and province to any signed-in user', async () => {
    const regions = await t.request({ method: 'GET', url: '/api/territory/regions', as: viewer });
    expect(regions.statusCode).toBe(200);
    expect(regions.json()).toEqual([{ code: '03', name: 'Lombardia' }]);
    const provinces = await t.request({ method: 'GET', url: '/api/territory/provinces?regionCode=03', as: viewer });
    expect(provinces.json()).toEqual([{ code: '016', name: 'Bergamo', abbreviation: 'BG', regionCode: '03' }]);
    const none = await t.request({ method: 'GET', url: '/api/territory/provinces?regionCode=09', as: viewer });
    expect(none.json()).toEqual([]);
  });

  it('refuses a malformed region code with the field named', async () => {
    const res = await t.request({ method: 'GET', url: '/api/territory/provinces?regionCode=3', as: viewer });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['regionCode']);
  });

  it('answers 401 without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/territory/regions' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/territory/provinces' })).statusCode).toBe(401);
  });
});

describe('municipalities', () => {
  it('finds a municipality by name or ISTAT code, pages the rest', async () => {
    const byName = await t.request({ method: 'GET', url: '/api/territory/municipalities?q=trevi', as: viewer });
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toEqual([expect.objectContaining({ istatCode: '016219', name: 'Treviglio', provinceName: 'Bergamo', hasBoundary: true })]);
    const byCode = await t.request({ method: 'GET', url: '/api/territory/municipalities?q=016053', as: viewer });
    expect(byCode.json().items.map((m: Municipality) => m.name)).toEqual(['Caravaggio']);

    const page1 = (await t.request({ method: 'GET', url: '/api/territory/municipalities?provinceCode=016&pageSize=5&page=1', as: viewer })).json();
    const page3 = (await t.request({ method: 'GET', url: '/api/territory/municipalities?provinceCode=016&pageSize=5&page=3', as: viewer })).json();
    expect(page1.total).toBe(12);
    expect(page1.items).toHaveLength(5);
    expect(page3.items).toHaveLength(2);
    expect(page3).toMatchObject({ page: 3, pageSize: 5, total: 12 });
  });

  it('refuses an oversized page and a malformed district id', async () => {
    const big = await t.request({ method: 'GET', url: '/api/territory/municipalities?pageSize=5000', as: viewer });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.fields[0].field).toBe('pageSize');
    const bad = await t.request({ method: 'GET', url: '/api/territory/municipalities?districtId=nope', as: viewer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('districtId');
  });

  it('answers 401 without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/territory/municipalities?q=Treviglio' })).statusCode).toBe(401);
  });
});

describe('districts', () => {
  it('lists districts with the abilities of the caller', async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const asCoordinator = (await t.request({ method: 'GET', url: '/api/territory/districts?q=DEMO-TREVIGLIO', as: coordinator })).json();
    expect(asCoordinator.items).toEqual([expect.objectContaining({ id: demoId, municipalityCount: 12, abilities: { update: true, manageCoordinators: true } })]);
    const asViewer = (await t.request({ method: 'GET', url: '/api/territory/districts?q=DEMO-TREVIGLIO', as: viewer })).json();
    expect(asViewer.items[0].abilities).toEqual({ update: false, manageCoordinators: false });
  });

  it('pages the district list on the server', async () => {
    for (let i = 0; i < 3; i++) await createDistrict(admin, `Paging district ${i}`);
    const p1 = (await t.request({ method: 'GET', url: '/api/territory/districts?q=Paging&pageSize=2', as: viewer })).json();
    const p2 = (await t.request({ method: 'GET', url: '/api/territory/districts?q=Paging&pageSize=2&page=2', as: viewer })).json();
    expect(p1.total).toBe(3);
    expect(p1.items.map((d: DistrictDetail) => d.name)).toEqual(['Paging district 0', 'Paging district 1']);
    expect(p2.items.map((d: DistrictDetail) => d.name)).toEqual(['Paging district 2']);
    const bad = await t.request({ method: 'GET', url: '/api/territory/districts?page=0', as: viewer });
    expect(bad.statusCode).toBe(400);
  });

  it('lets the platform admin create a district; code clashes and bad fields are refused', async () => {
    const created = await createDistrict();
    expect(created).toMatchObject({ name: 'Ambito di prova', kind: 'ambito', regionCode: '03', municipalityCount: 0, municipalities: [], history: [] });
    const dup = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: created.code, name: 'Altro', kind: 'ambito' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('code_taken');
    const bad = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'X', name: 'A', kind: 'province', regionCode: '3' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'name', 'regionCode']);
  });

  it('refuses an unknown region with a 400 on regionCode, not a server error', async () => {
    const res = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'NO-REGION', name: 'Senza regione', kind: 'zona', regionCode: '99' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'regionCode' })]);
    const list = (await t.request({ method: 'GET', url: '/api/territory/districts?q=NO-REGION', as: admin })).json();
    expect(list.total).toBe(0);
  });

  it('lets only the platform admin create districts', async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const res = await t.request({ method: 'POST', url: '/api/territory/districts', as: coordinator, payload: { code: 'MINE', name: 'Il mio ambito', kind: 'ambito' } });
    expect(res.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/territory/districts', payload: { code: 'ANON', name: 'Anonimo', kind: 'ambito' } })).statusCode).toBe(401);
  });

  it('lets the coordinator of a district edit it; another coordinator gets 404; bad fields 400', async () => {
    const district = await createDistrict();
    const own = (await t.userWith('district_coordinator', 'district', district.id)).cookie;
    const other = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const ok = await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: own, payload: { name: 'Ambito rinominato' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Ambito rinominato');
    const foreign = await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: other, payload: { name: 'Preso' } });
    expect(foreign.statusCode).toBe(404);
    const bad = await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: own, payload: { kind: 'regione' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].field).toBe('kind');
    const taken = await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: own, payload: { code: 'DEMO-TREVIGLIO' } });
    expect(taken.statusCode).toBe(409);
    const region = await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: own, payload: { regionCode: '99' }, headers: { 'accept-language': 'en' } });
    expect(region.statusCode).toBe(400);
    expect(region.json().error.fields).toEqual([{ field: 'regionCode', message: 'Unknown region' }]);
    const detail = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}`, as: viewer })).json();
    expect(detail).toMatchObject({ name: 'Ambito rinominato', code: district.code });
    expect((await t.request({ method: 'PATCH', url: `/api/territory/districts/${district.id}`, as: viewer, payload: { name: 'No' } })).statusCode).toBe(403);
  });

  it('answers 404 for an unknown district and 400 for a malformed id or date', async () => {
    expect((await t.request({ method: 'GET', url: '/api/territory/districts/00000000-0000-4000-8000-000000000000', as: viewer })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/territory/districts/not-a-uuid', as: viewer })).statusCode).toBe(400);
    const date = await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}?date=2024-13-01`, as: viewer });
    expect(date.statusCode).toBe(400);
    expect(date.json().error.fields[0].field).toBe('date');
    expect((await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}` })).statusCode).toBe(401);
  });
});

describe('district composition over time', () => {
  let district: DistrictDetail;
  let a: Municipality, b: Municipality, c: Municipality, d: Municipality;

  beforeAll(async () => {
    [a, b, c, d] = demoMunicipalities as [Municipality, Municipality, Municipality, Municipality];
    district = await createDistrict(admin, 'Ambito con storia');
  });

  it('keeps A,B,C until the change and B,C,D after it, with A closed in the history', async () => {
    const first = await setComposition(district.id, [a.id, b.id, c.id], '2020-01-01');
    expect(first.statusCode).toBe(200);
    expect(names(first.json().municipalities)).toEqual(names([a, b, c]));
    const second = await setComposition(district.id, [b.id, c.id, d.id], '2023-07-01');
    expect(second.statusCode).toBe(200);
    expect(second.json().date).toBe('2023-07-01');
    expect(names(second.json().municipalities)).toEqual(names([b, c, d]));

    const in2021: DistrictDetail = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2021-01-01`, as: viewer })).json();
    expect(names(in2021.municipalities)).toEqual(names([a, b, c]));
    expect(in2021.municipalityCount).toBe(3);
    const in2024: DistrictDetail = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2024-01-01`, as: viewer })).json();
    expect(names(in2024.municipalities)).toEqual(names([b, c, d]));
    // The day before the change still has A; the day of the change does not (validTo is exclusive).
    const dayBefore: DistrictDetail = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2023-06-30`, as: viewer })).json();
    expect(names(dayBefore.municipalities)).toEqual(names([a, b, c]));
    const before2020: DistrictDetail = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2019-12-31`, as: viewer })).json();
    expect(before2020.municipalities).toEqual([]);

    const history = in2024.history.map((h) => ({ id: h.municipalityId, validFrom: h.validFrom, validTo: h.validTo }));
    expect(history).toHaveLength(4);
    expect(history).toEqual(
      expect.arrayContaining([
        { id: a.id, validFrom: '2020-01-01', validTo: '2023-07-01' },
        { id: b.id, validFrom: '2020-01-01', validTo: null },
        { id: c.id, validFrom: '2020-01-01', validTo: null },
        { id: d.id, validFrom: '2023-07-01', validTo: null },
      ]),
    );
  });

  it('filters municipalities by the district composition on a date', async () => {
    const on = async (date: string) =>
      names((await t.request({ method: 'GET', url: `/api/territory/municipalities?districtId=${district.id}&date=${date}`, as: viewer })).json().items);
    expect(await on('2021-01-01')).toEqual(names([a, b, c]));
    expect(await on('2024-01-01')).toEqual(names([b, c, d]));
    expect(await on('2019-06-01')).toEqual([]);
  });

  it('lets the coordinator of the district change it; a coordinator of another district gets 404', async () => {
    const own = (await t.userWith('district_coordinator', 'district', district.id)).cookie;
    const other = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const foreign = await setComposition(district.id, [a.id], '2025-01-01', other);
    expect(foreign.statusCode).toBe(404);
    const asViewer = await setComposition(district.id, [a.id], '2025-01-01', viewer);
    expect(asViewer.statusCode).toBe(403);
    const in2025 = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2025-06-01`, as: viewer })).json();
    expect(names(in2025.municipalities)).toEqual(names([b, c, d]));

    const mine = await setComposition(district.id, [b.id, c.id, d.id, a.id], '2025-01-01', own);
    expect(mine.statusCode).toBe(200);
    expect(names(mine.json().municipalities)).toEqual(names([a, b, c, d]));
    // Earlier dates are untouched.
    const in2021 = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2021-01-01`, as: viewer })).json();
    expect(names(in2021.municipalities)).toEqual(names([a, b, c]));
    const in2024 = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}?date=2024-01-01`, as: viewer })).json();
    expect(names(in2024.municipalities)).toEqual(names([b, c, d]));
  });

  it('names the field of a bad date or an unknown municipality and changes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}`, as: viewer })).json().history;
    const badDate = await setComposition(district.id, [a.id], '2024-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['validFrom']);
    const notUuid = await setComposition(district.id, ['not-a-uuid'], '2024-01-01');
    expect(notUuid.statusCode).toBe(400);
    expect(notUuid.json().error.fields[0].field).toBe('municipalityIds.0');
    const unknown = await setComposition(district.id, [a.id, '00000000-0000-4000-8000-000000000001'], '2020-01-01');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toEqual({ code: 'validation', message: 'Comune inesistente.', fields: [{ field: 'municipalityIds', message: 'Comune inesistente' }] });
    const unknownEn = await t.request({
      method: 'PUT',
      url: `/api/territory/districts/${district.id}/composition`,
      as: admin,
      payload: { municipalityIds: ['00000000-0000-4000-8000-000000000001'], validFrom: '2020-01-01' },
      headers: { 'accept-language': 'en' },
    });
    expect(unknownEn.json().error.fields).toEqual([{ field: 'municipalityIds', message: 'Unknown municipality' }]);
    const after = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}`, as: viewer })).json().history;
    expect(after).toEqual(before);
    const missing = await setComposition('00000000-0000-4000-8000-000000000002', [a.id], '2024-01-01');
    expect(missing.statusCode).toBe(404);
  });
});

describe('district GeoJSON', () => {
  it('serves the boundaries of the municipalities on a date', async () => {
    const res = await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson`, as: viewer });
    expect(res.statusCode).toBe(200);
    const fc = res.json();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(12);
    expect(fc.features.map((f: { properties: { istatCode: string } }) => f.properties.istatCode)).toContain('016219');
    expect(fc.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'Polygon')).toBe(true);
    const [minLon, minLat, maxLon, maxLat] = fc.bbox;
    expect(minLon).toBeGreaterThan(9.4);
    expect(maxLon).toBeLessThan(9.8);
    expect(minLat).toBeGreaterThan(45.3);
    expect(maxLat).toBeLessThan(45.7);
    const before = (await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson?date=2017-01-01`, as: viewer })).json();
    expect(before).toEqual({ type: 'FeatureCollection', bbox: null, features: [] });
  });

  it('answers 404 for an unknown district and 401 without a session', async () => {
    expect((await t.request({ method: 'GET', url: '/api/territory/districts/00000000-0000-4000-8000-000000000000/geojson', as: viewer })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson?date=yesterday`, as: viewer })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson` })).statusCode).toBe(401);
  });
});

describe('roles over a district', () => {
  it('lets the coordinator give and revoke a role over their district', async () => {
    const district = await createDistrict();
    const coordinator = await t.userWith('district_coordinator', 'district', district.id);
    const analyst = await t.userWith('viewer', 'platform');
    const given = await t.request({ method: 'POST', url: `/api/territory/districts/${district.id}/roles`, as: coordinator.cookie, payload: { userId: analyst.userId, role: 'analyst' } });
    expect(given.statusCode).toBe(201);
    const list = await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/roles`, as: coordinator.cookie });
    expect(list.json()).toEqual(expect.arrayContaining([{ id: given.json().id, userId: analyst.userId, role: 'analyst' }]));
    const me = (await t.request({ method: 'GET', url: '/api/auth/me', as: analyst.cookie })).json();
    expect(me.grants).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'analyst', scopeKind: 'district', scopeId: district.id, scopeName: district.name })]));

    const revoked = await t.request({ method: 'DELETE', url: `/api/territory/districts/${district.id}/roles/${given.json().id}`, as: coordinator.cookie });
    expect(revoked.statusCode).toBe(204);
    const after = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/roles`, as: coordinator.cookie })).json();
    expect(after.map((g: { userId: string }) => g.userId)).not.toContain(analyst.userId);
  });

  it('refuses unknown users, roles and grants', async () => {
    const district = await createDistrict();
    const unknownUser = await t.request({ method: 'POST', url: `/api/territory/districts/${district.id}/roles`, as: admin, payload: { userId: '00000000-0000-4000-8000-000000000003', role: 'analyst' } });
    expect(unknownUser.statusCode).toBe(404);
    const someone = await t.userWith('viewer', 'platform');
    const badRole = await t.request({ method: 'POST', url: `/api/territory/districts/${district.id}/roles`, as: admin, payload: { userId: someone.userId, role: 'platform_admin' } });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.fields[0].field).toBe('role');
    const unknownGrant = await t.request({ method: 'DELETE', url: `/api/territory/districts/${district.id}/roles/00000000-0000-4000-8000-000000000004`, as: admin });
    expect(unknownGrant.statusCode).toBe(404);
  });

  it('hides another district from a coordinator and refuses viewers', async () => {
    const district = await createDistrict();
    const own = await t.userWith('district_coordinator', 'district', district.id);
    const other = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
    const someone = await t.userWith('viewer', 'platform');
    expect((await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/roles`, as: other })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/territory/districts/${district.id}/roles`, as: other, payload: { userId: someone.userId, role: 'analyst' } })).statusCode).toBe(404);
    const ownGrant = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/roles`, as: own.cookie })).json()[0];
    expect((await t.request({ method: 'DELETE', url: `/api/territory/districts/${district.id}/roles/${ownGrant.id}`, as: other })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/roles`, as: viewer })).statusCode).toBe(403);
    // A coordinator cannot drop their own coordination (only the platform admin can).
    expect((await t.request({ method: 'DELETE', url: `/api/territory/districts/${district.id}/roles/${ownGrant.id}`, as: own.cookie })).statusCode).toBe(403);
  });
});

describe('concurrent creation', () => {
  it('two districts with the same code at once: one is created, the other gets a 409, never a 500', async () => {
    const admin = (await t.userWith('platform_admin', 'platform')).cookie;
    const payload = { code: 'RACE-1', name: 'Ambito concorrente', kind: 'ambito' };
    const results = await Promise.all([0, 1, 2].map(() => t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload })));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409]);
    for (const r of results.filter((r) => r.statusCode === 409)) expect(['code_taken', 'duplicate']).toContain(r.json().error.code);
  });
});
