import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../platform/testing/testApp';
import { DEMO_PASSWORD } from '../../organizations/module';
import { startCaseworkApp } from './testing';
import { DEMO_CAV_OPERATOR, seedCaseworkDemo } from './seeds';
import { cases, notes, referrals } from './schema';

let t: TestApp;

beforeAll(async () => {
  t = await startCaseworkApp({ DEMO_DATA: 'true' });
});
afterAll(() => t.close());

const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
const signIn = async (email: string) => {
  const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: DEMO_PASSWORD } });
  expect(res.statusCode).toBe(200);
  return cookieOf(res);
};
type Item = { reference: string; protection: string; status: string; subject: { hidden: boolean; name?: string } };
const caseload = async (cookie: string) => (await t.request({ method: 'GET', url: '/api/casework/cases?pageSize=50', as: cookie })).json().items as Item[];

describe('casework demo data', () => {
  it("gives the demo operator a caseload in every stage, without the anti-violence centre's restricted case", async () => {
    const items = await caseload(await signIn('operatore@demo.crocevia.it'));
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['intake', 'assessment', 'plan', 'active', 'closed']));
    expect(items.every((i) => i.protection === 'ordinary')).toBe(true);
    expect(items.map((i) => i.subject.name)).toContain('Nucleo Haddad');
    expect(items.every((i) => /^\d{4}-\d{6}$/.test(i.reference))).toBe(true);
  });

  it('signs in the second operator at the anti-violence centre, named on its restricted case, with a referral waiting', async () => {
    const cookie = await signIn(DEMO_CAV_OPERATOR.email);
    const items = await caseload(cookie);
    expect(items).toEqual([expect.objectContaining({ protection: 'restricted', subject: expect.objectContaining({ hidden: false, name: 'Fatima Zahra El Amrani' }) })]);
    const reminders = (await t.request({ method: 'GET', url: '/api/casework/reminders', as: cookie })).json().items.map((r: { kind: string }) => r.kind);
    expect(reminders).toEqual(expect.arrayContaining(['referral_waiting', 'permit_expiring']));
    const pending = await t.db.select().from(referrals).where(eq(referrals.status, 'pending'));
    expect(pending).toHaveLength(1);
  });

  it('places every demo case in a municipality of the demo district, more than one in all', async () => {
    const rows = await t.db.select({ municipalityId: cases.municipalityId }).from(cases);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.municipalityId !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.municipalityId)).size).toBeGreaterThan(1);
  });

  it('keeps the restricted case note encrypted and runs only once', async () => {
    const restricted = await t.db.select().from(cases).where(eq(cases.protection, 'restricted'));
    const [note] = await t.db.select().from(notes).where(eq(notes.caseId, restricted[0]!.id));
    expect(note!.body).toBeNull();
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(cases))[0]!.n;
    const before = await count();
    await seedCaseworkDemo({ db: t.db, config: t.config, log: () => {} });
    expect(await count()).toBe(before);
  });
});
