import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../../platform/notifications/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { signMatchToken } from './matchToken';
import { createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

type Match = { kind: 'visible' | 'hidden'; person?: { id: string; familyName: string }; matchToken?: string; serviceName?: string | null; organizationName?: string | null; restricted?: boolean; decision: string };
const check = async (payload: Record<string, unknown>, as = n.lead.operator.cookie): Promise<{ status: number; matches: Match[] }> => {
  const res = await t.request({ method: 'POST', url: '/api/casework/persons/duplicates', as, payload: { registeredByServiceId: n.lead.serviceId, ...payload } });
  return { status: res.statusCode, matches: res.json().matches };
};
const mohamed = (registeredBy: { organizationId: string; serviceId: string }, familyName = 'Haddad') =>
  createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: registeredBy.organizationId, registeredByServiceId: registeredBy.serviceId, givenName: 'Mohamed', familyName, birthYear: 1990, sex: 'M' });

describe('duplicate check at registration', () => {
  it("finds 'Muhammad Hadad' as a hidden match at another service, naming only the service", async () => {
    const existing = await mohamed(n.other, 'Haddad');
    const { status, matches } = await check({ givenName: 'Muhammad', familyName: 'Hadad', birthDate: '1990', sex: 'M' });
    expect(status).toBe(200);
    const hidden = matches.find((m) => m.kind === 'hidden');
    expect(hidden).toMatchObject({ kind: 'hidden', serviceName: expect.stringContaining('Cooperativa'), organizationName: expect.stringContaining('Cooperativa'), restricted: false, decision: 'possible' });
    expect(JSON.stringify(matches)).not.toContain(existing.id);
    expect(JSON.stringify(matches)).not.toContain('Haddad');
  });

  it('shows a match registered by the caller’s own organisation in full', async () => {
    const own = await mohamed(n.lead, 'Haddadi');
    const { matches } = await check({ givenName: 'Mohammed', familyName: 'Haddadi', birthDate: '1990', sex: 'M' });
    const visible = matches.find((m) => m.kind === 'visible' && m.person?.id === own.id);
    expect(visible).toMatchObject({ kind: 'visible', person: { familyName: 'Haddadi' } });
  });

  it('does not name the service of a person with a restricted case', async () => {
    const p = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.partner.organizationId, registeredByServiceId: n.partner.serviceId, givenName: 'Fatima', familyName: 'Zahra', birthYear: 1985, birthMonth: 3, birthDay: 10, sex: 'F' });
    await createTestCase(t.db, { districtId: n.districtId, personId: p.id, lead: n.partner, ownerId: n.partner.operator.userId, protection: 'restricted' });
    const { matches } = await check({ givenName: 'Fatma', familyName: 'Zahra', birthDate: '1985-03-10', sex: 'F' });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ kind: 'hidden', serviceName: null, organizationName: null, restricted: true });
  });

  it('refuses a check without any name or on behalf of another organisation', async () => {
    expect((await check({ birthDate: '1990' })).status).toBe(400);
    expect((await check({ givenName: 'Ali', registeredByServiceId: n.other.serviceId })).status).toBe(400);
  });
});

describe('contact requests on a hidden match', () => {
  it('notifies the staff of the organisation holding the record, without naming the person', async () => {
    await mohamed(n.other, 'Hadded');
    const { matches } = await check({ givenName: 'Mohamed', familyName: 'Hadded', birthDate: '1990', sex: 'M' });
    const token = matches.find((m) => m.kind === 'hidden')!.matchToken!;
    const res = await t.request({ method: 'POST', url: '/api/casework/persons/contact-requests', as: n.lead.operator.cookie, payload: { matchToken: token, message: 'Possibile doppia registrazione, ci sentiamo?' } });
    expect(res.statusCode).toBe(202);
    expect(res.json().sent).toBeGreaterThanOrEqual(3);
    const received = await t.db.select().from(notifications).where(and(eq(notifications.userId, n.other.operator.userId), eq(notifications.kind, 'casework.contact_request')));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ messageKey: 'casework:notifications.contactRequest', link: null });
    expect(JSON.stringify(received[0]!.params)).not.toMatch(/Hadded|Mohamed/);
    const bystander = await t.db.select().from(notifications).where(eq(notifications.userId, n.partner.operator.userId));
    expect(bystander).toHaveLength(0);
  });

  it('refuses a token of another user, a tampered one and an expired one', async () => {
    const p = await mohamed(n.other, 'Haddar');
    const key = t.config.encryptionKey;
    const send = (matchToken: string, as = n.lead.operator.cookie) => t.request({ method: 'POST', url: '/api/casework/persons/contact-requests', as, payload: { matchToken, message: 'ciao' } });
    const mine = signMatchToken(key, p.id, n.lead.operator.userId, n.lead.serviceId);
    expect((await send(mine, n.lead.operator2.cookie)).statusCode).toBe(400);
    const [body, sig] = mine.split('.');
    expect((await send(`${body!.slice(0, -2)}AA.${sig}`)).statusCode).toBe(400);
    const old = signMatchToken(key, p.id, n.lead.operator.userId, n.lead.serviceId, Date.now() - 25 * 3600_000);
    const res = await send(old);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_match_token');
  });
});
