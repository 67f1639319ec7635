/**
 * Search quality of the casework duplicate check (findDuplicates) and name search (searchPersons)
 * on real transliteration variants (../shared/data/names), through the database as the routes run
 * them. Pairs are drawn as modules/linkage/server/matching/personMatch.quality.test.ts draws them
 * (its nameVariants helpers): one spelling registered, every other spelling of the same native name
 * queried; wrong proposals are persons of unrelated native names (entries sharing a spelling are
 * related, as in unrelatedPairs).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../platform/access/roles';
import { migrateDatabase, openDatabase, type Db } from '../platform/db/database';
import { blockingKeys, jaroWinkler, linkageQuality, normalizedFullName } from '../modules/linkage/module';
import { findDuplicates } from '../modules/casework/server/queries/duplicates';
import { searchPersons } from '../modules/casework/server/queries/personSearch';
import { matchRecord, searchNameOf } from '../modules/casework/server/commands/writePersonKeys';
import { personKeys, persons } from '../modules/casework/server/schema';
import { drawSample, namesFile, relatedGroups, variantQueries } from '../modules/casework/server/searchQualitySample';
import { defer } from './cleanup';
import { repoRoot } from './serverProcess';

type Rates = { recall: number; falseRate: number };
export type ScriptQuality = { script: string; persons: number; variantQueries: number; duplicates: Rates; search: Rates; searchWithYear: Rates; baseline: Rates };
export type QualityResult = { database: string; groupsPerScript: number; scripts: ScriptQuality[] };

async function measureScript(db: Db, script: 'arabic' | 'cyrillic', groupsPerScript: number, seed: number): Promise<ScriptQuality> {
  // A seeded sample of native names, each registered once under one of its spellings with a birth year.
  const sample = drawSample(linkageQuality.loadVariantGroups(namesFile(script)), groupsPerScript, linkageQuality.seededRandom(seed));
  const groups = sample.groups;
  const related = relatedGroups(groups);
  const organizationId = randomUUID();
  const districtId = randomUUID();
  const serviceId = randomUUID();
  const registered = sample.registered.map((r) => ({ id: randomUUID(), ...r }));
  const rows = registered.map((r) => {
    const row = { id: r.id, districtId, registeredByOrganizationId: organizationId, registeredByServiceId: serviceId, givenName: r.spelling, familyName: '', birthYear: r.year, alternativeNames: [] as string[], nativeGivenName: null, nativeFamilyName: null, birthMonth: null, birthDay: null, sex: null, taxCode: null };
    return { ...row, searchName: searchNameOf(row) };
  });
  for (let i = 0; i < rows.length; i += 2_000) await db.insert(persons).values(rows.slice(i, i + 2_000));
  const keys = rows.flatMap((r) => blockingKeys(matchRecord(r)).map((key) => ({ personId: r.id, key })));
  for (let i = 0; i < keys.length; i += 5_000) await db.insert(personKeys).values(keys.slice(i, i + 5_000)).onConflictDoNothing();

  const actor: Actor = { userId: randomUUID(), email: 'q@bench.crocevia.it', displayName: 'Qualità', grants: [{ role: 'operator', scopeKind: 'organization', scopeId: organizationId }], sessionId: null, mustChangePassword: false };
  const secret = randomBytes(32);
  const groupOf = new Map<string, number>(registered.map((r) => [r.id, r.group]));
  const queries = variantQueries(groups, registered);
  const tally = { dupFound: 0, dupWrong: 0, searchFound: 0, searchWrong: 0, yearFound: 0, yearWrong: 0, jwFound: 0, jwWrong: 0, unrelatedPairs: 0 };
  for (const q of queries) {
    const unrelated = registered.filter((r) => !related(r.group, q.target.group));
    tally.unrelatedPairs += unrelated.length;
    const record = { names: [q.spelling], birthDate: { year: q.target.year } };
    const proposed: string[] = (await findDuplicates(db, actor, { record, districtId, serviceId }, secret)).flatMap((m) => (m.kind === 'visible' ? [m.person.id] : []));
    if (proposed.includes(q.target.id)) tally.dupFound++;
    tally.dupWrong += proposed.filter((id) => !related(groupOf.get(id)!, q.target.group)).length;
    const hits: string[] = (await searchPersons(db, actor, { q: q.spelling, page: 1, pageSize: 1_000 })).items.map((h) => h.id);
    if (hits.includes(q.target.id)) tally.searchFound++;
    tally.searchWrong += hits.filter((id) => !related(groupOf.get(id)!, q.target.group)).length;
    const yearHits: string[] = (await searchPersons(db, actor, { q: q.spelling, birthYear: q.target.year, page: 1, pageSize: 1_000 })).items.map((h) => h.id);
    if (yearHits.includes(q.target.id)) tally.yearFound++;
    tally.yearWrong += yearHits.filter((id) => !related(groupOf.get(id)!, q.target.group)).length;
    const name = normalizedFullName(q.spelling);
    if (jaroWinkler(name, normalizedFullName(q.target.spelling)) >= 0.88) tally.jwFound++;
    tally.jwWrong += unrelated.filter((r) => r.year === q.target.year && jaroWinkler(name, normalizedFullName(r.spelling)) >= 0.88).length;
  }
  const n = queries.length;
  return {
    script,
    persons: registered.length,
    variantQueries: n,
    duplicates: { recall: tally.dupFound / n, falseRate: tally.dupWrong / tally.unrelatedPairs },
    search: { recall: tally.searchFound / n, falseRate: tally.searchWrong / tally.unrelatedPairs },
    searchWithYear: { recall: tally.yearFound / n, falseRate: tally.yearWrong / tally.unrelatedPairs },
    baseline: { recall: tally.jwFound / n, falseRate: tally.jwWrong / tally.unrelatedPairs },
  };
}

function pgliteVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string }).version;
}

export async function measureSearchQuality(groupsPerScript = 1_000, log: (line: string) => void = console.log): Promise<QualityResult> {
  const scripts: ScriptQuality[] = [];
  for (const [script, seed] of [
    ['arabic', 11],
    ['cyrillic', 13],
  ] as const) {
    // A fresh database per script, so the unrelated persons are of the same script.
    const database = await openDatabase({ inMemory: true });
    const close = defer(`quality PGlite ${script}`, () => database.close());
    await migrateDatabase(database);
    const started = Date.now();
    const r = await measureScript(database.db, script, groupsPerScript, seed);
    log(`  ${script}: ${r.persons} persons, ${r.variantQueries} variant queries; duplicates recall ${r.duplicates.recall.toFixed(3)} false ${r.duplicates.falseRate.toExponential(2)}; search recall ${r.search.recall.toFixed(3)} false ${r.search.falseRate.toExponential(2)}; search+year recall ${r.searchWithYear.recall.toFixed(3)} false ${r.searchWithYear.falseRate.toExponential(2)}; JW≥0.88+year recall ${r.baseline.recall.toFixed(3)} false ${r.baseline.falseRate.toExponential(2)} (${Math.round((Date.now() - started) / 1000)} s)`);
    scripts.push(r);
    await close();
  }
  return { database: `PGlite ${pgliteVersion()} (in memory)`, groupsPerScript, scripts };
}
