/**
 * Casework benchmark: name search (searchPersons) and the caseload list (listCases) on a generated
 * district (bench/caseworkData.ts), called in-process as the routes call them, with a realistic
 * operator. p50 and p95 over a fixed number of calls, after a short warm-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Actor } from '../platform/access/roles';
import { migrateDatabase, openDatabase, type Database } from '../platform/db/database';
import { seededRandom } from '../modules/linkage/server/matching/quality/nameVariants';
import { searchPersons } from '../modules/casework/server/queries/personSearch';
import { listCases } from '../modules/casework/server/queries/caseList';
import { defer } from './cleanup';
import { createBenchDatabase } from './postgres';
import { repoRoot } from './serverProcess';
import type { DatabaseKind } from './scenario';
import { FULL_SIZE, generateDistrict, type DistrictSize, type GeneratedDistrict, type GeneratedPerson } from './caseworkData';

export const CALLS = 200;
const WARMUP = 5;
/** A slow query must not hold the whole benchmark: each set stops after this long (warm-up: a quarter of it), and says how many calls it made. */
const BUDGET_MS = 120_000;

export type Timing = { calls: number; p50: number; p95: number; mean: number; note: string };
export type CaseworkResult = {
  kind: DatabaseKind;
  database: string;
  size: { persons: number; cases: number; services: number; keys: number; participants: number; workers: number };
  loadMs: number;
  search: Timing;
  listService: Timing;
  listMine: Timing;
};

function percentile(sortedMs: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sortedMs.length);
  return sortedMs[Math.min(sortedMs.length, Math.max(1, rank)) - 1]!;
}

async function time(calls: number, run: (i: number) => Promise<void>): Promise<Omit<Timing, 'note'>> {
  const warmupStarted = performance.now();
  for (let i = 0; i < WARMUP && performance.now() - warmupStarted < BUDGET_MS / 4; i++) await run(calls + i);
  const ms: number[] = [];
  const started = performance.now();
  for (let i = 0; i < calls && performance.now() - started < BUDGET_MS; i++) {
    const start = performance.now();
    await run(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { calls: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), mean: ms.reduce((a, b) => a + b, 0) / ms.length };
}

/** A realistic misspelling: another Latin spelling of the same native name, or one typo in an Italian one. */
function misspell(p: GeneratedPerson, random: () => number): string {
  const other = (group: GeneratedPerson['givenGroup'], current: string) => {
    const options = (group?.spellings ?? []).filter((s) => s !== current.toLowerCase());
    return options.length ? options[Math.floor(random() * options.length)]! : current;
  };
  if (p.givenGroup || p.familyGroup) return `${other(p.givenGroup, p.given)} ${other(p.familyGroup, p.family)}`;
  const f = p.family;
  const i = 1 + Math.floor(random() * Math.max(1, f.length - 2));
  const typo = f.length > 3 ? f.slice(0, i) + f[i + 1] + f[i] + f.slice(i + 2) : f;
  return `${p.given} ${typo}`;
}

function pgliteVersion(): string {
  const file = path.join(repoRoot, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

async function openBenchDatabase(kind: DatabaseKind, serverUrl: string | undefined): Promise<{ database: Database; description: string }> {
  if (kind === 'postgres') {
    if (!serverUrl) throw new Error('PostgreSQL run without DATABASE_URL');
    const created = await createBenchDatabase(serverUrl);
    const database = await openDatabase({ databaseUrl: created.url });
    defer('casework bench pool', () => database.close());
    return { database, description: `PostgreSQL ${created.version} (127.0.0.1, fresh database)` };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crocevia-casework-bench-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  defer(`temp dir ${dir}`, async () => remove(), remove);
  const database = await openDatabase({ dataDir: dir });
  defer('casework bench PGlite', () => database.close());
  return { database, description: `PGlite ${pgliteVersion()} (embedded, data on disk in ${os.tmpdir()})` };
}

const count = async (database: Database, table: string) =>
  Number(((await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

export async function runCaseworkBenchmark(kind: DatabaseKind, serverUrl?: string, size: DistrictSize = FULL_SIZE, log: (line: string) => void = console.log): Promise<CaseworkResult> {
  const { database, description } = await openBenchDatabase(kind, serverUrl);
  await migrateDatabase(database);
  const db = database.db;
  log(`  casework: generating ${size.persons.toLocaleString('en-US')} persons and ${size.cases.toLocaleString('en-US')} cases…`);
  const loadStart = performance.now();
  const district: GeneratedDistrict = await generateDistrict(db, size, log);
  // Statistics as autovacuum would leave them on PostgreSQL after a bulk load (PGlite has no autovacuum).
  await db.execute(sql`analyze`);
  const loadMs = performance.now() - loadStart;
  log(`    loaded and analysed in ${Math.round(loadMs / 1000)} s`);

  // The actor: an operator of the first organisation, named on the cases of its first service.
  const org = district.organizations[0]!;
  const actor: Actor = {
    userId: org.workers[0]![0]!,
    email: 'operatrice@bench.crocevia.it',
    displayName: 'Operatrice',
    grants: [{ role: 'operator', scopeKind: 'organization', scopeId: org.id }],
    sessionId: null,
    mustChangePassword: false,
  };

  // Queries: half about people of the operator's organisation, half about anyone in the district.
  const random = seededRandom(99);
  const own = district.persons.filter((p) => p.organizationIndex === 0);
  const targets = Array.from({ length: CALLS + WARMUP }, (_, i) => (i % 2 === 0 ? own : district.persons)[Math.floor(random() * (i % 2 === 0 ? own.length : district.persons.length))]!);
  const queries = targets.map((p) => misspell(p, random));
  let hits = 0;
  let asked = 0;
  let ownFound = 0;
  let ownAsked = 0;
  const search = await time(CALLS, async (i) => {
    const page = await searchPersons(db, actor, { q: queries[i]!, page: 1, pageSize: 25 });
    if (i >= CALLS) return;
    hits += page.total;
    asked++;
    if (targets[i]!.organizationIndex === 0) {
      ownAsked++;
      if (page.items.some((h) => h.id === targets[i]!.id)) ownFound++;
    }
  });
  log(`    search: p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms`);

  let serviceTotal = 0;
  const listService = await time(CALLS, async () => {
    serviceTotal = (await listCases(db, actor, { scope: 'service', page: 1, pageSize: 25 })).total;
  });
  log(`    caseload (service): p50 ${listService.p50.toFixed(1)} ms, p95 ${listService.p95.toFixed(1)} ms`);
  let mineTotal = 0;
  const listMine = await time(CALLS, async () => {
    mineTotal = (await listCases(db, actor, { scope: 'mine', page: 1, pageSize: 25 })).total;
  });
  log(`    caseload (mine): p50 ${listMine.p50.toFixed(1)} ms, p95 ${listMine.p95.toFixed(1)} ms`);

  return {
    kind,
    database: description,
    size: {
      persons: await count(database, 'casework_persons'),
      cases: await count(database, 'casework_cases'),
      services: district.organizations.reduce((n, o) => n + o.services.length, 0),
      keys: await count(database, 'casework_person_keys'),
      participants: await count(database, 'casework_participants'),
      workers: await count(database, 'casework_case_workers'),
    },
    loadMs,
    search: {
      ...search,
      note: `misspelled or re-transliterated full names, half of persons of the operator's organisation; mean ${Math.round(hits / Math.max(1, asked))} visible hits per query; the target was on page 1 for ${ownFound} of ${ownAsked} own-organisation queries`,
    },
    listService: { ...listService, note: `page 1 of 25, ${serviceTotal.toLocaleString('en-US')} cases in the organisation's caseload` },
    listMine: { ...listMine, note: `page 1 of 25, ${mineTotal.toLocaleString('en-US')} cases naming the operator` },
  };
}
