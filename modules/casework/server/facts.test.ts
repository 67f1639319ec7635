import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../platform/testing/testApp';
import { cases, interventions, mediations, referrals } from './schema';
import { caseworkFacts, wholeMonths } from './queries/facts';
import { citizenshipGroup } from './queries/citizenshipGroups';
import { createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';

let t: TestApp;
let net: TestNetwork;
const personIds: string[] = [];
const year = { from: '2025-01-01', to: '2025-12-31' };

async function fixtureCase(input: { districtId?: string; citizenship: string; needs: (typeof cases.$inferInsert)['needs']; openedOn: string; closedOn?: string; outcome?: (typeof cases.$inferInsert)['closureOutcome'] }) {
  const districtId = input.districtId ?? net.districtId;
  const person = await createTestPerson(t.db, { districtId, registeredByOrganizationId: net.lead.organizationId, citizenships: [input.citizenship] });
  personIds.push(person.id);
  const c = await createTestCase(t.db, { districtId, personId: person.id, lead: net.lead, ownerId: net.lead.operator.userId });
  await t.db
    .update(cases)
    .set({ needs: input.needs, openedOn: input.openedOn, closedOn: input.closedOn ?? null, closureOutcome: input.outcome ?? null, status: input.closedOn ? 'closed' : 'active' })
    .where(eq(cases.id, c.id));
  return c;
}

async function referral(caseId: string, sentAt: string, waitDays: number, status: 'accepted' | 'declined') {
  const sent = new Date(`${sentAt}T10:00:00Z`);
  await t.db.insert(referrals).values({
    caseId,
    fromServiceId: net.lead.serviceId,
    fromOrganizationId: net.lead.organizationId,
    toServiceId: net.partner.serviceId,
    toOrganizationId: net.partner.organizationId,
    reason: 'Supporto abitativo',
    basis: 'public_task',
    sections: ['needs'],
    status,
    sentBy: net.lead.operator.userId,
    sentAt: sent,
    decidedBy: net.partner.operator.userId,
    decidedAt: new Date(sent.getTime() + waitDays * 86_400_000),
  });
}

async function mediation(caseId: string, on: string, hours: string, language: string) {
  const [i] = await t.db
    .insert(interventions)
    .values({ caseId, kind: 'mediation', serviceId: net.lead.serviceId, organizationId: net.lead.organizationId, status: 'done', startsOn: on, createdBy: net.lead.operator.userId })
    .returning();
  await t.db.insert(mediations).values({ interventionId: i!.id, caseId, language, scheduledAt: new Date(`${on}T09:00:00Z`), place: 'Sportello', durationMinutes: 90, status: 'done', hoursDone: hours, requestedBy: net.lead.operator.userId });
}

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  // Seven cases in March (Moroccan citizens, housing); five close in June with autonomy, one moves away.
  const march = [];
  for (let i = 0; i < 7; i++) {
    march.push(
      await fixtureCase({ citizenship: 'MA', needs: ['housing'], openedOn: '2025-03-05', closedOn: i < 6 ? '2025-06-20' : undefined, outcome: i < 5 ? 'autonomy_reached' : i === 5 ? 'moved_away' : undefined }),
    );
  }
  // Two cases in April (Ukrainian citizens, violence).
  const april = [await fixtureCase({ citizenship: 'ua', needs: ['violence', 'housing'], openedOn: '2025-04-10' }), await fixtureCase({ citizenship: 'UA', needs: ['violence'], openedOn: '2025-04-11' })];
  for (let i = 0; i < 6; i++) await referral(march[i]!.id, '2025-03-10', i < 5 ? 5 : 10, i < 5 ? 'accepted' : 'declined');
  await mediation(march[0]!.id, '2025-05-02', '1.50', 'ar');
  await mediation(march[1]!.id, '2025-05-03', '2.00', 'ar');
  await mediation(april[0]!.id, '2025-05-04', '2.50', 'uk');
  // Another district and another year must not be counted.
  await fixtureCase({ districtId: net.otherDistrictId, citizenship: 'MA', needs: ['housing'], openedOn: '2025-03-05' });
  await fixtureCase({ citizenship: 'MA', needs: ['housing'], openedOn: '2024-03-05' });
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const facts = (by: Parameters<typeof caseworkFacts>[1]['by'], threshold = 1) => caseworkFacts(t.db, { districtId: net.districtId, ...year, by }, threshold);
const row = (out: Awaited<ReturnType<typeof facts>>, key: string) => out.rows.find((r) => r.key === key)!.values;
const v = (out: Awaited<ReturnType<typeof facts>>, key: string, measure: string) => row(out, key)[measure]!.value;

describe('caseworkFacts (threshold 1: exact figures)', () => {
  it('counts by month within the district and the period', async () => {
    const out = await facts('month');
    expect(out.rows.map((r) => r.key)).toHaveLength(12);
    expect(v(out, '2025-03', 'casesOpened')).toBe(7);
    expect(v(out, '2025-04', 'casesOpened')).toBe(2);
    expect(v(out, '2025-06', 'casesClosed')).toBe(6);
    expect(v(out, '2025-03', 'referralsSent')).toBe(6);
    expect(v(out, '2025-03', 'referralsAccepted')).toBe(5);
    expect(v(out, '2025-03', 'referralsDeclined')).toBe(1);
    expect(v(out, '2025-03', 'referralWaitDaysMedian')).toBe(5);
    expect(v(out, '2025-05', 'mediationHours')).toBe(6);
    expect(v(out, '2025-05', 'mediationsDone')).toBe(3);
    expect(v(out, '2025-01', 'casesOpened')).toBe(0);
    expect(out.totals.casesOpened).toEqual({ value: 9, suppressed: false });
    expect(out.totals.interventions!.value).toBe(3);
  });

  it('groups by need (a case under each of its needs), citizenship group, outcome, intervention and language', async () => {
    const need = await facts('need');
    expect(v(need, 'housing', 'casesOpened')).toBe(8);
    expect(v(need, 'violence', 'casesOpened')).toBe(2);
    expect(need.totals.casesOpened!.value).toBe(9);
    const citizenship = await facts('citizenship');
    expect(v(citizenship, 'africa', 'casesOpened')).toBe(7);
    expect(v(citizenship, 'europe_non_eu', 'casesOpened')).toBe(2);
    expect(v(citizenship, 'asia', 'casesOpened')).toBe(0);
    const outcome = await facts('outcome');
    expect(outcome.measures).toEqual(['casesClosed']);
    expect(v(outcome, 'autonomy_reached', 'casesClosed')).toBe(5);
    expect(v(outcome, 'moved_away', 'casesClosed')).toBe(1);
    const intervention = await facts('intervention');
    expect(v(intervention, 'mediation', 'interventions')).toBe(3);
    expect(v(intervention, 'mediation', 'mediationHours')).toBe(6);
    expect(v(intervention, 'orientation', 'interventions')).toBe(0);
    const language = await facts('language');
    expect(v(language, 'ar', 'mediationHours')).toBe(3.5);
    expect(v(language, 'uk', 'mediationHours')).toBe(2.5);
  });

  it('never carries a person id or name', async () => {
    for (const by of ['month', 'municipality', 'need', 'citizenship', 'intervention', 'outcome', 'language'] as const) {
      const text = JSON.stringify(await facts(by));
      for (const id of personIds) expect(text).not.toContain(id);
      expect(text).not.toMatch(/Nome\d|Cognome\d/);
    }
  });

  it('widens the period to whole months, so day-level differences cannot be taken', async () => {
    expect(wholeMonths('2025-03-17', '2025-02-03')).toEqual({ from: '2025-03-01', to: '2025-02-28' });
    expect(wholeMonths('2024-02-10', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    const out = await caseworkFacts(t.db, { districtId: net.districtId, from: '2025-03-20', to: '2025-03-21', by: 'month' }, 1);
    expect(out).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    expect(out.totals.casesOpened!.value).toBe(7);
  });

  it('maps citizenships to groups', () => {
    expect(citizenshipGroup('it')).toBe('eu');
    expect(citizenshipGroup('AL')).toBe('europe_non_eu');
    expect(citizenshipGroup('NG')).toBe('africa');
    expect(citizenshipGroup('BD')).toBe('asia');
    expect(citizenshipGroup('PE')).toBe('americas');
    expect(citizenshipGroup('XX')).toBe('stateless_unknown');
    expect(citizenshipGroup(null)).toBe('stateless_unknown');
  });
});

describe('GET /api/casework/facts', () => {
  const url = (q: Record<string, string>) => `/api/casework/facts?${new URLSearchParams(q).toString()}`;

  it('suppresses counts below the threshold, with secondary suppression against the total', async () => {
    const res = await t.request({ method: 'GET', url: url({ districtId: net.districtId, ...year, by: 'month' }), as: net.coordinator.cookie });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.threshold).toBe(5);
    const cell = (key: string, m: string) => body.rows.find((r: { key: string }) => r.key === key).values[m];
    // April's 2 is withheld; March's 7 goes too, or 9 - 7 would give it away.
    expect(cell('2025-04', 'casesOpened')).toEqual({ value: null, suppressed: true });
    expect(cell('2025-03', 'casesOpened')).toEqual({ value: null, suppressed: true });
    expect(body.totals.casesOpened).toEqual({ value: 9, suppressed: false });
    expect(cell('2025-01', 'casesOpened')).toEqual({ value: 0, suppressed: false });
    // 6 referrals, all in March: published; the median rests on 6 cases.
    expect(cell('2025-03', 'referralsSent')).toEqual({ value: 6, suppressed: false });
    expect(cell('2025-03', 'referralWaitDaysMedian')).toEqual({ value: 5, suppressed: false });
    // Three mediations on three cases: hours withheld.
    expect(cell('2025-05', 'mediationHours')).toEqual({ value: null, suppressed: true });
    expect(body.totals.mediationHours.suppressed).toBe(true);
  });

  it('withholds the outcome table down to the total when one small cell cannot otherwise be hidden', async () => {
    const res = await t.request({ method: 'GET', url: url({ districtId: net.districtId, ...year, by: 'outcome' }), as: net.analyst.cookie });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const values = body.rows.map((r: { values: { casesClosed: { value: number | null } } }) => r.values.casesClosed.value);
    expect(values.filter((x: number | null) => x !== 0 && x !== null)).toEqual([]);
    expect(body.totals.casesClosed.suppressed).toBe(true);
  });

  it('a coordinator of another district gets 404, and must name a district', async () => {
    const other = await t.userWith('district_coordinator', 'district', net.otherDistrictId);
    expect((await t.request({ method: 'GET', url: url({ districtId: net.districtId, ...year }), as: other.cookie })).statusCode).toBe(404);
    const missing = await t.request({ method: 'GET', url: url(year), as: net.coordinator.cookie, headers: { 'accept-language': 'it' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/ambito/);
  });

  it('operators and organisation admins get 403', async () => {
    for (const u of [net.lead.operator, net.lead.admin]) {
      expect((await t.request({ method: 'GET', url: url({ districtId: net.districtId, ...year }), as: u.cookie })).statusCode).toBe(403);
    }
  });

  it('the platform admin reads any district or all of them; an unknown district is 404', async () => {
    const all = await t.request({ method: 'GET', url: url({ ...year, by: 'citizenship' }), as: net.platformAdmin.cookie });
    expect(all.statusCode).toBe(200);
    expect(all.json().totals.casesOpened.value).toBe(10);
    const unknown = await t.request({ method: 'GET', url: url({ districtId: '00000000-0000-4000-8000-000000000000', ...year }), as: net.platformAdmin.cookie });
    expect(unknown.statusCode).toBe(404);
  });

  it('bad input is a translated 400', async () => {
    const reversed = await t.request({ method: 'GET', url: url({ districtId: net.districtId, from: '2025-12-31', to: '2025-01-01' }), as: net.coordinator.cookie, headers: { 'accept-language': 'it' } });
    expect(reversed.statusCode).toBe(400);
    expect(JSON.stringify(reversed.json())).toContain('La data finale non può precedere quella iniziale');
    const badBy = await t.request({ method: 'GET', url: url({ districtId: net.districtId, ...year, by: 'person' }), as: net.coordinator.cookie });
    expect(badBy.statusCode).toBe(400);
    const tooLong = await t.request({ method: 'GET', url: url({ districtId: net.districtId, from: '1990-01-01', to: '2025-12-31' }), as: net.coordinator.cookie, headers: { 'accept-language': 'it' } });
    expect(tooLong.statusCode).toBe(400);
    expect(JSON.stringify(tooLong.json())).toContain('al massimo 20 anni');
    const badDate = await t.request({ method: 'GET', url: url({ districtId: net.districtId, from: '2025-13-01', to: '2025-12-31' }), as: net.coordinator.cookie });
    expect(badDate.statusCode).toBe(400);
  });
});
