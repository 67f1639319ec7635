import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../platform/testing/testApp';
import { organizationsModule, servicesOfDistrict } from '../../organizations/module';
import { demoDistrictId, territoryModule } from '../../territory/module';
import { assessments, cases, goals, housingUnits, interventions, mediations, mediators, placements } from './schema';
import { seedPlanDemo } from './seedsPlan';
import { createTestCase, createTestPerson, startCaseworkApp } from './testing';

let t: TestApp;
let districtId: string;

beforeAll(async () => {
  t = await startCaseworkApp();
  const ctx = { db: t.db, config: t.config, log: () => {} };
  await territoryModule.seedDemo!(ctx);
  await organizationsModule.seedDemo!(ctx);
  districtId = (await demoDistrictId(t.db))!;
  const services = await servicesOfDistrict(t.db, districtId);
  const social = services.find((s) => s.organizationKind === 'municipality')!;
  const lead = { organizationId: social.organizationId, serviceId: social.id };
  const person = async (languages: string[]) => (await createTestPerson(t.db, { districtId, registeredByOrganizationId: lead.organizationId, languages })).id;
  const owner = (await t.userWith('operator', 'organization', lead.organizationId)).userId;
  const housing = await createTestCase(t.db, { districtId, personId: await person(['ti', 'en']), lead, ownerId: owner });
  await t.db.update(cases).set({ needs: ['housing', 'work'] }).where(eq(cases.id, housing.id));
  await createTestCase(t.db, { districtId, personId: await person(['uk']), lead, ownerId: owner });
  await createTestCase(t.db, { districtId, personId: await person(['xx']), lead, ownerId: owner });
});
afterAll(() => t.close());

const counts = async () => ({
  mediators: (await t.db.select().from(mediators)).length,
  units: (await t.db.select().from(housingUnits)).length,
  assessments: (await t.db.select().from(assessments)).length,
  goals: (await t.db.select().from(goals)).length,
  interventions: (await t.db.select().from(interventions)).length,
});

describe('demo care plans', () => {
  it('seeds the pool, the units and a plan for each demo case, and changes nothing when run again', async () => {
    const ctx = { db: t.db, config: t.config, log: () => {} };
    await seedPlanDemo(ctx);
    const first = await counts();
    expect(first.mediators).toBeGreaterThanOrEqual(6);
    expect(first.units).toBe(3);
    expect(first.assessments).toBe(3);
    const pool = await t.db.select().from(mediators);
    for (const language of ['ar', 'ti', 'uk', 'sq', 'bn', 'ur', 'fr', 'en']) expect(pool.some((m) => m.languages.includes(language))).toBe(true);
    expect(pool.some((m) => m.languages.length > 1)).toBe(true);

    // Two cases speak a language of the pool: their mediations are assigned; the third has none.
    const booked = await t.db.select().from(mediations);
    expect(booked.map((m) => m.language).sort()).toEqual(['ti', 'uk']);
    expect(booked.every((m) => m.status === 'assigned' && m.mediatorId)).toBe(true);
    const [placement] = await t.db.select().from(placements);
    expect(placement!.milestones).toHaveLength(3);

    await seedPlanDemo(ctx);
    expect(await counts()).toEqual(first);
  });
});
