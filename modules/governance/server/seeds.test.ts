import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { demoDistrictId, territoryModule } from '../../territory/module';
import { DEMO_PASSWORD, organizationsModule } from '../../organizations/module';
import { governanceModule } from '../module';
import { networks } from './schema';
import { DEMO_NETWORK_NAME, seedGovernanceDemo } from './seeds';

let t: TestApp;

beforeAll(async () => {
  t = await startModuleTestApp([territoryModule, organizationsModule, governanceModule], { DEMO_DATA: 'true' });
});
afterAll(() => t.close());

const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;

describe('governance demo data', () => {
  it("gives the demo coordinator a steering dashboard with an overdue item, an expiring agreement and the next meeting", async () => {
    const login = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'coordinatore@demo.crocevia.it', password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const districtId = (await demoDistrictId(t.db))!;
    const res = await t.request({ method: 'GET', url: `/api/governance/steering/${districtId}`, as: cookieOf(login) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.overdueActionItems).toEqual([expect.objectContaining({ title: 'Completare la mappatura dei servizi', daysOverdue: 14, ownerOrganizationName: 'Cooperativa sociale Ponti' })]);
    expect(body.expiringAgreements).toEqual([expect.objectContaining({ kind: 'memorandum', daysLeft: 40, expired: false })]);
    expect(body.upcomingMeetings.map((m: { roundtableName: string }) => m.roundtableName)).toEqual([
      'Tavolo regionale di lavoro – Inclusione dei cittadini di Paesi terzi',
      'Tavolo di co-azione per l’accoglienza',
    ]);
    expect(body.attendanceRates.length).toBeGreaterThanOrEqual(6);
    expect(body.metricsTrend.at(-1).metrics.ties).toBeGreaterThan(0);
    // The demo network grew during the year: later joiners.
    const [network] = await t.db.select({ id: networks.id }).from(networks).where(eq(networks.name, DEMO_NETWORK_NAME));
    const series = (await t.request({ method: 'GET', url: `/api/governance/networks/${network!.id}/metrics`, as: cookieOf(login) })).json();
    expect(series.change.organizations).toBeGreaterThan(0);
    expect(series.change.joined.length).toBe(series.change.organizations);
  });

  it('runs only once', async () => {
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(networks))[0]!.n;
    const before = await count();
    await seedGovernanceDemo({ db: t.db, config: t.config, log: () => {} });
    expect(await count()).toBe(before);
  });
});
