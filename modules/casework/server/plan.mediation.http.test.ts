import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { interventions, mediations } from './schema';
import { addTestParticipant, createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let net: TestNetwork;
let arabic: string;
let tigrinya: string;
let farMediator: string;

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  const mediator = async (displayName: string, languages: string[], districtId = net.districtId, organizationId = net.other.organizationId) => {
    const res = await t.request({ method: 'POST', url: '/api/casework/mediators', as: net.platformAdmin.cookie, payload: { districtId, organizationId, displayName, languages } });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  arabic = await mediator('Samira Haddad', ['ar', 'fr']);
  tigrinya = await mediator('Yonas Tesfay', ['ti', 'am']);
  const far = await t.request({ method: 'POST', url: '/api/territory/districts', as: net.platformAdmin.cookie, payload: { code: `FAR-${Date.now()}`, name: 'Ambito lontano', kind: 'ambito' } });
  const { organizationsTesting } = await import('../../organizations/module');
  const org = await organizationsTesting.createTestOrganization(t.db, { districtId: far.json().id });
  await organizationsTesting.createTestService(t.db, org.id, 'Mediazione');
  farMediator = await mediator('Lontano Arabo', ['ar'], far.json().id, org.id);
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH', url: string, as: string, payload?: unknown) => t.request({ method, url: `/api/casework${url}`, as, ...(payload === undefined ? {} : { payload: payload as object }) });

async function newCase() {
  const person = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, givenName: 'Amina', familyName: 'Yusuf' });
  return createTestCase(t.db, { districtId: net.districtId, personId: person.id, lead: net.lead, ownerId: net.lead.operator.userId });
}

async function requestMediation(caseId: string, scheduledAt: string, language = 'ar', as = net.lead.operator.cookie, serviceId = net.lead.serviceId) {
  const res = await req('POST', `/cases/${caseId}/interventions`, as, { kind: 'mediation', serviceId, language, scheduledAt, place: 'Sede servizi sociali, via Roma 1', durationMinutes: 90 });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; mediations: { id: string; status: string; language: string }[] };
}

describe('mediation requests and assignment', () => {
  it('a request creates a requested mediation, which is assigned to a mediator who speaks the language', async () => {
    const c = await newCase();
    const intervention = await requestMediation(c.id, '2026-12-01T09:00:00Z');
    expect(intervention.mediations).toEqual([expect.objectContaining({ language: 'ar', status: 'requested', mediatorId: null, durationMinutes: 90 })]);
    const mediationId = intervention.mediations[0]!.id;

    const wrong = await req('POST', `/mediations/${mediationId}/assign`, net.lead.operator.cookie, { mediatorId: tigrinya });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('mediator_language');
    const elsewhere = await req('POST', `/mediations/${mediationId}/assign`, net.lead.operator.cookie, { mediatorId: farMediator });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.code).toBe('mediator_unavailable');

    const ok = await req('POST', `/mediations/${mediationId}/assign`, net.lead.operator.cookie, { mediatorId: arabic });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'assigned', mediatorId: arabic, mediatorName: 'Samira Haddad' });
  });

  it('refuses a mediator already booked in an overlapping slot, and accepts one right after', async () => {
    const a = await newCase();
    const b = await newCase();
    const first = await requestMediation(a.id, '2026-12-02T09:00:00Z');
    expect((await req('POST', `/mediations/${first.mediations[0]!.id}/assign`, net.lead.operator.cookie, { mediatorId: arabic })).statusCode).toBe(200);
    // 10:00 falls inside 09:00 + 90 minutes.
    const overlapping = await requestMediation(b.id, '2026-12-02T10:00:00Z');
    const busy = await req('POST', `/mediations/${overlapping.mediations[0]!.id}/assign`, net.lead.operator.cookie, { mediatorId: arabic });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.code).toBe('mediator_busy');
    const after = await requestMediation(b.id, '2026-12-02T10:30:00Z');
    expect((await req('POST', `/mediations/${after.mediations[0]!.id}/assign`, net.lead.operator.cookie, { mediatorId: arabic })).statusCode).toBe(200);

    // The picker offers only free mediators who speak the language.
    const pool = await req('GET', `/mediators/available?language=ar&at=2026-12-02T09:30:00Z&durationMinutes=30&districtId=${net.districtId}`, net.lead.operator.cookie);
    expect(pool.statusCode).toBe(200);
    expect(pool.json()).toEqual([]);
    const free = await req('GET', `/mediators/available?language=ar&at=2026-12-03T09:30:00Z&districtId=${net.districtId}`, net.lead.operator.cookie);
    expect(free.json()).toEqual([expect.objectContaining({ id: arabic, displayName: 'Samira Haddad', hoursLast30Days: 0 })]);
    const foreign = await req('GET', `/mediators/available?language=ar&at=2026-12-03T09:30:00Z&districtId=${net.otherDistrictId}`, net.lead.operator.cookie);
    expect(foreign.statusCode).toBe(404);
  });

  it('records hours done; the intervention is done; a finished mediation is not changed again', async () => {
    const c = await newCase();
    // Held three days ago, so its hours count in the last 30 days whenever the suite runs.
    const heldAt = new Date(Date.now() - 3 * 86_400_000);
    heldAt.setUTCHours(9, 0, 0, 0);
    const intervention = await requestMediation(c.id, heldAt.toISOString(), 'ti');
    const id = intervention.mediations[0]!.id;
    const early = await req('POST', `/mediations/${id}/done`, net.lead.operator.cookie, { hours: 1.5 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('mediation_not_assigned');
    await req('POST', `/mediations/${id}/assign`, net.lead.operator.cookie, { mediatorId: tigrinya });
    expect((await req('POST', `/mediations/${id}/done`, net.lead.operator.cookie, { hours: 20 })).statusCode).toBe(400);
    const done = await req('POST', `/mediations/${id}/done`, net.lead.operator.cookie, { hours: 1.5 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', hoursDone: 1.5 });
    const [iv] = await t.db.select().from(interventions).where(eq(interventions.id, intervention.id));
    expect(iv!.status).toBe('done');
    expect((await req('POST', `/mediations/${id}/cancel`, net.lead.operator.cookie)).statusCode).toBe(409);
    const later = new Date(heldAt.getTime() + 86_400_000).toISOString();
    const pool = await req('GET', `/mediators/available?language=ti&at=${encodeURIComponent(later)}&districtId=${net.districtId}`, net.lead.operator.cookie);
    expect(pool.json()[0]).toMatchObject({ id: tigrinya, hoursLast30Days: 1.5 });
  });

  it('cancelling frees the slot and closes the intervention', async () => {
    const c = await newCase();
    const intervention = await requestMediation(c.id, '2026-12-04T09:00:00Z');
    const id = intervention.mediations[0]!.id;
    await req('POST', `/mediations/${id}/assign`, net.lead.operator.cookie, { mediatorId: arabic });
    const cancelled = await req('POST', `/mediations/${id}/cancel`, net.lead.operator.cookie);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    const [iv] = await t.db.select().from(interventions).where(eq(interventions.id, intervention.id));
    expect(iv!.status).toBe('cancelled');
    const other = await requestMediation((await newCase()).id, '2026-12-04T09:00:00Z');
    expect((await req('POST', `/mediations/${other.mediations[0]!.id}/assign`, net.lead.operator.cookie, { mediatorId: arabic })).statusCode).toBe(200);
  });

  it('another service cannot assign, finish or cancel a mediation of a case it does not see (404)', async () => {
    const c = await newCase();
    const id = (await requestMediation(c.id, '2026-12-05T09:00:00Z')).mediations[0]!.id;
    expect((await req('POST', `/mediations/${id}/assign`, net.other.operator.cookie, { mediatorId: arabic })).statusCode).toBe(404);
    expect((await req('POST', `/mediations/${id}/cancel`, net.other.operator.cookie)).statusCode).toBe(404);
    const [row] = await t.db.select().from(mediations).where(eq(mediations.id, id));
    expect(row!.status).toBe('requested');
  });
});

describe('mediation calendar', () => {
  it("shows only the mediations of the caller's services, in time order, with names only to who sees the identity", async () => {
    const c = await newCase();
    await addTestParticipant(t.db, c.id, { organizationId: net.partner.organizationId, serviceId: net.partner.serviceId, sections: ['needs', 'plan'] });
    const leadOne = await requestMediation(c.id, '2027-01-12T10:00:00Z');
    await requestMediation(c.id, '2027-01-11T10:00:00Z', 'ti');
    const partnerOne = await requestMediation(c.id, '2027-01-13T10:00:00Z', 'ar', net.partner.operator.cookie, net.partner.serviceId);
    await req('POST', `/mediations/${leadOne.mediations[0]!.id}/assign`, net.lead.operator.cookie, { mediatorId: arabic });

    const lead = await req('GET', '/mediations?from=2027-01-01&to=2027-01-31', net.lead.operator.cookie);
    expect(lead.statusCode).toBe(200);
    expect(lead.json().map((m: { language: string }) => m.language)).toEqual(['ti', 'ar']);
    expect(lead.json()[1]).toMatchObject({ caseId: c.id, caseReference: c.reference, subjectName: 'Amina Yusuf', mediatorName: 'Samira Haddad', status: 'assigned', place: 'Sede servizi sociali, via Roma 1' });
    const arabicOnly = await req('GET', '/mediations?from=2027-01-01&to=2027-01-31&language=ar', net.lead.operator.cookie);
    expect(arabicOnly.json()).toHaveLength(1);

    const partner = await req('GET', '/mediations?from=2027-01-01&to=2027-01-31', net.partner.operator.cookie);
    expect(partner.json()).toEqual([expect.objectContaining({ id: partnerOne.mediations[0]!.id, subjectName: null })]);
    expect((await req('GET', '/mediations?from=2027-01-01&to=2027-01-31', net.other.operator.cookie)).json()).toEqual([]);
    expect((await req('GET', '/mediations?from=2027-01-01&to=2027-01-31', net.coordinator.cookie)).statusCode).toBe(403);
  });

  it('refuses a reversed or too wide window', async () => {
    expect((await req('GET', '/mediations?from=2027-02-01&to=2027-01-01', net.lead.operator.cookie)).statusCode).toBe(400);
    const wide = await req('GET', '/mediations?from=2027-01-01&to=2027-12-31', net.lead.operator.cookie);
    expect(wide.statusCode).toBe(400);
    expect(wide.json().error.fields[0].message).toMatch(/92/);
  });
});

describe('housing placements', () => {
  async function unit(capacity: number) {
    const res = await req('POST', '/housing-units', net.platformAdmin.cookie, { districtId: net.districtId, organizationId: net.other.organizationId, name: `Alloggio ${Math.random()}`, capacity });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }
  const placement = (housingUnitId: string, startsOn: string, endsOn?: string) => ({
    kind: 'housing_placement',
    serviceId: net.lead.serviceId,
    housingUnitId,
    startsOn,
    ...(endsOn ? { endsOn } : {}),
    milestones: [{ title: 'Contratto di lavoro', dueOn: '2026-06-30' }, { title: 'Ricerca di una casa in affitto' }],
  });

  it('places a household in a unit with autonomy milestones, and marks milestones reached', async () => {
    const c = await newCase();
    const unitId = await unit(2);
    const res = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, placement(unitId, '2026-02-01', '2027-01-31'));
    expect(res.statusCode).toBe(201);
    expect(res.json().placement).toMatchObject({ housingUnitId: unitId, startsOn: '2026-02-01', endsOn: '2027-01-31', milestones: [{ title: 'Contratto di lavoro', dueOn: '2026-06-30', reachedOn: null }, { title: 'Ricerca di una casa in affitto', dueOn: null, reachedOn: null }] });
    const reached = await req('PATCH', `/interventions/${res.json().id}`, net.lead.operator.cookie, { milestones: [{ index: 0, reachedOn: '2026-05-15' }] });
    expect(reached.statusCode).toBe(200);
    expect(reached.json().placement.milestones[0].reachedOn).toBe('2026-05-15');
    expect((await req('PATCH', `/interventions/${res.json().id}`, net.lead.operator.cookie, { milestones: [{ index: 7, reachedOn: '2026-05-15' }] })).statusCode).toBe(400);
    const units = (await req('GET', `/housing-units?districtId=${net.districtId}`, net.lead.operator.cookie)).json();
    expect(units.items.find((u: { id: string }) => u.id === unitId)).toMatchObject({ capacity: 2, occupancy: 1 });
  });

  it('refuses a placement when the unit is full on overlapping dates, accepts one after the others end', async () => {
    const unitId = await unit(1);
    const first = await req('POST', `/cases/${(await newCase()).id}/interventions`, net.lead.operator.cookie, placement(unitId, '2026-03-01', '2026-06-30'));
    expect(first.statusCode).toBe(201);
    const c = await newCase();
    const full = await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, placement(unitId, '2026-06-01', '2026-09-30'));
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('housing_unit_full');
    expect(await t.db.select().from(interventions).where(eq(interventions.caseId, c.id))).toHaveLength(0);
    expect((await req('POST', `/cases/${c.id}/interventions`, net.lead.operator.cookie, placement(unitId, '2026-07-01'))).statusCode).toBe(201);
    // Extending the first placement into the second one's dates is refused too.
    const extend = await req('PATCH', `/interventions/${first.json().id}`, net.lead.operator.cookie, { endsOn: '2026-08-31' });
    expect(extend.statusCode).toBe(409);
  });

  it('refuses an inactive unit or one of another district', async () => {
    const unitId = await unit(3);
    await req('PATCH', `/housing-units/${unitId}`, net.platformAdmin.cookie, { active: false });
    const res = await req('POST', `/cases/${(await newCase()).id}/interventions`, net.lead.operator.cookie, placement(unitId, '2026-03-01'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('housing_unit_unavailable');
  });
});
