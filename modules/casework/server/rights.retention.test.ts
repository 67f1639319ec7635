import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema';
import type { TestApp } from '../../../platform/testing/testApp';
import { yearsBefore } from './commands/applyRetention';
import { cases, householdMembers, households, persons, retentionActions } from './schema';
import { createTestCase, createTestNetwork, createTestPerson, startCaseworkApp, type TestNetwork } from './testing';
import { isoToday } from './visibility';

let t: TestApp;
let net: TestNetwork;
const ids: Record<'old' | 'recent' | 'mixed' | 'noCase' | 'oldHousehold', string> = { old: '', recent: '', mixed: '', noCase: '', oldHousehold: '' };
const elevenYearsAgo = yearsBefore(isoToday(), 11);
const lastYear = yearsBefore(isoToday(), 1);

async function personWithCases(closings: (string | null)[]) {
  const p = await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, givenName: 'Olena', familyName: 'Kovalenko' });
  for (const closedOn of closings) {
    const c = await createTestCase(t.db, { districtId: net.districtId, personId: p.id, lead: net.lead, ownerId: net.lead.operator.userId });
    if (closedOn) await t.db.update(cases).set({ status: 'closed', closedOn, closureOutcome: 'autonomy_reached' }).where(eq(cases.id, c.id));
  }
  return p.id;
}

beforeAll(async () => {
  t = await startCaseworkApp();
  net = await createTestNetwork(t);
  ids.old = await personWithCases([elevenYearsAgo]);
  ids.recent = await personWithCases([lastYear]);
  ids.mixed = await personWithCases([elevenYearsAgo, null]);
  ids.noCase = await personWithCases([]);
  // A member of a household whose only case closed long ago.
  ids.oldHousehold = (await createTestPerson(t.db, { districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId })).id;
  const [home] = await t.db.insert(households).values({ districtId: net.districtId, registeredByOrganizationId: net.lead.organizationId, name: 'Nucleo' }).returning();
  await t.db.insert(householdMembers).values({ householdId: home!.id, personId: ids.oldHousehold, relationship: 'head' });
  const hc = await createTestCase(t.db, { districtId: net.districtId, householdId: home!.id, lead: net.lead, ownerId: net.lead.operator.userId });
  await t.db.update(cases).set({ status: 'closed', closedOn: elevenYearsAgo }).where(eq(cases.id, hc.id));
}, 60_000);

afterAll(async () => {
  await t?.close();
});

const run = (cookie: string, payload: Record<string, unknown>) => t.request({ method: 'POST', url: '/api/casework/retention/run', as: cookie, payload });
const pseudonymised = async (id: string) => (await t.db.select({ at: persons.pseudonymisedAt }).from(persons).where(eq(persons.id, id)))[0]!.at !== null;

describe('POST /api/casework/retention/run', () => {
  it('is for the platform admin only', async () => {
    for (const u of [net.lead.admin, net.lead.operator, net.coordinator]) expect((await run(u.cookie, { dryRun: true })).statusCode).toBe(403);
    expect((await run(net.platformAdmin.cookie, { dryRun: 'yes' })).statusCode).toBe(400);
  });

  it('a dry run counts without changing anything or naming anyone', async () => {
    const res = await run(net.platformAdmin.cookie, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dryRun: true, years: 10, closedBefore: yearsBefore(isoToday(), 10), candidates: 2, pseudonymised: 0 });
    expect(res.body).not.toMatch(/Olena|Kovalenko/);
    for (const id of Object.values(ids)) expect(res.body).not.toContain(id);
    expect(await pseudonymised(ids.old)).toBe(false);
  });

  it('the real run pseudonymises only persons whose every case closed before the cut-off', async () => {
    const res = await run(net.platformAdmin.cookie, { dryRun: false });
    expect(res.json()).toMatchObject({ dryRun: false, candidates: 2, pseudonymised: 2 });
    expect(await pseudonymised(ids.old)).toBe(true);
    expect(await pseudonymised(ids.oldHousehold)).toBe(true);
    expect(await pseudonymised(ids.recent)).toBe(false);
    expect(await pseudonymised(ids.mixed)).toBe(false);
    expect(await pseudonymised(ids.noCase)).toBe(false);
    const actions = await t.db.select().from(retentionActions).where(eq(retentionActions.rule, 'retention:10y'));
    expect(actions.map((a) => a.personId).sort()).toEqual([ids.old, ids.oldHousehold].sort());
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'casework.retention.run'), eq(auditLog.personalData, true)));
    expect(audit!.details).toMatchObject({ pseudonymised: 2 });
  });

  it('running again finds nothing left to do', async () => {
    expect((await run(net.platformAdmin.cookie, { dryRun: false })).json()).toMatchObject({ candidates: 0, pseudonymised: 0 });
  });
});

describe('yearsBefore', () => {
  it('subtracts whole years, 29 February falling back to the 28th', () => {
    expect(yearsBefore('2026-03-15', 10)).toBe('2016-03-15');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });
});
