import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { governanceModule } from '../../module';
import { isoToday } from '../actions/queries';

type FieldError = { field: string; message: string };

let t: TestApp;
let admin: string;
let demoId: string;
let otherDistrictId: string;
let keeper: { id: string };
let party: { id: string };
let stranger: { id: string };
let adminK: string;
let adminP: string;
let opP: string;
let opS: string;
let coordDemo: string;
let coordOther: string;

const day = (offset: number) => isoToday(new Date(Date.now() + offset * 86_400_000));
const req = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, as: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.request({ method, url: `/api/governance${url}`, as, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}), headers });
const fieldsOf = (res: { json: () => { error: { fields: FieldError[] } } }) => Object.fromEntries(res.json().error.fields.map((x) => [x.field, x.message]));

const body = (overrides: Record<string, unknown> = {}) => ({
  kind: 'memorandum',
  title: 'Zeta protocollo antiviolenza',
  subject: 'Rete territoriale antiviolenza',
  districtId: demoId,
  keeperOrganizationId: keeper.id,
  signedOn: day(-310),
  validFrom: day(-300),
  validTo: day(20),
  renewalNoticeDays: 30,
  parties: [
    { organizationId: keeper.id, signatoryName: 'Anna Bianchi', signatoryRole: 'Direttrice' },
    { organizationId: party.id, signatoryName: 'Luca Verdi', signatoryRole: 'Presidente' },
  ],
  ...overrides,
});

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  demoId = (await demoDistrictId(t.db))!;
  const other = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'AGROTHER', name: 'Ambito di Lodi', kind: 'ambito', regionCode: '03' } });
  otherDistrictId = other.json().id;
  keeper = await f.createTestOrganization(t.db, { name: 'Comune capofila Zeta', districtId: demoId });
  party = await f.createTestOrganization(t.db, { name: 'Azienda sanitaria Zeta', districtId: demoId });
  stranger = await f.createTestOrganization(t.db, { name: 'Cooperativa estranea Zeta' });
  adminK = (await t.userWith('org_admin', 'organization', keeper.id)).cookie;
  adminP = (await t.userWith('org_admin', 'organization', party.id)).cookie;
  opP = (await t.userWith('operator', 'organization', party.id)).cookie;
  opS = (await t.userWith('operator', 'organization', stranger.id)).cookie;
  coordDemo = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
  coordOther = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
});
afterAll(() => t.close());

describe('agreements', () => {
  it('registers, shows, edits, tracks obligations, stores documents and renews an agreement', async () => {
    const created = await req('POST', '/agreements', adminK, body());
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({
      kind: 'memorandum',
      keeperOrganizationName: 'Comune capofila Zeta',
      districtName: expect.any(String),
      status: 'active',
      daysToExpiry: 20,
      expiring: true,
      renewsId: null,
      obligations: [],
      documents: [],
      renews: null,
      renewedBy: [],
      abilities: { manage: true },
    });
    expect(a.parties.map((p: { organizationName: string; signatoryName: string }) => [p.organizationName, p.signatoryName])).toEqual([
      ['Azienda sanitaria Zeta', 'Luca Verdi'],
      ['Comune capofila Zeta', 'Anna Bianchi'],
    ]);

    // Who sees it: parties, keeper, the district; not strangers nor other districts.
    expect((await req('GET', `/agreements/${a.id}`, opP)).json().abilities).toEqual({ manage: false });
    expect((await req('GET', `/agreements/${a.id}`, coordDemo)).json().abilities).toEqual({ manage: true });
    expect((await req('GET', `/agreements/${a.id}`, opS)).statusCode).toBe(404);
    expect((await req('GET', `/agreements/${a.id}`, coordOther)).statusCode).toBe(404);
    expect((await req('GET', '/agreements?q=Zeta', opS)).json().total).toBe(0);
    expect((await req('PATCH', `/agreements/${a.id}`, adminP, { title: 'Presa' })).statusCode).toBe(404);

    const patched = await req('PATCH', `/agreements/${a.id}`, adminK, { title: 'Zeta protocollo antiviolenza 2025', renewalNoticeDays: 10 });
    expect(patched.json()).toMatchObject({ title: 'Zeta protocollo antiviolenza 2025', renewalNoticeDays: 10, expiring: false });
    expect(fieldsOf(await req('PATCH', `/agreements/${a.id}`, adminK, { validTo: day(-400) }))).toEqual({ validTo: expect.any(String) });

    // Parties: at least two, each once; replacing them changes who sees the agreement.
    const one = await req('PUT', `/agreements/${a.id}/parties`, adminK, { parties: [{ organizationId: keeper.id }] });
    expect(fieldsOf(one)).toEqual({ parties: 'Un accordo ha almeno due enti firmatari.' });
    const dup = await req('PUT', `/agreements/${a.id}/parties`, adminK, { parties: [{ organizationId: party.id }, { organizationId: party.id }] });
    expect(fieldsOf(dup)).toEqual({ parties: 'Lo stesso ente compare più di una volta.' });
    const three = await req('PUT', `/agreements/${a.id}/parties`, adminK, { parties: [{ organizationId: keeper.id }, { organizationId: party.id }, { organizationId: stranger.id, signatoryName: 'Sara Neri' }] });
    expect(three.json().parties).toHaveLength(3);
    expect((await req('GET', `/agreements/${a.id}`, opS)).statusCode).toBe(200);

    // Obligations are action items of the agreement, in the tracker of those who see the agreement.
    const obligation = await req('POST', `/agreements/${a.id}/obligations`, adminK, { title: 'Relazione semestrale', ownerOrganizationId: party.id, dueDate: day(-1) });
    expect(obligation.statusCode).toBe(201);
    expect(obligation.json()).toMatchObject({ agreementId: a.id, agreementTitle: 'Zeta protocollo antiviolenza 2025', roundtableId: null, overdue: true, ownerOrganizationName: 'Azienda sanitaria Zeta' });
    expect(fieldsOf(await req('POST', `/agreements/${a.id}/obligations`, adminK, { title: 'Senza ente' }))).toEqual({ ownerOrganizationId: expect.any(String) });
    expect((await req('POST', `/agreements/${a.id}/obligations`, adminP, { title: 'Da una parte', ownerOrganizationId: party.id })).statusCode).toBe(404);
    const tracked = await req('GET', `/action-items?agreementId=${a.id}`, opP);
    expect(tracked.json().items.map((i: { title: string }) => i.title)).toEqual(['Relazione semestrale']);
    expect((await req('GET', `/action-items?agreementId=${a.id}`, coordOther)).json().total).toBe(0);
    expect((await req('PATCH', `/action-items/${obligation.json().id}`, opP, { status: 'done' })).statusCode).toBe(200);
    const withObligation = (await req('GET', `/agreements/${a.id}`, opP)).json();
    expect(withObligation.obligations).toEqual([expect.objectContaining({ title: 'Relazione semestrale', status: 'done', overdue: false })]);

    // Documents.
    const pdf = Buffer.from('%PDF-1.4 protocollo firmato');
    const up = await req('POST', `/agreements/${a.id}/documents`, adminK, { filename: 'protocollo firmato.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64') });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ filename: 'protocollo firmato.pdf', mediaType: 'application/pdf', size: pdf.length });
    const badType = await req('POST', `/agreements/${a.id}/documents`, adminK, { filename: 'x.exe', mediaType: 'application/x-msdownload', contentBase64: 'AAAA' });
    expect(fieldsOf(badType)).toEqual({ mediaType: expect.stringContaining('PDF') });
    expect((await req('POST', `/agreements/${a.id}/documents`, adminP, { filename: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'AAAA' })).statusCode).toBe(404);
    const down = await req('GET', `/agreements/${a.id}/documents/${up.json().id}`, opP);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.rawPayload.equals(pdf)).toBe(true);
    expect((await req('GET', `/agreements/${a.id}/documents/${up.json().id}`, coordOther)).statusCode).toBe(404);
    expect((await req('GET', `/agreements/${a.id}`, opP)).json().documents).toHaveLength(1);
    expect((await req('DELETE', `/agreements/${a.id}/documents/${up.json().id}`, adminP)).statusCode).toBe(404);
    expect((await req('DELETE', `/agreements/${a.id}/documents/${up.json().id}`, adminK)).statusCode).toBe(204);
    expect((await req('GET', `/agreements/${a.id}/documents/${up.json().id}`, adminK)).statusCode).toBe(404);

    // Renewal: a new agreement with the same parties, linked both ways; only once.
    expect(Object.keys(fieldsOf(await req('POST', `/agreements/${a.id}/renew`, adminK, { validFrom: day(-300) })))).toEqual(['validFrom']);
    expect(Object.keys(fieldsOf(await req('POST', `/agreements/${a.id}/renew`, adminK, { validFrom: day(21), validTo: day(10) })))).toEqual(['validTo']);
    const renewed = await req('POST', `/agreements/${a.id}/renew`, adminK, { validFrom: day(21), validTo: day(21 + 730), signedOn: day(5) });
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json()).toMatchObject({ renewsId: a.id, status: 'upcoming', renews: { id: a.id }, title: 'Zeta protocollo antiviolenza 2025', keeperOrganizationId: keeper.id });
    expect(renewed.json().parties.map((p: { organizationId: string }) => p.organizationId).sort()).toEqual([keeper.id, party.id, stranger.id].sort());
    expect((await req('GET', `/agreements/${a.id}`, opP)).json().renewedBy).toEqual([{ id: renewed.json().id, title: 'Zeta protocollo antiviolenza 2025', validFrom: day(21), validTo: day(751) }]);
    expect((await req('POST', `/agreements/${a.id}/renew`, adminK, { validFrom: day(30) })).statusCode).toBe(409);
  });

  it('lists by status, expiry, party, district and text', async () => {
    const mk = async (title: string, o: Record<string, unknown>) => (await req('POST', '/agreements', admin, body({ title, ...o }))).json().id as string;
    await mk('Zeta scaduto', { validFrom: day(-800), validTo: day(-10) });
    await mk('Zeta futuro', { validFrom: day(10), validTo: day(400) });
    await mk('Zeta in scadenza', { validFrom: day(-100), validTo: day(5), renewalNoticeDays: 10 });
    await mk('Zeta senza termine', { validFrom: day(-100), validTo: null, districtId: otherDistrictId });
    const titles = async (qs: string, as = admin) => (await req('GET', `/agreements?q=Zeta&pageSize=50&${qs}`, as)).json().items.map((i: { title: string }) => i.title);
    expect(await titles('status=expired')).toEqual(['Zeta scaduto']);
    expect(await titles('status=upcoming')).toEqual(['Zeta futuro', 'Zeta protocollo antiviolenza 2025']);
    expect(await titles('status=active')).toEqual(['Zeta in scadenza', 'Zeta protocollo antiviolenza 2025', 'Zeta senza termine']);
    expect(await titles('expiring=true')).toEqual(['Zeta in scadenza']);
    expect(await titles(`districtId=${otherDistrictId}`)).toEqual(['Zeta senza termine']);
    expect(await titles(`organizationId=${stranger.id}`)).toEqual(['Zeta protocollo antiviolenza 2025', 'Zeta protocollo antiviolenza 2025']);
    expect((await req('GET', '/agreements?q=scadenza', admin)).json().items.map((i: { title: string }) => i.title)).toContain('Zeta in scadenza');
    expect((await req('GET', '/agreements?q=Zeta%20scad', admin)).json().items.map((i: { title: string }) => i.title)).toEqual(['Zeta scaduto']);
    // Visibility in lists: the other district's coordinator sees only the agreement in their district.
    expect(await titles('', coordOther)).toEqual(['Zeta senza termine']);
    const row = (await req('GET', '/agreements?q=Zeta%20in%20scadenza', opP)).json().items[0];
    expect(row).toMatchObject({ status: 'active', daysToExpiry: 5, expiring: true, abilities: { manage: false } });
  });

  it('takes uploads beyond the default JSON limit up to 10 MB, and refuses larger files with a clear message', async () => {
    const a = (await req('POST', '/agreements', adminK, body({ title: 'Zeta allegati grandi' }))).json();
    const big = Buffer.alloc(2 * 1024 * 1024, 7);
    const ok = await req('POST', `/agreements/${a.id}/documents`, adminK, { filename: 'scansione.png', mediaType: 'image/png', contentBase64: big.toString('base64') });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().size).toBe(big.length);
    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1, 7).toString('base64');
    const refused = await req('POST', `/agreements/${a.id}/documents`, adminK, { filename: 'enorme.pdf', mediaType: 'application/pdf', contentBase64: tooBig });
    expect(fieldsOf(refused)).toEqual({ contentBase64: 'Il file supera i 10 MB.' });
    expect((await req('GET', `/agreements/${a.id}`, adminK)).json().documents).toHaveLength(1);
  });

  it('validates dates, parties, scope and numbers; nothing is written', async () => {
    const before = (await req('GET', '/agreements', admin)).json().total;
    expect(fieldsOf(await req('POST', '/agreements', adminK, body({ parties: [{ organizationId: keeper.id }] }), { 'accept-language': 'en' }))).toEqual({
      parties: 'An agreement has at least two signing organisations.',
    });
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', adminK, body({ validTo: day(-301) }))))).toEqual(['validTo']);
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', adminK, body({ renewalNoticeDays: 400 }))))).toEqual(['renewalNoticeDays']);
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', adminK, body({ keeperOrganizationId: '00000000-0000-4000-8000-000000000000' }))))).toEqual(['keeperOrganizationId']);
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', adminK, body({ kind: 'contract' }))))).toEqual(['kind']);
    // An org admin keeps agreements for their own organisation only; a coordinator in their own district only.
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', adminK, body({ keeperOrganizationId: party.id }))))).toEqual(['keeperOrganizationId']);
    expect(Object.keys(fieldsOf(await req('POST', '/agreements', coordOther, body()))).length).toBe(1);
    expect((await req('POST', '/agreements', opP, body())).statusCode).toBe(403);
    expect((await req('GET', '/agreements', admin)).json().total).toBe(before);
    expect((await req('POST', '/agreements', coordDemo, body({ title: 'Zeta del coordinamento' }))).statusCode).toBe(201);
  });
});
