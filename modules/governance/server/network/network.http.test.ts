import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { startModuleTestApp, type TestApp } from '../../../../platform/testing/testApp';
import type { Db } from '../../../../platform/db/database';
import { territoryModule } from '../../../territory/module';
import { organizationsModule, organizationsTesting as f } from '../../../organizations/module';
import { createGovernanceModule, governanceTesting } from '../../module';
import type { ReferralTieSource, SteeringSlot } from '../extensions';
import { actionItems, agreementParties, agreements, attendance, meetings, networkOrganizations, roundtableMembers } from '../schema';
import { addDays, todayIso } from './dates';

const { createTestNetwork, createTestRoundtable } = governanceTesting;

let t: TestApp;
let admin: string;
let districtId: string;
let otherDistrictId: string;
let networkId: string;
let regionalNetworkId: string;
let tableId: string;
const org: Record<'udp' | 'coop' | 'asso' | 'asl' | 'outside', { id: string; name: string }> = {} as never;
const referralCalls: { from: string; to: string }[] = [];

// Stands for casework: the referral counts it would report.
const fakeReferrals: ReferralTieSource = async (_db, period) => {
  referralCalls.push(period);
  return [
    { fromOrganizationId: org.coop.id, toOrganizationId: org.asl.id, count: 7 },
    { fromOrganizationId: org.asl.id, toOrganizationId: org.coop.id, count: 5 },
    // Below the disclosure threshold (5): never drawn.
    { fromOrganizationId: org.asl.id, toOrganizationId: org.asso.id, count: 4 },
    { fromOrganizationId: org.coop.id, toOrganizationId: org.outside.id, count: 9 },
  ];
};
const fakeSlot: SteeringSlot = {
  id: 'fake',
  title: { it: 'Prova', en: 'Test' },
  load: async (_db, { districtId: d }) => [{ key: 'open', label: { it: 'Aperti', en: 'Open' }, value: d === districtId ? null : 1, suppressed: true }],
};
const hiddenSlot: SteeringSlot = { id: 'hidden', title: { it: 'Nascosto', en: 'Hidden' }, load: async () => null };

const today = todayIso();
const at = (days: number, hour = 10) => new Date(`${addDays(today, days)}T${String(hour).padStart(2, '0')}:00:00Z`);

async function meetingWith(db: Db, roundtableId: string, daysFromToday: number, present: string[], absent: string[] = []) {
  const [m] = await db
    .insert(meetings)
    .values({ roundtableId, title: `Seduta ${daysFromToday}`, startsAt: at(daysFromToday), endsAt: at(daysFromToday, 12), checkInToken: randomUUID(), status: daysFromToday < 0 ? 'held' : 'scheduled' })
    .returning();
  for (const [status, ids] of [['present', present], ['absent', absent]] as const) {
    for (const id of ids) await db.insert(attendance).values({ meetingId: m!.id, organizationId: id, personName: 'Delegato', status });
  }
  return m!;
}

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, createGovernanceModule({ referralTies: fakeReferrals, steeringSlots: [fakeSlot, hiddenSlot] })]);
  admin = (await t.userWith('platform_admin', 'platform')).cookie;
  const mk = async (code: string) => {
    const res = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code, name: `Ambito ${code}`, kind: 'ambito', regionCode: '03' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  districtId = await mk('NETA');
  otherDistrictId = await mk('NETB');
  org.udp = await f.createTestOrganization(t.db, { name: 'Ufficio di Piano', districtId, kind: 'planning_office', sector: 'public' });
  org.coop = await f.createTestOrganization(t.db, { name: 'Cooperativa Ponte', districtId, sector: 'third_sector' });
  org.asso = await f.createTestOrganization(t.db, { name: 'Associazione Faro', districtId, sector: 'third_sector' });
  org.asl = await f.createTestOrganization(t.db, { name: 'ASL', districtId, sector: 'public' });
  org.outside = await f.createTestOrganization(t.db, { name: 'Ente fuori rete', districtId: otherDistrictId, sector: 'public' });

  const net = await createTestNetwork(t.db, { districtId });
  networkId = net.id;
  regionalNetworkId = (await createTestNetwork(t.db, { regionCode: '03' })).id;
  await t.db.insert(networkOrganizations).values([
    { networkId, organizationId: org.udp.id, joinedOn: '2020-01-01' },
    { networkId, organizationId: org.coop.id, joinedOn: '2020-01-01' },
    { networkId, organizationId: org.asso.id, joinedOn: '2020-01-01' },
    { networkId, organizationId: org.asl.id, joinedOn: '2020-01-01' },
    // Joins in the future: not in today's graph.
    { networkId, organizationId: org.outside.id, joinedOn: addDays(today, 30) },
  ]);
  const table = await createTestRoundtable(t.db, org.udp.id, { networkId, kind: 'regional_working_table', name: 'Tavolo di rete' });
  tableId = table.id;
  await t.db.insert(roundtableMembers).values([
    { roundtableId: tableId, organizationId: org.udp.id, mandateFrom: '2020-01-01', role: 'chair' },
    { roundtableId: tableId, organizationId: org.coop.id, mandateFrom: '2020-01-01' },
    // Mandate ended: not seated today.
    { roundtableId: tableId, organizationId: org.asso.id, mandateFrom: '2020-01-01', mandateTo: '2021-01-01' },
  ]);
  await meetingWith(t.db, tableId, -100, [org.udp.id, org.asso.id], [org.coop.id]);
  await meetingWith(t.db, tableId, -40, [org.udp.id, org.asso.id, org.coop.id]);
  await meetingWith(t.db, tableId, -500, [org.udp.id, org.asl.id]); // more than a year ago
  await meetingWith(t.db, tableId, 10, []);
  await meetingWith(t.db, tableId, 90, []); // beyond 60 days
  const [ag] = await t.db
    .insert(agreements)
    .values({ kind: 'memorandum', title: 'Protocollo accoglienza', districtId, keeperOrganizationId: org.udp.id, validFrom: '2024-01-01', validTo: addDays(today, 20), renewalNoticeDays: 45 })
    .returning();
  await t.db.insert(agreementParties).values([
    { agreementId: ag!.id, organizationId: org.udp.id },
    { agreementId: ag!.id, organizationId: org.asl.id },
  ]);
  await t.db.insert(agreements).values([
    { kind: 'convention', title: 'Convenzione lontana', districtId, keeperOrganizationId: org.udp.id, validFrom: '2024-01-01', validTo: addDays(today, 200), renewalNoticeDays: 60 },
    { kind: 'convention', title: 'Convenzione scaduta', districtId, keeperOrganizationId: org.udp.id, validFrom: '2024-01-01', validTo: addDays(today, -10) },
    { kind: 'convention', title: 'Convenzione scaduta da tempo', districtId, keeperOrganizationId: org.udp.id, validFrom: '2024-01-01', validTo: addDays(today, -90) },
  ]);
  await t.db.insert(actionItems).values([
    { roundtableId: tableId, title: 'Mappare i servizi', ownerOrganizationId: org.coop.id, dueDate: addDays(today, -5), status: 'in_progress' },
    { roundtableId: tableId, title: 'Già fatto', dueDate: addDays(today, -5), status: 'done' },
    { roundtableId: tableId, title: 'Non ancora scaduto', dueDate: addDays(today, 5) },
    { agreementId: ag!.id, title: 'Relazione annuale', ownerOrganizationId: org.asl.id, dueDate: addDays(today, -1) },
  ]);
});
afterAll(() => t.close());

const get = (url: string, as: string) => t.request({ method: 'GET', url: `/api/governance${url}`, as });
type Edge = { source: string; target: string; kind: string; weight: number; directed: boolean };

describe('network graph', () => {
  it("draws a network's organisations at a date with membership, co-attendance, agreement and referral ties", async () => {
    const res = await get(`/networks/${networkId}/graph`, admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const name = (id: string) => Object.values(org).find((o) => o.id === id)!.name;
    expect(body.scope).toEqual({ kind: 'network', id: networkId, name: expect.any(String) });
    expect(body.at).toBe(today);
    expect(body.nodes.map((n: { name: string }) => n.name)).toEqual(['ASL', 'Associazione Faro', 'Cooperativa Ponte', 'Ufficio di Piano']);
    const edges = (body.edges as Edge[]).map((e) => `${e.kind}:${(e.directed ? [name(e.source), name(e.target)] : [name(e.source), name(e.target)].sort()).join(e.directed ? '>' : '|')}=${e.weight}`).sort();
    expect(edges).toEqual([
      'agreement:ASL|Ufficio di Piano=1',
      'coattendance:Associazione Faro|Cooperativa Ponte=1',
      'coattendance:Associazione Faro|Ufficio di Piano=2',
      'coattendance:Cooperativa Ponte|Ufficio di Piano=1',
      'membership:Cooperativa Ponte|Ufficio di Piano=1',
      'referral:ASL>Cooperativa Ponte=5',
      'referral:Cooperativa Ponte>ASL=7',
    ]);
    // Pairs: UdP–ASL, Faro–Ponte, Faro–UdP, Ponte–UdP, Ponte–ASL → 5 of 6; density 10/12.
    expect(body.metrics.ties).toBe(5);
    expect(body.metrics.density).toBeCloseTo(10 / 12, 12);
    expect(body.metrics.referralReciprocity).toBe(1);
    expect(body.nodes.find((n: { name: string }) => n.name === 'Cooperativa Ponte')).toMatchObject({ sector: 'third_sector', degree: 3 });
    // Whole months only: the twelve before the month of the date.
    const monthStart = `${today.slice(0, 7)}-01`;
    expect(referralCalls.at(-1)).toEqual({ from: monthStart.replace(/^(\d{4})/, (y) => String(Number(y) - 1)), to: addDays(monthStart, -1) });
  });

  it('draws a past date from the rows of then', async () => {
    const body = (await get(`/networks/${networkId}/graph?at=${addDays(today, -450)}`, admin)).json();
    // 450 days ago: the meeting of 500 days ago (UdP, ASL) was within the year; memberships of 2020 held; the agreement too.
    const kinds = (body.edges as Edge[]).map((e) => e.kind);
    expect(kinds).toContain('coattendance');
    expect(body.metrics.organizations).toBe(4);
  });

  it("draws a district's organisations, those with services elsewhere left out", async () => {
    const body = (await get(`/districts/${districtId}/graph`, admin)).json();
    expect(body.scope.kind).toBe('district');
    expect(body.nodes.map((n: { name: string }) => n.name)).toEqual(['ASL', 'Associazione Faro', 'Cooperativa Ponte', 'Ufficio di Piano']);
  });

  it('gives the metrics at the end of each quarter and their change', async () => {
    const res = await get(`/networks/${networkId}/metrics?from=${addDays(today, -365)}&to=${today}&step=quarter`, admin);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.points.length).toBeGreaterThanOrEqual(4);
    expect(body.points.at(-1).at).toBe(today);
    expect(body.points.at(-1).metrics.ties).toBe(5);
    expect(body.change.ties).toBe(body.points.at(-1).metrics.ties - body.points[0].metrics.ties);
    const district = await get(`/districts/${districtId}/metrics?step=year`, admin);
    expect(district.statusCode).toBe(200);
    expect((await get(`/networks/${networkId}/metrics?from=${today}&to=${addDays(today, -1)}`, admin)).statusCode).toBe(400);
  });

  it('answers 404 out of scope, 403 without the permission', async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', districtId)).cookie;
    const analyst = (await t.userWith('analyst', 'district', districtId)).cookie;
    const otherCoordinator = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
    const operator = (await t.userWith('operator', 'organization', org.udp.id)).cookie;
    expect((await get(`/networks/${networkId}/graph`, coordinator)).statusCode).toBe(200);
    expect((await get(`/districts/${districtId}/graph`, analyst)).statusCode).toBe(200);
    expect((await get(`/networks/${networkId}/graph`, otherCoordinator)).statusCode).toBe(404);
    expect((await get(`/districts/${districtId}/graph`, otherCoordinator)).statusCode).toBe(404);
    expect((await get(`/networks/${regionalNetworkId}/graph`, coordinator)).statusCode).toBe(404);
    expect((await get(`/networks/${regionalNetworkId}/graph`, admin)).statusCode).toBe(200);
    expect((await get(`/networks/${networkId}/graph`, operator)).statusCode).toBe(403);
    expect((await get(`/districts/${randomUUID()}/graph`, admin)).statusCode).toBe(404);
  });
});

describe('steering dashboard', () => {
  it("shows the district's meetings, overdue items, expiring agreements, attendance, trend and slots", async () => {
    const coordinator = (await t.userWith('district_coordinator', 'district', districtId)).cookie;
    const res = await get(`/steering/${districtId}`, coordinator);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.districtName).toBe('Ambito NETA');
    expect(body.upcomingMeetings.map((m: { title: string }) => m.title)).toEqual(['Seduta 10']);
    expect(body.upcomingMeetings[0].roundtableName).toBe('Tavolo di rete');
    expect(body.overdueActionItems.map((a: { title: string }) => a.title)).toEqual(['Mappare i servizi', 'Relazione annuale']);
    expect(body.overdueActionItems[0]).toMatchObject({ ownerOrganizationName: 'Cooperativa Ponte', daysOverdue: 5, roundtableName: 'Tavolo di rete' });
    expect(body.expiringAgreements.map((a: { title: string; daysLeft: number; expired: boolean }) => [a.title, a.daysLeft, a.expired])).toEqual([
      ['Convenzione scaduta', -10, true],
      ['Protocollo accoglienza', 20, false],
    ]);
    // Last 12 months: two meetings. UdP 2/2, Faro 2/2, Ponte 1/2; ASL's meeting is older.
    expect(body.attendanceRates.map((r: { name: string; expected: number; present: number; rate: number }) => [r.name, r.expected, r.present, r.rate])).toEqual([
      ['Cooperativa Ponte', 2, 1, 0.5],
      ['Associazione Faro', 2, 2, 1],
      ['Ufficio di Piano', 2, 2, 1],
    ]);
    expect(body.metricsTrend).toHaveLength(4);
    expect(body.metricsTrend.at(-1).at).toBe(today);
    expect(body.slots).toEqual([{ id: 'fake', title: 'Prova', figures: [{ key: 'open', label: 'Aperti', value: null, suppressed: true, href: null }] }]);
  });

  it('answers 404 to a coordinator of another district and 403 to an operator', async () => {
    const otherCoordinator = (await t.userWith('district_coordinator', 'district', otherDistrictId)).cookie;
    const operator = (await t.userWith('operator', 'organization', org.udp.id)).cookie;
    expect((await get(`/steering/${districtId}`, otherCoordinator)).statusCode).toBe(404);
    expect((await get(`/steering/${districtId}`, operator)).statusCode).toBe(403);
    const empty = await get(`/steering/${otherDistrictId}`, otherCoordinator);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toMatchObject({ upcomingMeetings: [], overdueActionItems: [], expiringAgreements: [], attendanceRates: [] });
  });
});
