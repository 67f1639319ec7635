import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { personKeys } from './schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

const register = (payload: Record<string, unknown>, as = n.lead.operator.cookie, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: '/api/casework/persons', as, payload: { registeredByServiceId: n.lead.serviceId, ...payload }, headers });
const fieldsOf = (res: { json: () => { error: { fields?: { field: string; message: string }[] } } }) =>
  Object.fromEntries((res.json().error.fields ?? []).map((f) => [f.field, f.message]));

describe('registering a person', () => {
  it('saves names in both scripts, a partial birth date and the district of the registering service', async () => {
    const res = await register({
      givenName: 'Amina',
      familyName: 'Benali',
      nativeGivenName: 'أمينة',
      nativeFamilyName: 'بن علي',
      alternativeNames: ['Amina Ben Ali'],
      sex: 'F',
      birthDate: '1992-04',
      birthCountry: 'ma',
      citizenships: ['MA'],
      languages: ['ar', 'fra'],
      needsMediator: true,
      permit: { type: 'family', number: 'PS123', expiresOn: '2027-03-01' },
      phone: '+39 333 1234567',
    });
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({
      givenName: 'Amina',
      nativeFamilyName: 'بن علي',
      birthDate: '1992-04',
      birthCountry: 'MA',
      languages: ['ar', 'fra'],
      permit: { type: 'family', number: 'PS123', expiresOn: '2027-03-01' },
      taxCodeCheck: 'absent',
      districtId: n.districtId,
      registeredBy: { organizationId: n.lead.organizationId, serviceId: n.lead.serviceId, serviceName: expect.any(String) },
      warnings: [],
      abilities: { update: true, merge: true },
    });
    const keys = await t.db.select().from(personKeys).where(eq(personKeys.personId, person.id));
    expect(keys.map((k) => k.key)).toContain(`${keys[0]!.key.split(':')[0]}:1992`);
    const read = await t.request({ method: 'GET', url: `/api/casework/persons/${person.id}`, as: n.lead.operator2.cookie });
    expect(read.statusCode).toBe(200);
    const audited = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.person.read'), eq(auditLog.entityId, person.id)));
    expect(audited[0]?.personalData).toBe(true);
  });

  it('refuses impossible or future dates, bad codes and a service of another organisation, with translated messages', async () => {
    const res = await register({ givenName: 'A', familyName: 'B', birthDate: '1990-02-30', birthCountry: 'Marocco', languages: ['arabic'] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(res)).sort()).toEqual(['birthCountry', 'birthDate', 'languages.0']);
    expect(fieldsOf(res).birthDate).toMatch(/Data non valida/);
    const future = await register({ givenName: 'A', familyName: 'B', birthDate: `${new Date().getFullYear() + 1}` }, n.lead.operator.cookie, { 'accept-language': 'en' });
    expect(fieldsOf(future).birthDate).toBe('The date cannot be in the future.');
    const foreign = await register({ givenName: 'A', familyName: 'B', registeredByServiceId: n.other.serviceId });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(foreign))).toEqual(['registeredByServiceId']);
    const municipality = await register({ givenName: 'A', familyName: 'B', municipalityId: '00000000-0000-4000-8000-000000000000' });
    expect(Object.keys(fieldsOf(municipality))).toEqual(['municipalityId']);
  });

  it('coordinators and analysts cannot register or read persons', async () => {
    expect((await register({ givenName: 'A', familyName: 'B' }, n.coordinator.cookie)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/casework/persons', as: n.analyst.cookie })).statusCode).toBe(403);
  });
});

describe('tax codes', () => {
  const mario = { givenName: 'Mario', familyName: 'Rossi', sex: 'M', birthDate: '1980-01-01' };

  it('accepts a consistent personal code, also in its omocodic form', async () => {
    const res = await register({ ...mario, taxCode: 'rssmra80a01h501u' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ taxCode: 'RSSMRA80A01H501U', taxCodeCheck: 'consistent', warnings: [] });
    expect((await register({ ...mario, taxCode: 'RSSMRA8LA01H501F' })).json().taxCodeCheck).toBe('consistent');
  });

  it('refuses a wrong check character with a field message', async () => {
    const res = await register({ ...mario, taxCode: 'RSSMRA80A01H501X' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).taxCode).toMatch(/Codice fiscale non valido/);
  });

  it('keeps an inconsistent code and says which parts differ', async () => {
    const res = await register({ givenName: 'Maria', familyName: 'Rossi', sex: 'F', birthDate: '1980-01-01', taxCode: 'RSSMRA80A01H501U' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ taxCodeCheck: 'inconsistent', warnings: [{ code: 'tax_code_inconsistent', parts: ['sex'] }] });
  });

  it('accepts an 11-digit provisional code', async () => {
    const res = await register({ givenName: 'Oksana', familyName: 'Melnyk', taxCode: '12345678903' });
    expect(res.statusCode).toBe(201);
    expect(res.json().taxCodeCheck).toBe('provisional');
    expect((await register({ givenName: 'Oksana', familyName: 'Melnyk', taxCode: '12345678901' })).statusCode).toBe(400);
  });
});

describe('reading and editing a person', () => {
  it('another service of the district does not know the person exists', async () => {
    const p = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId });
    expect((await t.request({ method: 'GET', url: `/api/casework/persons/${p.id}`, as: n.other.operator.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/casework/persons/${p.id}`, as: n.other.operator.cookie, payload: { phone: '+39 02 1234' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/casework/persons/${p.id}/history`, as: n.other.operator.cookie })).statusCode).toBe(404);
  });

  it('the registering organisation edits; a partner who sees the case reads but may not edit', async () => {
    const p = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId, registeredByServiceId: n.lead.serviceId, givenName: 'Yusuf', familyName: 'Karimi' });
    const c = await createTestCase(t.db, { districtId: n.districtId, personId: p.id, lead: n.lead, ownerId: n.lead.operator.userId });
    await addTestParticipant(t.db, c.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'] });
    const seen = await t.request({ method: 'GET', url: `/api/casework/persons/${p.id}`, as: n.partner.operator.cookie });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities.update).toBe(false);
    expect(seen.json().cases).toEqual([{ id: c.id, reference: c.reference, status: 'intake', protection: 'ordinary' }]);
    const refused = await t.request({ method: 'PATCH', url: `/api/casework/persons/${p.id}`, as: n.partner.operator.cookie, payload: { phone: '+39 02 1234' } });
    expect(refused.statusCode).toBe(403);
    const edited = await t.request({ method: 'PATCH', url: `/api/casework/persons/${p.id}`, as: n.lead.operator.cookie, payload: { familyName: 'Karimy', birthDate: '1990' } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ familyName: 'Karimy', birthDate: '1990' });
    const keys = (await t.db.select().from(personKeys).where(eq(personKeys.personId, p.id))).map((k) => k.key);
    expect(keys.some((k) => k.endsWith(':1990'))).toBe(true);
    const empty = await t.request({ method: 'PATCH', url: `/api/casework/persons/${p.id}`, as: n.lead.operator.cookie, payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('a partner without the identity section does not see the person', async () => {
    const p = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId });
    const c = await createTestCase(t.db, { districtId: n.districtId, personId: p.id, lead: n.lead, ownerId: n.lead.operator.userId });
    await addTestParticipant(t.db, c.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['needs', 'plan'] });
    expect((await t.request({ method: 'GET', url: `/api/casework/persons/${p.id}`, as: n.partner.operator.cookie })).statusCode).toBe(404);
  });
});
