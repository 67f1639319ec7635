/**
 * Search quality of the duplicate check (findDuplicates, the query behind POST /persons/duplicates)
 * on real transliteration variants, through the database: a seeded sample of Arabic names, each
 * registered once under one Latin spelling with a birth year in one organisation, then checked with
 * every other spelling of the same name and the same year. A small copy of the measurement in
 * bench/caseworkQuality.ts (docs/benchmarks.md: recall 0.698, false 4.1e-5 per pair on 1,000 names),
 * sharing its sample (searchQualitySample.ts), so a regression shows in `npm test`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../platform/access/roles';
import type { Database } from '../../../platform/db/database';
import { openTestDatabase } from '../../../platform/testing/testDatabase';
import { linkageQuality } from '../../linkage/module';
import { findDuplicates } from './queries/duplicates';
import { drawSample, namesFile, relatedGroups, variantQueries } from './searchQualitySample';
import { createTestPerson } from './testing';

const NAMES = 150;
const SEED = 11;

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

describe('duplicate check quality on Arabic transliteration variants', () => {
  it(`finds most spellings of ${NAMES} registered names and almost never proposes someone else`, async () => {
    const db = database.db;
    const { groups, registered } = drawSample(linkageQuality.loadVariantGroups(namesFile('arabic')), NAMES, linkageQuality.seededRandom(SEED));
    const related = relatedGroups(groups);
    const organizationId = randomUUID();
    const districtId = randomUUID();
    const serviceId = randomUUID();
    const people = [];
    for (const r of registered) {
      const row = await createTestPerson(db, { districtId, registeredByOrganizationId: organizationId, registeredByServiceId: serviceId, givenName: r.spelling, familyName: '', birthYear: r.year });
      people.push({ ...r, id: row.id });
    }
    const groupOf = new Map(people.map((p) => [p.id, p.group]));
    // An operator of the registering organisation: every person is visible to them.
    const actor: Actor = { userId: randomUUID(), email: 'qualita@test.crocevia.it', displayName: 'Qualità', grants: [{ role: 'operator', scopeKind: 'organization', scopeId: organizationId }], sessionId: null, mustChangePassword: false };
    const secret = randomBytes(32);

    const queries = variantQueries(groups, people);
    let found = 0;
    let wrong = 0;
    for (const q of queries) {
      const matches = await findDuplicates(db, actor, { record: { names: [q.spelling], birthDate: { year: q.target.year } }, districtId, serviceId }, secret);
      const proposed = matches.flatMap((m) => (m.kind === 'visible' ? [m.person.id] : []));
      expect(matches.every((m) => m.kind === 'visible'), 'the registering organisation sees every person').toBe(true);
      if (proposed.includes(q.target.id)) found++;
      wrong += proposed.filter((id) => !related(groupOf.get(id)!, q.target.group)).length;
    }
    const recall = found / queries.length;
    const falseRate = wrong / (queries.length * people.length);
    console.info(`duplicate check, arabic: ${people.length} persons, ${queries.length} variant queries; recall ${recall.toFixed(3)}, false ${falseRate.toExponential(2)} per pair (${wrong} wrong proposals)`);
    expect(people.length).toBeGreaterThan(100);
    expect(queries.length).toBeGreaterThan(people.length);
    expect(recall).toBeGreaterThan(0.5);
    expect(falseRate).toBeLessThan(1e-4);
  });
});
