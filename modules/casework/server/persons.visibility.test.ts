import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/access/roles';
import type { TestApp } from '../../../platform/testing/testApp';
import { accessToPersons, visiblePersonCondition } from './queries/persons';
import { consents, emergencyAccesses, householdMembers, households, lockouts, persons } from './schema';
import { addTestParticipant, createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestService } from './testing';

let t: TestApp;
let n: TestNetwork;
const people: Record<string, string> = {};

const actorOf = (service: TestService, user = service.operator): Actor => ({
  userId: user.userId,
  email: user.email,
  displayName: 'Test',
  grants: [{ role: 'operator', scopeKind: 'organization', scopeId: service.organizationId }],
  sessionId: null,
  mustChangePassword: false,
});

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
  const person = async (key: string, by: TestService = n.other) => {
    people[key] = (await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: by.organizationId, registeredByServiceId: by.serviceId })).id;
    return people[key];
  };
  const leadCase = (personId: string, protection: 'ordinary' | 'restricted' = 'ordinary') => createTestCase(t.db, { districtId: n.districtId, personId, lead: n.lead, ownerId: n.lead.operator.userId, protection });

  await person('registeredByLead', n.lead);
  await leadCase(await person('ordinaryLeadCase'));
  const restricted = await leadCase(await person('restrictedCase'), 'restricted');
  await t.db.insert(emergencyAccesses).values({ caseId: restricted.id, userId: n.lead.admin.userId, reason: 'urgenza', expiresAt: new Date(Date.now() + 3600_000) });
  const shared = await leadCase(await person('partnerIdentity'));
  await addTestParticipant(t.db, shared.id, { ...n.partner, sections: ['identity'] });
  const expired = await leadCase(await person('partnerExpired'));
  await addTestParticipant(t.db, expired.id, { ...n.partner, sections: ['identity'], until: '2020-01-01' });
  const withdrawnFor = await person('partnerWithdrawn');
  const withdrawnCase = await leadCase(withdrawnFor);
  const consent = await createTestConsent(t.db, { personId: withdrawnFor, recordedBy: n.lead.operator.userId });
  await t.db.update(consents).set({ withdrawnAt: new Date() }).where(inArray(consents.id, [consent.id]));
  await addTestParticipant(t.db, withdrawnCase.id, { ...n.partner, sections: ['identity'], consentId: consent.id });
  const lockedUser = await person('lockedUser', n.lead);
  await t.db.insert(lockouts).values({ personId: lockedUser, userId: n.lead.operator2.userId, recordedBy: n.lead.operator.userId });
  const lockedOrg = await person('lockedOrg', n.lead);
  await t.db.insert(lockouts).values({ personId: lockedOrg, organizationId: n.lead.organizationId, serviceId: n.lead.serviceId, recordedBy: n.lead.operator.userId });
  const member = await person('householdMember');
  const [h] = await t.db.insert(households).values({ districtId: n.districtId, registeredByOrganizationId: n.other.organizationId, name: 'Nucleo' }).returning();
  await t.db.insert(householdMembers).values({ householdId: h!.id, personId: member, relationship: 'head' });
  await createTestCase(t.db, { districtId: n.districtId, householdId: h!.id, lead: n.lead, ownerId: n.lead.operator.userId });
});
afterAll(() => t.close());

describe('the SQL twin of personVisible', () => {
  it('agrees with the pure rule for every caller and every kind of link', async () => {
    const ids = Object.values(people);
    const rows = await t.db.select().from(persons).where(inArray(persons.id, ids));
    const callers: Record<string, Actor> = {
      leadOperator: actorOf(n.lead),
      leadOperator2: actorOf(n.lead, n.lead.operator2),
      leadAdminEmergency: actorOf(n.lead, n.lead.admin),
      partner: actorOf(n.partner),
      other: actorOf(n.other),
    };
    const seen: Record<string, string[]> = {};
    for (const [name, actor] of Object.entries(callers)) {
      const pure = await accessToPersons(t.db, actor, rows);
      const expected = ids.filter((id) => pure.get(id)?.visible).sort();
      const bySql = (await t.db.select({ id: persons.id }).from(persons).where(visiblePersonCondition(actor))).map((r) => r.id).filter((id) => ids.includes(id)).sort();
      expect(bySql, name).toEqual(expected);
      seen[name] = Object.entries(people).filter(([, id]) => expected.includes(id)).map(([k]) => k).sort();
    }
    // And the rule says what the README says: a locked-out organisation no longer sees whom it registered.
    expect(Object.values(seen).some((keys) => keys.includes('lockedOrg'))).toBe(false);
    expect(seen.leadOperator).toEqual(['householdMember', 'lockedUser', 'ordinaryLeadCase', 'partnerExpired', 'partnerIdentity', 'partnerWithdrawn', 'registeredByLead', 'restrictedCase']);
    expect(seen.leadOperator2).not.toContain('restrictedCase');
    expect(seen.leadOperator2).not.toContain('lockedUser');
    expect(seen.leadAdminEmergency).toContain('restrictedCase');
    expect(seen.partner).toEqual(['partnerIdentity']);
  });
});
