import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../../platform/testing/testApp';
import { caseWorkers, participants, referrals } from './schema';
import { addTestParticipant, createTestCase, createTestConsent, createTestNetwork, createTestPerson, startCaseworkApp, testCaseAccess, type TestNetwork, type TestUser } from './testing';

let t: TestApp;
let n: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  n = await createTestNetwork(t);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n').toString('base64');
const post = (url: string, as: TestUser, payload: Record<string, unknown> = {}) => t.request({ method: 'POST', url, as: as.cookie, payload });
const get = (url: string, as: TestUser) => t.request({ method: 'GET', url, as: as.cookie });

const sees = (u: TestUser, caseId: string) => testCaseAccess(t, n, u, caseId);

async function personWithCase() {
  const person = await createTestPerson(t.db, { districtId: n.districtId, registeredByOrganizationId: n.lead.organizationId });
  const row = await createTestCase(t.db, { districtId: n.districtId, personId: person.id, lead: n.lead, ownerId: n.lead.operator.userId });
  const consent = await createTestConsent(t.db, { personId: person.id, recordedBy: n.lead.operator.userId });
  return { person, row, consent };
}
const lock = (personId: string, payload: Record<string, unknown>, as: TestUser = n.lead.operator) => post(`/api/casework/persons/${personId}/lockouts`, as, payload);
const refer = (caseId: string, consentId: string, extra: Record<string, unknown> = {}) =>
  post(`/api/casework/cases/${caseId}/referrals`, n.lead.operator, { toServiceId: n.partner.serviceId, reason: 'Accompagnamento al lavoro', basis: 'consent', consentId, sections: ['needs'], ...extra });

describe('locking a service out', () => {
  it('hides the case from that service, ends its participation and its pending referrals, and blocks new referrals with a neutral message', async () => {
    const { person, row, consent } = await personWithCase();
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['needs'], consentId: consent.id });
    const other = await personWithCase();
    expect(await sees(n.partner.operator, row.id)).not.toBeNull();

    const res = await lock(person.id, { serviceId: n.partner.serviceId, reason: 'Richiesta della persona' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ serviceId: n.partner.serviceId, organizationId: n.partner.organizationId, userId: null, reason: 'Richiesta della persona', liftedAt: null });
    expect(res.json().serviceName).toContain('Centro antiviolenza');
    expect(await sees(n.partner.operator, row.id)).toBeNull();
    expect((await get(`/api/casework/cases/${row.id}`, n.partner.operator)).statusCode).toBe(404);
    const [p] = await t.db.select().from(participants).where(and(eq(participants.caseId, row.id), eq(participants.serviceId, n.partner.serviceId)));
    expect(p!.endedAt).not.toBeNull();

    const blocked = await refer(row.id, consent.id);
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().error).toMatchObject({ code: 'referral_not_possible', message: 'Non è possibile inviare il caso a questo servizio.' });
    expect(blocked.json().error.message).not.toMatch(/esclu|lock/i);
    // Another person's case is untouched.
    expect((await refer(other.row.id, other.consent.id)).statusCode).toBe(201);
  });

  it('withdraws a pending referral to the locked service, and its attachments are no longer readable there', async () => {
    const { person, row, consent } = await personWithCase();
    const sent = (await refer(row.id, consent.id, { attachments: [{ fileName: 'relazione.pdf', contentType: 'application/pdf', contentBase64: PDF }] })).json();
    expect((await get(`/api/casework/documents/${sent.attachments[0].id}`, n.partner.operator)).statusCode).toBe(200);
    expect((await lock(person.id, { serviceId: n.partner.serviceId })).statusCode).toBe(201);
    const [r] = await t.db.select().from(referrals).where(eq(referrals.id, sent.id));
    expect(r!.status).toBe('revoked');
    expect((await get(`/api/casework/documents/${sent.attachments[0].id}`, n.partner.operator)).statusCode).toBe(404);
    // The referral drops out of the locked service's inbox like the case itself; the sender still sees it.
    expect((await post(`/api/casework/referrals/${sent.id}/accept`, n.partner.operator)).statusCode).toBe(404);
    expect((await get(`/api/casework/referrals/${sent.id}`, n.partner.operator)).statusCode).toBe(404);
    const inbox = (await get('/api/casework/referrals?box=inbox&pageSize=200', n.partner.operator)).json();
    expect(inbox.items.some((r: { id: string }) => r.id === sent.id)).toBe(false);
    expect((await get(`/api/casework/referrals/${sent.id}`, n.lead.operator)).json()).toMatchObject({ status: 'revoked' });
  });

  it('hides a referral from a worker of the receiving service the person shut out', async () => {
    const { person, row, consent } = await personWithCase();
    const sent = (await refer(row.id, consent.id)).json();
    expect((await lock(person.id, { userId: n.partner.operator2.userId })).statusCode).toBe(201);
    expect((await get(`/api/casework/referrals/${sent.id}`, n.partner.operator2)).statusCode).toBe(404);
    const inbox = (await get('/api/casework/referrals?box=inbox&pageSize=200', n.partner.operator2)).json();
    expect(inbox.items.some((r: { id: string }) => r.id === sent.id)).toBe(false);
    expect((await post(`/api/casework/referrals/${sent.id}/accept`, n.partner.operator2)).statusCode).toBe(404);
    expect((await post(`/api/casework/referrals/${sent.id}/accept`, n.partner.operator)).statusCode).toBe(200);
  });

  it('refuses to lock out the lead service or the owner of an open case, or the same target twice', async () => {
    const { person } = await personWithCase();
    const lead = await lock(person.id, { serviceId: n.lead.serviceId });
    expect(lead.statusCode).toBe(400);
    expect(lead.json().error.code).toBe('lockout_lead_service');
    const owner = await lock(person.id, { userId: n.lead.operator.userId });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().error.message).toBe('Non puoi escludere il titolare di un caso aperto: assegna prima il caso a un altro operatore.');
    expect((await lock(person.id, { serviceId: n.other.serviceId })).statusCode).toBe(201);
    expect((await lock(person.id, { serviceId: n.other.serviceId })).statusCode).toBe(409);
    const both = await lock(person.id, { serviceId: n.other.serviceId, userId: n.other.operator.userId });
    expect(both.statusCode).toBe(400);
    expect((await lock(person.id, {})).statusCode).toBe(400);
    const unknown = await lock(person.id, { userId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().error.fields).toEqual([{ field: 'userId', message: 'Operatore inesistente.' }]);
  });
});

describe('locking a worker out', () => {
  it('hides the case and the person from that worker only, removes them from the named workers, and comes back when lifted', async () => {
    const { person, row } = await personWithCase();
    await t.db.insert(caseWorkers).values({ caseId: row.id, userId: n.lead.operator2.userId, organizationId: n.lead.organizationId, addedBy: n.lead.operator.userId });
    const res = await lock(person.id, { userId: n.lead.operator2.userId, reason: 'Conoscente della famiglia' });
    expect(res.statusCode).toBe(201);
    expect(res.json().userName).toBe('Test operator');
    expect(await sees(n.lead.operator2, row.id)).toBeNull();
    expect((await get(`/api/casework/cases/${row.id}`, n.lead.operator2)).statusCode).toBe(404);
    expect((await get(`/api/casework/persons/${person.id}/consents`, n.lead.operator2)).statusCode).toBe(404);
    expect(await sees(n.lead.operator, row.id)).not.toBeNull();
    expect((await get(`/api/casework/cases/${row.id}`, n.lead.admin)).statusCode).toBe(200);
    expect(await t.db.select().from(caseWorkers).where(and(eq(caseWorkers.caseId, row.id), eq(caseWorkers.userId, n.lead.operator2.userId)))).toHaveLength(0);

    const list = await get(`/api/casework/persons/${person.id}/lockouts`, n.lead.admin);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([expect.objectContaining({ id: res.json().id, userId: n.lead.operator2.userId })]);
    // The locked-out worker cannot lift it: to them the person does not exist.
    expect((await post(`/api/casework/lockouts/${res.json().id}/lift`, n.lead.operator2)).statusCode).toBe(404);
    const lifted = await post(`/api/casework/lockouts/${res.json().id}/lift`, n.lead.operator);
    expect(lifted.statusCode).toBe(200);
    expect(lifted.json().liftedAt).not.toBeNull();
    expect((await post(`/api/casework/lockouts/${res.json().id}/lift`, n.lead.operator)).statusCode).toBe(409);
    expect(await sees(n.lead.operator2, row.id)).not.toBeNull();
  });
});

describe('who manages lockouts', () => {
  it('the lead or registering staff only: a participant gets 403, another organisation 404', async () => {
    const { person, row, consent } = await personWithCase();
    await addTestParticipant(t.db, row.id, { organizationId: n.partner.organizationId, serviceId: n.partner.serviceId, sections: ['identity', 'needs'], consentId: consent.id });
    const lockout = (await lock(person.id, { userId: n.other.operator.userId })).json();
    expect((await get(`/api/casework/persons/${person.id}/lockouts`, n.partner.operator)).statusCode).toBe(403);
    const denied = await lock(person.id, { userId: n.partner.operator2.userId }, n.partner.operator);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('lockout_forbidden');
    expect((await post(`/api/casework/lockouts/${lockout.id}/lift`, n.partner.operator)).statusCode).toBe(403);
    for (const u of [n.other.operator2, n.other.admin]) {
      expect((await get(`/api/casework/persons/${person.id}/lockouts`, u)).statusCode).toBe(404);
      expect((await lock(person.id, { userId: n.partner.operator2.userId }, u)).statusCode).toBe(404);
      expect((await post(`/api/casework/lockouts/${lockout.id}/lift`, u)).statusCode).toBe(404);
    }
    expect((await get(`/api/casework/persons/${person.id}/lockouts`, n.coordinator)).statusCode).toBe(403);
    expect((await post(`/api/casework/lockouts/00000000-0000-4000-8000-000000000000/lift`, n.lead.operator)).statusCode).toBe(404);
  });
});
