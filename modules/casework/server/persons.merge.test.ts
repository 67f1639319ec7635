import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { cases, householdMembers, households, persons } from './schema';
import { createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

const register = async (payload: Record<string, unknown>, as = n.lead.operator.cookie, serviceId = n.lead.serviceId): Promise<string> => {
  const res = await t.request({ method: 'POST', url: '/api/casework/persons', as, payload: { registeredByServiceId: serviceId, ...payload } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
};
const merge = (survivorId: string, duplicateId: string, as = n.lead.operator.cookie) =>
  t.request({ method: 'POST', url: `/api/casework/persons/${survivorId}/merge`, as, payload: { duplicateId, reason: 'Stessa persona: passaporto verificato' } });

describe('merging two records of one person', () => {
  it('moves the cases to the survivor, keeps the other spelling and hides the duplicate', async () => {
    const survivor = await register({ givenName: 'Mohamed', familyName: 'Haddad', birthDate: '1990' });
    const duplicate = await register({ givenName: 'Muhammad', familyName: 'Hadad', birthDate: '1990-05-12', phone: '+39 333 0000000', citizenships: ['TN'] });
    const c = await createTestCase(t.db, { districtId: n.districtId, personId: duplicate, lead: n.lead, ownerId: n.lead.operator.userId });
    const consent = await createTestConsent(t.db, { personId: duplicate, recordedBy: n.lead.operator.userId });

    const res = await merge(survivor, duplicate);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: survivor, alternativeNames: ['Muhammad Hadad'], birthDate: '1990', phone: '+39 333 0000000', citizenships: ['TN'] });
    expect(res.json().cases.map((x: { id: string }) => x.id)).toEqual([c.id]);
    expect((await t.db.select().from(cases).where(eq(cases.id, c.id)))[0]!.personId).toBe(survivor);
    const [dup] = await t.db.select().from(persons).where(eq(persons.id, duplicate));
    expect(dup!.mergedIntoId).toBe(survivor);
    const { consents } = await import('./schema');
    expect((await t.db.select().from(consents).where(eq(consents.id, consent.id)))[0]!.personId).toBe(survivor);

    expect((await t.request({ method: 'GET', url: `/api/casework/persons/${duplicate}`, as: n.lead.operator.cookie })).statusCode).toBe(404);
    const list = await t.request({ method: 'GET', url: '/api/casework/persons?q=Muhammad%20Hadad', as: n.lead.operator.cookie });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([survivor]);

    const history = await t.request({ method: 'GET', url: `/api/casework/persons/${survivor}/history`, as: n.lead.operator2.cookie });
    expect(history.statusCode).toBe(200);
    expect(history.json().merges).toEqual([
      expect.objectContaining({ direction: 'absorbed', mergedId: duplicate, mergedBy: n.lead.operator.userId, reason: 'Stessa persona: passaporto verificato', mergedNames: ['Muhammad Hadad'] }),
    ]);
  });

  it('refuses a merge with itself and a second merge of the same duplicate', async () => {
    const a = await register({ givenName: 'Ahmed', familyName: 'Salem' });
    const b = await register({ givenName: 'Ahmad', familyName: 'Salem' });
    expect((await merge(a, a)).statusCode).toBe(400);
    expect((await merge(a, b)).statusCode).toBe(200);
    const again = await merge(a, b);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('person_already_merged');
  });

  it('answers 404 when the caller does not see one of the two records', async () => {
    const mine = await register({ givenName: 'Olga', familyName: 'Ivanova' });
    const theirs = await register({ givenName: 'Olha', familyName: 'Ivanova' }, n.other.operator.cookie, n.other.serviceId);
    expect((await merge(mine, theirs)).statusCode).toBe(404);
    expect((await merge(theirs, mine)).statusCode).toBe(404);
    expect((await t.db.select().from(persons).where(eq(persons.id, theirs)))[0]!.mergedIntoId).toBeNull();
  });
});

describe('households', () => {
  const thisYear = new Date().getFullYear();

  it('registers a single-parent household and counts its minors', async () => {
    const mother = await register({ givenName: 'Amal', familyName: 'Saidi', birthDate: '1988-02-03', sex: 'F' });
    const child = await register({ givenName: 'Yasmine', familyName: 'Saidi', birthDate: `${thisYear - 6}` });
    const baby = await register({ givenName: 'Omar', familyName: 'Saidi' });
    const res = await t.request({
      method: 'POST',
      url: '/api/casework/households',
      as: n.lead.operator.cookie,
      payload: { name: 'Nucleo Saidi', singleParent: true, registeredByServiceId: n.lead.serviceId, members: [{ personId: mother, relationship: 'head' }, { personId: child, relationship: 'child' }, { personId: baby, relationship: 'child' }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Nucleo Saidi', singleParent: true, minors: 1, unknownAge: 1, abilities: { update: true } });
    const id = res.json().id;
    const person = await t.request({ method: 'GET', url: `/api/casework/persons/${child}`, as: n.lead.operator.cookie });
    expect(person.json().households).toEqual([{ id, name: 'Nucleo Saidi', relationship: 'child' }]);

    const patched = await t.request({ method: 'PATCH', url: `/api/casework/households/${id}`, as: n.lead.operator2.cookie, payload: { singleParent: false } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().singleParent).toBe(false);
    const put = await t.request({ method: 'PUT', url: `/api/casework/households/${id}/members`, as: n.lead.operator.cookie, payload: { members: [{ personId: mother, relationship: 'head' }, { personId: child, relationship: 'child' }] } });
    expect(put.statusCode).toBe(200);
    expect(put.json().members).toHaveLength(2);
    expect((await t.request({ method: 'PATCH', url: `/api/casework/households/${id}`, as: n.lead.operator.cookie, payload: {} })).statusCode).toBe(400);
  });

  it('refuses a member the caller cannot see, and hides the household from other services', async () => {
    const mine = await register({ givenName: 'Irina', familyName: 'Bondar' });
    const hidden = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.other.organizationId, givenName: 'Taras', familyName: 'Bondar' });
    const refused = await t.request({
      method: 'POST',
      url: '/api/casework/households',
      as: n.lead.operator.cookie,
      payload: { name: 'Nucleo Bondar', registeredByServiceId: n.lead.serviceId, members: [{ personId: mine, relationship: 'head' }, { personId: hidden.id, relationship: 'partner' }] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].field).toBe('members.1.personId');

    const ok = await t.request({ method: 'POST', url: '/api/casework/households', as: n.lead.operator.cookie, payload: { name: 'Nucleo Bondar', registeredByServiceId: n.lead.serviceId, members: [{ personId: mine, relationship: 'head' }] } });
    const id = ok.json().id;
    // A member added straight in the table by the other service stays a placeholder for the lead.
    await t.db.insert(householdMembers).values({ householdId: id, personId: hidden.id, relationship: 'partner' });
    const seen = await t.request({ method: 'GET', url: `/api/casework/households/${id}`, as: n.lead.operator.cookie });
    expect(seen.json().members).toEqual([expect.objectContaining({ kind: 'visible', personId: mine }), { kind: 'hidden', relationship: 'partner' }]);
    const put = await t.request({ method: 'PUT', url: `/api/casework/households/${id}/members`, as: n.lead.operator.cookie, payload: { members: [] } });
    expect(put.statusCode).toBe(200);
    expect((await t.db.select().from(householdMembers).where(eq(householdMembers.householdId, id))).map((m) => m.personId)).toEqual([hidden.id]);

    const partnerGet = await t.request({ method: 'GET', url: `/api/casework/households/${id}`, as: n.partner.operator.cookie });
    expect(partnerGet.statusCode).toBe(404);
    expect((await t.request({ method: 'PATCH', url: `/api/casework/households/${id}`, as: n.partner.operator.cookie, payload: { name: 'X' } })).statusCode).toBe(404);
    expect((await t.request({ method: 'PUT', url: `/api/casework/households/${id}/members`, as: n.partner.operator.cookie, payload: { members: [] } })).statusCode).toBe(404);
    expect((await t.db.select().from(households).where(eq(households.id, id)))[0]!.name).toBe('Nucleo Bondar');
  });
});
