import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../../platform/testing/testApp';
import { auditLog } from '../../../platform/audit/schema';
import { notifications } from '../../../platform/notifications/schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestUser } from './testing';
import { caseEvents, caseWorkers, cases, lockouts, participants } from './schema';

let t: TestApp;
let net: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
});
afterAll(() => t.close());

const person = (overrides: Record<string, unknown> = {}) => createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, ...overrides });
const open = (as: TestUser, payload: Record<string, unknown>) => t.request({ method: 'POST', url: '/api/casework/cases', as: as.cookie, payload });
const get = (as: TestUser, url: string) => t.request({ method: 'GET', url, as: as.cookie });
const post = (as: TestUser, url: string, payload: Record<string, unknown>) => t.request({ method: 'POST', url, as: as.cookie, payload });
const restrictedCase = async () => {
  const p = await person({ givenName: 'Amina', familyName: 'Haddad' });
  return createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId, protection: 'restricted', status: 'active' });
};

describe('opening a case', () => {
  it('gives a district reference, the lead participation and names the opener owner and worker', async () => {
    const p = await person({ givenName: 'Yusuf', familyName: 'Karimi' });
    const res = await open(net.lead.operator, { personId: p.id, leadServiceId: net.lead.serviceId, needs: ['housing', 'language', 'housing'], protection: 'ordinary', summary: 'Sfratto imminente' });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.reference).toMatch(new RegExp(`^${new Date().getFullYear()}-\\d{6}$`));
    expect(c).toMatchObject({ status: 'intake', needs: ['housing', 'language'], summary: 'Sfratto imminente', districtId: net.districtId });
    expect(c.subject).toMatchObject({ kind: 'person', hidden: false, givenName: 'Yusuf', familyName: 'Karimi' });
    expect(c.participants).toEqual([expect.objectContaining({ serviceId: net.lead.serviceId, role: 'lead', sections: expect.arrayContaining(['identity', 'health', 'notes']) })]);
    expect(c.owner.userId).toBe(net.lead.operator.userId);
    expect(c.workers).toEqual([expect.objectContaining({ userId: net.lead.operator.userId, isOwner: true })]);
    expect(c.access).toMatchObject({ level: 'full', isLead: true, isNamedWorker: true });
    const events = (await get(net.lead.operator, `/api/casework/cases/${c.id}/events`)).json();
    expect(events).toEqual([expect.objectContaining({ kind: 'opened', toStatus: 'intake', userId: net.lead.operator.userId })]);

    // The next case of the district takes the next number.
    const second = (await open(net.lead.operator2, { personId: p.id, leadServiceId: net.lead.serviceId, needs: ['work'] })).json();
    expect(Number(second.reference.slice(5))).toBe(Number(c.reference.slice(5)) + 1);
  });

  it('refuses a body naming both a person and a household, or neither, with a 400', async () => {
    const p = await person();
    const both = await open(net.lead.operator, { personId: p.id, householdId: p.id, leadServiceId: net.lead.serviceId, needs: [] });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields[0]).toEqual({ field: 'personId', message: 'Indica una persona oppure un nucleo familiare, non entrambi.' });
    const neither = await open(net.lead.operator, { leadServiceId: net.lead.serviceId, needs: [] });
    expect(neither.statusCode).toBe(400);
  });

  it("refuses a lead service of someone else's organisation", async () => {
    const p = await person();
    const res = await open(net.lead.operator, { personId: p.id, leadServiceId: net.other.serviceId, needs: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('case_lead_service');
  });

  it('answers 404 for a person the caller may not see, as for one that does not exist', async () => {
    const p = await person({ registeredByOrganizationId: net.partner.organizationId });
    const res = await open(net.lead.operator, { personId: p.id, leadServiceId: net.lead.serviceId, needs: [] });
    expect(res.statusCode).toBe(404);
    const missing = await open(net.lead.operator, { personId: '00000000-0000-4000-8000-000000000000', leadServiceId: net.lead.serviceId, needs: [] });
    expect(missing.statusCode).toBe(404);
    expect(await t.db.select().from(cases).where(eq(cases.personId, p.id))).toHaveLength(0);
  });

  it('stores the summary of a restricted case encrypted', async () => {
    const p = await person();
    const res = await open(net.lead.operator, { personId: p.id, leadServiceId: net.lead.serviceId, needs: ['violence'], protection: 'restricted', summary: 'Maltrattamenti dal marito' });
    expect(res.statusCode).toBe(201);
    expect(res.json().summary).toBe('Maltrattamenti dal marito');
    const [row] = await t.db.select().from(cases).where(eq(cases.id, res.json().id));
    expect(row!.summary).toMatch(/^enc:/);
    expect(row!.summary).not.toContain('Maltrattamenti');
  });
});

describe('status flow', () => {
  it('moves one step forward or back, and refuses jumps and closing through it', async () => {
    const p = await person();
    const c = (await open(net.lead.operator, { personId: p.id, leadServiceId: net.lead.serviceId, needs: [] })).json();
    const step = (status: string) => post(net.lead.operator, `/api/casework/cases/${c.id}/status`, { status, note: `verso ${status}` });
    expect((await step('plan')).statusCode).toBe(400);
    expect((await step('assessment')).json().status).toBe('assessment');
    expect((await step('plan')).json().status).toBe('plan');
    expect((await step('assessment')).json().status).toBe('assessment');
    const closing = await step('closed');
    expect(closing.statusCode).toBe(400);
    expect(closing.json().error.code).toBe('case_status_step');
    const kinds = (await get(net.lead.operator, `/api/casework/cases/${c.id}/events`)).json().map((e: { kind: string; toStatus: string }) => `${e.kind}:${e.toStatus}`);
    expect(kinds).toEqual(['opened:intake', 'status_changed:assessment', 'status_changed:plan', 'status_changed:assessment']);
  });

  it('is refused (403) to a participating service that sees the case', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'needs'] });
    const res = await post(net.partner.operator, `/api/casework/cases/${c.id}/status`, { status: 'assessment' });
    expect(res.statusCode).toBe(403);
  });
});

describe('closing and reopening', () => {
  it('closes with an outcome and reopens in the stage the case had', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId, status: 'plan' });
    const closed = await post(net.lead.operator, `/api/casework/cases/${c.id}/close`, { outcome: 'autonomy_reached', note: 'Lavoro e casa trovati' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'autonomy_reached', closureNote: 'Lavoro e casa trovati' });
    expect(closed.json().closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await post(net.lead.operator, `/api/casework/cases/${c.id}/close`, { outcome: 'other' })).statusCode).toBe(400);
    expect((await post(net.lead.operator, `/api/casework/cases/${c.id}/status`, { status: 'active' })).json().error.code).toBe('case_closed');

    const reopened = await post(net.lead.operator, `/api/casework/cases/${c.id}/reopen`, { reason: 'Ha perso il lavoro' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'plan', closedOn: null, outcome: null });
    const events = (await get(net.lead.operator, `/api/casework/cases/${c.id}/events`)).json();
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['closed', 'reopened']);
    expect(events[1]).toMatchObject({ fromStatus: 'closed', toStatus: 'plan', note: 'Ha perso il lavoro' });
    // Participations and workers survive a closure.
    expect(await t.db.select().from(participants).where(eq(participants.caseId, c.id))).toHaveLength(1);
    expect(await t.db.select().from(caseWorkers).where(eq(caseWorkers.caseId, c.id))).toHaveLength(1);
  });

  it('refuses to reopen an open case and a closing date before the opening', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    expect((await post(net.lead.operator, `/api/casework/cases/${c.id}/reopen`, { reason: 'per errore' })).json().error.code).toBe('case_not_closed');
    expect((await post(net.lead.operator, `/api/casework/cases/${c.id}/close`, { outcome: 'other', closedOn: '2020-01-01' })).json().error.code).toBe('case_closed_before_opening');
  });
});

describe('who sees a case', () => {
  it('shows a participant only the sections its referral shared', async () => {
    const p = await person({ givenName: 'Olena', familyName: 'Kovalenko' });
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan'] });
    const seen = await get(net.partner.operator, `/api/casework/cases/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().access).toMatchObject({ level: 'full', sections: ['needs', 'plan'], isLead: false });
    expect(seen.json().subject).toEqual({ kind: 'person', hidden: true });
    expect(JSON.stringify(seen.json())).not.toContain('Kovalenko');
    expect((await get(net.partner.operator, `/api/casework/cases/${c.id}/notes`)).statusCode).toBe(403);
  });

  it('answers 404 on every case route to a service with no part in the case', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    const base = `/api/casework/cases/${c.id}`;
    const calls = [
      t.request({ method: 'GET', url: base, as: net.other.operator.cookie }),
      t.request({ method: 'PATCH', url: base, as: net.other.operator.cookie, payload: { needs: ['work'] } }),
      t.request({ method: 'GET', url: `${base}/events`, as: net.other.operator.cookie }),
      t.request({ method: 'GET', url: `${base}/notes`, as: net.other.operator.cookie }),
      t.request({ method: 'POST', url: `${base}/notes`, as: net.other.operator.cookie, payload: { section: 'notes', body: 'x' } }),
      t.request({ method: 'POST', url: `${base}/status`, as: net.other.operator.cookie, payload: { status: 'assessment' } }),
      t.request({ method: 'POST', url: `${base}/close`, as: net.other.operator.cookie, payload: { outcome: 'other' } }),
      t.request({ method: 'POST', url: `${base}/reopen`, as: net.other.operator.cookie, payload: { reason: 'nessuna' } }),
      t.request({ method: 'PUT', url: `${base}/workers`, as: net.other.admin.cookie, payload: { userIds: [] } }),
      t.request({ method: 'POST', url: `${base}/emergency-access`, as: net.other.operator.cookie, payload: { reason: 'Urgenza: la persona è al pronto soccorso' } }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode).toBe(404);
    // Coordinators and analysts never reach a case at all.
    expect((await get(net.coordinator, base)).statusCode).toBe(403);
    expect((await get(net.analyst, base)).statusCode).toBe(403);
  });

  it('shows a restricted case as a placeholder to a colleague not named on it', async () => {
    const c = await restrictedCase();
    const res = await get(net.lead.operator2, `/api/casework/cases/${c.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reference: c.reference, status: 'active', summary: null, subject: { kind: 'person', hidden: true } });
    expect(res.json().access).toMatchObject({ level: 'placeholder', sections: ['needs', 'plan'], can: { emergencyAccess: true, update: false } });
    expect(JSON.stringify(res.json())).not.toContain('Haddad');
    expect((await get(net.lead.operator, `/api/casework/cases/${c.id}`)).json().subject).toMatchObject({ familyName: 'Haddad' });
  });

  it('records every read of a case in the audit log as personal data', async () => {
    const c = await restrictedCase();
    await get(net.lead.operator, `/api/casework/cases/${c.id}`);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.case.read'), eq(auditLog.entityId, c.id)));
    expect(entries).toEqual([expect.objectContaining({ actorId: net.lead.operator.userId, personalData: true })]);
  });
});

describe('emergency access', () => {
  it('opens a restricted case in full, for a reason, logged, alerting the owner and named workers', async () => {
    const c = await restrictedCase();
    await t.db.insert(caseWorkers).values({ caseId: c.id, userId: net.lead.admin.userId, organizationId: net.lead.organizationId, addedBy: net.lead.operator.userId });
    const short = await post(net.lead.operator2, `/api/casework/cases/${c.id}/emergency-access`, { reason: 'urgente' });
    expect(short.statusCode).toBe(400);

    const res = await post(net.lead.operator2, `/api/casework/cases/${c.id}/emergency-access`, { reason: 'Ricoverata stanotte, serve contattare i familiari' });
    expect(res.statusCode).toBe(201);
    expect(res.json().access).toMatchObject({ level: 'full', emergency: true });
    expect(res.json().subject).toMatchObject({ familyName: 'Haddad' });

    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.case.emergency_access'), eq(auditLog.entityId, c.id)));
    expect(entry).toMatchObject({ actorId: net.lead.operator2.userId, personalData: true, reason: 'Ricoverata stanotte, serve contattare i familiari' });
    const alerts = await t.db.select().from(notifications).where(eq(notifications.kind, 'casework.emergency_access'));
    const mine = alerts.filter((n) => n.link === `/casework/cases/${c.id}`);
    expect(mine.map((n) => n.userId).sort()).toEqual([net.lead.operator.userId, net.lead.admin.userId].sort());
    expect(mine[0]).toMatchObject({ messageKey: 'casework:notifications.emergencyAccess', params: { reference: c.reference, user: expect.any(String) } });

    // Once in full, there is nothing left to break into.
    expect((await post(net.lead.operator2, `/api/casework/cases/${c.id}/emergency-access`, { reason: 'Ricoverata stanotte, serve contattare i familiari' })).statusCode).toBe(403);
  });

  it('is refused (403) on an ordinary case and to a named worker', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    expect((await post(net.lead.operator2, `/api/casework/cases/${c.id}/emergency-access`, { reason: 'Voglio vedere il caso per curiosità' })).statusCode).toBe(403);
    const r = await restrictedCase();
    expect((await post(net.lead.operator, `/api/casework/cases/${r.id}/emergency-access`, { reason: 'Sono già nominata su questo caso' })).statusCode).toBe(403);
  });
});

describe('named workers', () => {
  it('names staff of taking-part services, keeps the owner, and refuses outsiders and locked-out workers alike', async () => {
    const p = await person();
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId, protection: 'restricted' });
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['identity', 'needs'] });
    const put = (userIds: string[], as = net.lead.operator) => t.request({ method: 'PUT', url: `/api/casework/cases/${c.id}/workers`, as: as.cookie, payload: { userIds } });

    const res = await put([net.lead.operator2.userId, net.partner.operator.userId]);
    expect(res.statusCode).toBe(200);
    expect(res.json().workers.map((w: { userId: string }) => w.userId).sort()).toEqual([net.lead.operator.userId, net.lead.operator2.userId, net.partner.operator.userId].sort());
    // The newly named colleague now sees the restricted case in full.
    expect((await get(net.lead.operator2, `/api/casework/cases/${c.id}`)).json().access.level).toBe('full');

    const outsider = await put([net.other.operator.userId]);
    expect(outsider.statusCode).toBe(400);
    await t.db.insert(lockouts).values({ personId: p.id, userId: net.lead.admin.userId, reason: 'Richiesta della persona', recordedBy: net.lead.operator.userId });
    const locked = await put([net.lead.admin.userId]);
    expect(locked.statusCode).toBe(400);
    expect(locked.json().error.code).toBe(outsider.json().error.code);

    const onlyOwner = await put([]);
    expect(onlyOwner.json().workers.map((w: { userId: string }) => w.userId)).toEqual([net.lead.operator.userId]);
    // A participant may not manage the lead's workers.
    expect((await put([], net.partner.operator)).statusCode).toBe(403);
  });
});

describe('editing a case', () => {
  it('updates needs and protection, re-sealing the summary, and refuses an empty edit', async () => {
    const p = await person();
    const c = (await open(net.lead.operator, { personId: p.id, leadServiceId: net.lead.serviceId, needs: ['work'], summary: 'Cerca lavoro' })).json();
    const patch = (payload: Record<string, unknown>, as = net.lead.operator) => t.request({ method: 'PATCH', url: `/api/casework/cases/${c.id}`, as: as.cookie, payload });
    const empty = await patch({});
    expect(empty.statusCode).toBe(400);
    const res = await patch({ needs: ['work', 'violence'], protection: 'restricted' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ needs: ['work', 'violence'], protection: 'restricted', summary: 'Cerca lavoro' });
    const [row] = await t.db.select().from(cases).where(eq(cases.id, c.id));
    expect(row!.summary).toMatch(/^enc:/);
    const [event] = await t.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.kind, 'protection_changed')));
    expect(event).toBeDefined();
    // A colleague not named on the now-restricted case may not edit it.
    expect((await patch({ needs: ['work'] }, net.lead.operator2)).statusCode).toBe(403);
  });
});
