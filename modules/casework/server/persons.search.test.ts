import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { searchPersons } from './queries/personSearch';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let n: TestNetwork;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
  const reg = (who: { organizationId: string; serviceId: string }) => ({ districtId: n.districtId, registeredByOrganizationId: who.organizationId, registeredByServiceId: who.serviceId });
  // Registered through the API, so the search name and the keys are the ones the module writes.
  const register = async (key: string, payload: Record<string, unknown>, as = n.lead.operator.cookie, serviceId = n.lead.serviceId) => {
    const res = await t.request({ method: 'POST', url: '/api/casework/persons', as, payload: { registeredByServiceId: serviceId, ...payload } });
    ids[key] = res.json().id;
  };
  await register('haddad', { givenName: 'Mohamed', familyName: 'Haddad', birthDate: '1990' });
  await register('ahmad', { givenName: 'Ahmad', familyName: 'Karimi', birthDate: '1987-05-02' });
  await register('nicolo', { givenName: 'Nicolò', familyName: 'Rossi' });
  await register('olena', { givenName: 'Olena', familyName: 'Kovalenko', taxCode: 'KVLLNO80A41Z138N' });
  // Someone else's: the other service registered them, the lead has no part in it.
  await register('elsewhere', { givenName: 'Muhammad', familyName: 'Hadad', birthDate: '1990' }, n.other.operator.cookie, n.other.serviceId);
  // Seen through a case the partner shares with identity; another through a case without it.
  const shared = await createTestPerson(t.db, { ...reg(n.other), givenName: 'Ahmed', familyName: 'Nasser' });
  const c = await createTestCase(t.db, { districtId: n.districtId, personId: shared.id, lead: n.other, ownerId: n.other.operator.userId });
  await addTestParticipant(t.db, c.id, { ...n.lead, sections: ['identity', 'needs'] });
  ids.shared = shared.id;
  const partial = await createTestPerson(t.db, { ...reg(n.other), givenName: 'Ahmed', familyName: 'Nassar' });
  const c2 = await createTestCase(t.db, { districtId: n.districtId, personId: partial.id, lead: n.other, ownerId: n.other.operator.userId });
  await addTestParticipant(t.db, c2.id, { ...n.lead, sections: ['needs'] });
  ids.partial = partial.id;
});
afterAll(() => t.close());

type Hit = { id: string; givenName: string; familyName: string; visibleCases: number; registeredByServiceName: string | null };
const search = async (q: string, as = n.lead.operator.cookie): Promise<{ items: Hit[]; total: number }> => {
  const res = await t.request({ method: 'GET', url: `/api/casework/persons?q=${encodeURIComponent(q)}`, as });
  expect(res.statusCode).toBe(200);
  return res.json();
};
const found = async (q: string, as?: string) => (await search(q, as)).items.map((i) => i.id);

describe('name search', () => {
  it('finds transliteration, accent, typo and swapped-name variants', async () => {
    expect(await found('Muhammad Hadad')).toContain(ids.haddad);
    expect(await found('Mohammed')).toContain(ids.haddad);
    expect(await found('Haddad Mohamed')).toContain(ids.haddad);
    expect(await found('Ahmed Karimi')).toContain(ids.ahmad);
    expect(await found('nicolo rosi')).toContain(ids.nicolo);
    expect(await found('Elena Kovalenko')).toContain(ids.olena);
    expect(await found('kvllno80a41z138n')).toEqual([ids.olena]);
  });

  it('with a birth year, keeps the variants born that year (or a year off) and drops the others', async () => {
    const withYear = async (q: string, year: number) => (await t.request({ method: 'GET', url: `/api/casework/persons?q=${encodeURIComponent(q)}&birthYear=${year}`, as: n.lead.operator.cookie })).json().items.map((i: Hit) => i.id);
    expect(await withYear('Muhammad Hadad', 1990)).toContain(ids.haddad);
    expect(await withYear('Muhammad Hadad', 1991)).toContain(ids.haddad);
    expect(await withYear('Muhammad Hadad', 1975)).not.toContain(ids.haddad);
    const bad = await t.request({ method: 'GET', url: '/api/casework/persons?q=Haddad&birthYear=18', as: n.lead.operator.cookie });
    expect(bad.statusCode).toBe(400);
  });

  it('never returns persons of other services, nor those seen without the identity section', async () => {
    const hits = await found('Muhammad Hadad');
    expect(hits).not.toContain(ids.elsewhere);
    const ahmed = await search('Ahmed Nasser');
    expect(ahmed.items.map((i) => i.id)).toContain(ids.shared);
    expect(ahmed.items.map((i) => i.id)).not.toContain(ids.partial);
    expect(ahmed.items.find((i) => i.id === ids.shared)?.visibleCases).toBe(1);
    expect(await found('Mohamed Haddad', n.other.operator.cookie)).toEqual([ids.elsewhere]);
    expect(await found('Mohamed Haddad', n.partner.operator.cookie)).toEqual([]);
  });

  it('lists visible persons in name order, paged on the server', async () => {
    const first = await t.request({ method: 'GET', url: '/api/casework/persons?pageSize=2', as: n.lead.operator.cookie });
    expect(first.json()).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    const all = await t.request({ method: 'GET', url: '/api/casework/persons?pageSize=50', as: n.lead.operator.cookie });
    const names = (all.json().items as Hit[]).map((i) => i.familyName);
    expect(names).toEqual(['Haddad', 'Karimi', 'Kovalenko', 'Nasser', 'Rossi']);
    expect((await t.request({ method: 'GET', url: '/api/casework/persons?pageSize=500', as: n.lead.operator.cookie })).statusCode).toBe(400);
  });

  it('is callable directly for benchmarks, with the same visibility', async () => {
    const actor = { userId: n.partner.operator.userId, email: '', displayName: '', grants: [{ role: 'operator' as const, scopeKind: 'organization' as const, scopeId: n.partner.organizationId }], sessionId: null, mustChangePassword: false };
    expect((await searchPersons(t.db, actor, { q: 'Mohamed', page: 1, pageSize: 10 })).total).toBe(0);
  });
});
