import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../platform/testing/testApp';
import { DEMO_PASSWORD } from '../../modules/organizations/module';
import { demoDistrictId } from '../../modules/territory/module';
import { cookieFrom, startCrocevia } from './test/helpers';

let t: TestApp;
let districtId: string;

beforeAll(async () => {
  t = await startCrocevia({ DEMO_DATA: 'true', LOGIN_RATE_LIMIT_PER_IP: '1000' });
  districtId = (await demoDistrictId(t.db))!;
});
afterAll(() => t.close());

const signIn = async (email: string) => cookieFrom(await t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } }));

describe('governance wired to casework', () => {
  it("fills the demo district's steering dashboard with casework's slot, small counts withheld", async () => {
    const res = await t.request({ method: 'GET', url: `/api/governance/steering/${districtId}`, as: await signIn('coordinatore@demo.crocevia.it') });
    expect(res.statusCode).toBe(200);
    const [slot] = res.json().slots;
    expect(slot).toMatchObject({ id: 'casework', title: 'Presa in carico e invii' });
    expect(slot.figures.map((f: { key: string }) => f.key)).toEqual(['casesOpened', 'casesClosed', 'referralsSent', 'referralsAccepted', 'mediationHours']);
    // Below the threshold of 5 a count is withheld, never shown.
    const figures = slot.figures as { key: string; value: number | null; suppressed: boolean }[];
    for (const f of figures) {
      if (f.suppressed) expect(f.value).toBeNull();
      else if (f.key !== 'mediationHours') expect(f.value === 0 || (f.value ?? 0) >= 5).toBe(true);
    }
  });

});

describe('referral ties in the network graph', () => {
  // A threshold of 1 lets the demo's few referrals show; the default 5 would withhold them all.
  let low: TestApp;
  beforeAll(async () => {
    low = await startCrocevia({ DEMO_DATA: 'true', LOGIN_RATE_LIMIT_PER_IP: '1000', DISCLOSURE_THRESHOLD: '1' });
  });
  afterAll(() => low.close());

  it("draws casework's referrals as directed ties, the demo's few shown under a threshold of 1", async () => {
    const as = cookieFrom(await low.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'analista@demo.crocevia.it', password: DEMO_PASSWORD } }));
    const district = (await demoDistrictId(low.db))!;
    const graph = async (at: string) => (await low.request({ method: 'GET', url: `/api/governance/districts/${district}/graph?at=${at}`, as })).json();
    const referralsAt = async (at: string) => ((await graph(at)).edges as { kind: string; directed: boolean }[]).filter((e) => e.kind === 'referral');
    const today = new Date().toISOString().slice(0, 10);
    const later = await referralsAt(today);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((e) => e.directed)).toBe(true);
    expect((await graph(today)).metrics.referralReciprocity).not.toBeNull();
  });
});
