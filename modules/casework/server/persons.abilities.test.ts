import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import type { PersonView } from '../contract';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestUser } from './testing';

let t: TestApp;
let net: TestNetwork;
let registered: string; // registered by lead; a case led by lead, partner joined with identity
let ledByPartner: string; // registered by other; a case led by partner

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  const person = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, registeredByServiceId: net.lead.serviceId });
  registered = person.id;
  const c = await createTestCase(t.db, { districtId: net.districtId, personId: registered, lead: net.lead, ownerId: net.lead.operator.userId });
  await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'needs'] });
  const other = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.other.organizationId, registeredByServiceId: net.other.serviceId });
  ledByPartner = other.id;
  await createTestCase(t.db, { districtId: net.districtId, personId: ledByPartner, lead: net.partner, ownerId: net.partner.operator.userId });
}, 60_000);

afterAll(() => t?.close());

async function abilitiesOf(user: TestUser, personId: string): Promise<PersonView['abilities']> {
  const res = await t.request({ method: 'GET', url: `/api/casework/persons/${personId}`, as: user.cookie });
  expect(res.statusCode).toBe(200);
  return res.json<PersonView>().abilities;
}

describe('person abilities', () => {
  it('give the registering operator everything but erasure', async () => {
    expect(await abilitiesOf(net.lead.operator, registered)).toEqual({ update: true, merge: true, export: true, erase: false, manageConsents: true, manageLockouts: true, openCase: true });
  });

  it('give the head of the registering organisation erasure too', async () => {
    expect(await abilitiesOf(net.lead.admin, registered)).toEqual({ update: true, merge: true, export: true, erase: true, manageConsents: true, manageLockouts: true, openCase: true });
  });

  it('give a partner who sees the person through a case neither editing, lockouts nor erasure', async () => {
    expect(await abilitiesOf(net.partner.operator, registered)).toEqual({ update: false, merge: true, export: true, erase: false, manageConsents: true, manageLockouts: false, openCase: true });
    expect((await abilitiesOf(net.partner.admin, registered)).erase).toBe(false);
  });

  it('let the lead service edit and manage lockouts, but erasure stays with the registering organisation', async () => {
    expect(await abilitiesOf(net.partner.admin, ledByPartner)).toEqual({ update: true, merge: true, export: true, erase: false, manageConsents: true, manageLockouts: true, openCase: true });
    expect((await abilitiesOf(net.other.admin, ledByPartner)).erase).toBe(true);
  });

  it('are the rule the routes enforce', async () => {
    const cases: [TestUser, string][] = [
      [net.lead.operator, registered],
      [net.lead.admin, registered],
      [net.partner.operator, registered],
      [net.partner.admin, registered],
      [net.partner.admin, ledByPartner],
    ];
    for (const [user, personId] of cases) {
      const abilities = await abilitiesOf(user, personId);
      const lockouts = await t.request({ method: 'GET', url: `/api/casework/persons/${personId}/lockouts`, as: user.cookie });
      expect(lockouts.statusCode).toBe(abilities.manageLockouts ? 200 : 403);
      const exported = await t.request({ method: 'GET', url: `/api/casework/persons/${personId}/export.json`, as: user.cookie });
      expect(exported.statusCode).toBe(abilities.export ? 200 : 403);
      if (!abilities.erase) {
        const erase = await t.request({ method: 'POST', url: `/api/casework/persons/${personId}/erase`, as: user.cookie, payload: { mode: 'pseudonymise', reason: 'Richiesta della persona' } });
        expect(erase.statusCode).toBe(403);
      }
      if (!abilities.update) {
        const edit = await t.request({ method: 'PATCH', url: `/api/casework/persons/${personId}`, as: user.cookie, payload: { phone: '+39 333 0000000' } });
        expect(edit.statusCode).toBe(403);
      }
    }
  });
});
