import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestApp } from '../../../platform/testing/testApp';
import { auditLog } from '../../../platform/audit/schema';
import { isoToday } from './visibility';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork, type TestUser } from './testing';
import { assessments, cases, goals, referrals } from './schema';

let t: TestApp;
let net: TestNetwork;

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
});
afterAll(() => t.close());

type Item = { id: string; reference: string; status: string; subject: { hidden: boolean; name?: string }; access: { level: string } };
const list = async (as: TestUser, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/casework/cases${query}`, as: as.cookie });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Item[]; total: number; page: number; pageSize: number };
};
const person = (givenName: string, familyName: string, extra: Record<string, unknown> = {}) =>
  createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, givenName, familyName, ...extra });
const daysFromToday = (n: number) => new Date(Date.parse(`${isoToday()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('caseload list', () => {
  let ids: { a: string; b: string; c: string; hidden: string; shared: string };

  beforeAll(async () => {
    const lead = { districtId: net.districtId, lead: net.lead, ownerId: net.lead.operator.userId };
    const a = await createTestCase(t.db, { ...lead, personId: (await person('Ahmed', 'Benali')).id, status: 'intake' });
    const b = await createTestCase(t.db, { ...lead, personId: (await person('Fatima', 'Zahra')).id, status: 'active', protection: 'restricted' });
    const c = await createTestCase(t.db, { ...lead, personId: (await person('Ivan', 'Petrov')).id, status: 'active', ownerId: net.lead.operator2.userId });
    await t.db.update(cases).set({ needs: ['housing', 'work'] }).where(eq(cases.id, c.id));
    // Another service's case, and one that service shares with us only in part.
    const p = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.other.organizationId, givenName: 'Nadia', familyName: 'Orlova' });
    const hidden = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.other, ownerId: net.other.operator.userId });
    const q = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.partner.organizationId, givenName: 'Samir', familyName: 'Haddad' });
    const shared = await createTestCase(t.db, { districtId: net.districtId, personId: q.id, lead: net.partner, ownerId: net.partner.operator.userId });
    await addTestParticipant(t.db, shared.id, { organizationId: net.lead.organizationId, serviceId: net.lead.serviceId, sections: ['needs'] });
    ids = { a: a.id, b: b.id, c: c.id, hidden: hidden.id, shared: shared.id };
  });

  it('lists every case my services take part in, never the others, with exact totals', async () => {
    const page = await list(net.lead.operator2);
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.id).sort()).toEqual([ids.a, ids.b, ids.c, ids.shared].sort());
    expect(page.items.map((i) => i.id)).not.toContain(ids.hidden);
    const other = await list(net.other.operator);
    expect(other.items.map((i) => i.id)).toEqual([ids.hidden]);
    expect((await list(net.partner.operator)).items.map((i) => i.id)).toEqual([ids.shared]);
  });

  it('shows names only where identity is visible: placeholders for restricted and partial cases', async () => {
    const page = await list(net.lead.operator2);
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(ids.a)!.subject).toMatchObject({ hidden: false, name: 'Ahmed Benali' });
    expect(byId.get(ids.b)!.subject).toEqual({ kind: 'person', hidden: true });
    expect(byId.get(ids.b)!.access.level).toBe('placeholder');
    expect(byId.get(ids.shared)!.subject).toEqual({ kind: 'person', hidden: true });
    expect(JSON.stringify(page)).not.toContain('Zahra');
    expect(JSON.stringify(page)).not.toContain('Haddad');
    // The owner, named on the restricted case, sees the name.
    const owner = new Map((await list(net.lead.operator)).items.map((i) => [i.id, i]));
    expect(owner.get(ids.b)!.subject).toMatchObject({ hidden: false, name: 'Fatima Zahra' });
  });

  it('filters by scope, status, protection, need and reference, and pages', async () => {
    expect((await list(net.lead.operator2, '?scope=mine')).items.map((i) => i.id)).toEqual([ids.c]);
    expect((await list(net.lead.operator2, '?status=active')).total).toBe(2);
    expect((await list(net.lead.operator2, '?protection=restricted')).items.map((i) => i.id)).toEqual([ids.b]);
    expect((await list(net.lead.operator2, '?need=housing')).items.map((i) => i.id)).toEqual([ids.c]);
    const [a] = await t.db.select().from(cases).where(eq(cases.id, ids.a));
    expect((await list(net.lead.operator2, `?q=${encodeURIComponent(a!.reference)}`)).items.map((i) => i.id)).toEqual([ids.a]);
    const first = await list(net.lead.operator2, '?pageSize=3&page=1');
    const second = await list(net.lead.operator2, '?pageSize=3&page=2');
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(second.total).toBe(4);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
  });

  it('rejects a bad filter with a 400, is closed to coordinators, and audits the read once', async () => {
    expect((await t.request({ method: 'GET', url: '/api/casework/cases?status=archived', as: net.lead.operator.cookie })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/casework/cases?pageSize=1000', as: net.lead.operator.cookie })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/casework/cases', as: net.coordinator.cookie })).statusCode).toBe(403);
    await list(net.partner.operator2);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.case.list'), eq(auditLog.actorId, net.partner.operator2.userId)));
    expect(entries).toEqual([expect.objectContaining({ personalData: true, details: expect.objectContaining({ count: 1 }) })]);
  });
});

describe('reminders', () => {
  it('include an expiring permit, an old pending referral, a due assessment and a late review, most urgent first', async () => {
    const worker = net.partner.admin;
    const p = await createTestPerson(t.db, {
      districtId: net.districtId,
      registeredByOrganizationId: net.partner.organizationId,
      givenName: 'Mariam',
      familyName: 'Tesfaye',
      permitType: 'international_protection',
      permitExpiresOn: daysFromToday(20),
    });
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.partner, ownerId: worker.userId });
    await t.db.insert(assessments).values({ caseId: c.id, kind: 'preliminary', dueOn: daysFromToday(3), createdBy: worker.userId });
    await t.db.insert(goals).values({ caseId: c.id, title: 'Iscrizione al corso di italiano', reviewDate: daysFromToday(-5), createdBy: worker.userId });
    // A permit far in the future is not a reminder yet.
    const far = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.partner.organizationId, permitExpiresOn: daysFromToday(400) });
    await createTestCase(t.db, { districtId: net.districtId, personId: far.id, lead: net.partner, ownerId: worker.userId });
    // The lead service referred a case to the partner 12 days ago, and another yesterday.
    const referred = await createTestCase(t.db, { districtId: net.districtId, personId: (await person('Olga', 'Sidorova')).id, lead: net.lead, ownerId: net.lead.operator.userId });
    const referral = {
      caseId: referred.id,
      fromServiceId: net.lead.serviceId,
      fromOrganizationId: net.lead.organizationId,
      toServiceId: net.partner.serviceId,
      toOrganizationId: net.partner.organizationId,
      reason: 'Supporto psicologico',
      basis: 'consent' as const,
      sections: ['needs' as const],
      sentBy: net.lead.operator.userId,
    };
    await t.db.insert(referrals).values({ ...referral, sentAt: new Date(Date.now() - 12 * 86_400_000) });
    await t.db.insert(referrals).values({ ...referral, sentAt: new Date(Date.now() - 86_400_000) });

    const res = await t.request({ method: 'GET', url: '/api/casework/reminders', as: worker.cookie });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; caseId: string; dueOn: string | null; ageDays: number | null; overdue: boolean; params: Record<string, unknown> }[];
    expect(items.map((i) => i.kind)).toEqual(['goal_review', 'referral_waiting', 'assessment_due', 'permit_expiring']);
    expect(items.find((i) => i.kind === 'permit_expiring')).toMatchObject({ caseId: c.id, dueOn: daysFromToday(20), overdue: false, params: { days: 20, name: 'Mariam Tesfaye' } });
    expect(items.find((i) => i.kind === 'referral_waiting')).toMatchObject({ caseId: referred.id, ageDays: 12, overdue: true });
    expect(items.find((i) => i.kind === 'goal_review')).toMatchObject({ overdue: true, params: { goal: 'Iscrizione al corso di italiano' } });
  });

  it("leave out cases I am not named on, even in my own service", async () => {
    const res = await t.request({ method: 'GET', url: '/api/casework/reminders', as: net.partner.operator2.cookie });
    expect(res.statusCode).toBe(200);
    // Only the organisation's inbox concerns every colleague.
    expect(res.json().items.map((i: { kind: string }) => i.kind)).toEqual(['referral_waiting']);
    expect((await t.request({ method: 'GET', url: '/api/casework/reminders', as: net.analyst.cookie })).statusCode).toBe(403);
  });
});
