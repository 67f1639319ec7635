import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defer } from './cleanup';
import { describePage, measureRoute, signInAsDemoAdmin, type RouteFigures } from './load';
import { createBenchDatabase } from './postgres';
import { repoRoot, residentBytes, startServer } from './serverProcess';

export type DatabaseKind = 'pglite' | 'postgres';

export type ScenarioResult = {
  kind: DatabaseKind;
  /** e.g. "PGlite 0.3.16 (embedded, on disk)" or "PostgreSQL 15.20". */
  database: string;
  startup: { firstMs: number; warmMs: number };
  memory: { idleAfterFirstStart: number; idleAfterWarmStart: number; afterLoad: number };
  routes: RouteFigures[];
  /** What one page of each list held, e.g. "25 of 60 rows". */
  pages: Record<string, string>;
};

const IDLE_MS = 5_000;
const BARE = '/api/health/live';
const ORGANIZATIONS = '/api/organizations?page=1&pageSize=25';
const MUNICIPALITIES = '/api/territory/municipalities?page=1&pageSize=25';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function pgliteVersion(): string {
  const file = path.join(repoRoot, 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crocevia-bench-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  defer(`temp dir ${dir}`, async () => remove(), remove);
  return dir;
}

/**
 * First start (migrations + demo seed), warm restart on the same data, idle memory, then load.
 * Everything started is registered for clean-up; the caller runs it.
 */
export async function runScenario(kind: DatabaseKind, serverUrl?: string): Promise<ScenarioResult> {
  const dataDir = freshDataDir();
  let databaseUrl: string | undefined;
  let database = `PGlite ${pgliteVersion()} (embedded, data in ${os.tmpdir()})`;
  if (kind === 'postgres') {
    if (!serverUrl) throw new Error('PostgreSQL run without DATABASE_URL');
    const created = await createBenchDatabase(serverUrl);
    databaseUrl = created.url;
    database = `PostgreSQL ${created.version} (127.0.0.1, fresh database)`;
  }

  console.log(`  first start (migrations + demo seed)…`);
  const first = await startServer({ dataDir, databaseUrl });
  await sleep(IDLE_MS);
  const idleAfterFirstStart = residentBytes(first.pid);
  await first.stop();
  console.log(`    ready in ${Math.round(first.readyMs)} ms`);

  console.log(`  warm start (same data)…`);
  const warm = await startServer({ dataDir, databaseUrl });
  await sleep(IDLE_MS);
  const idleAfterWarmStart = residentBytes(warm.pid);
  console.log(`    ready in ${Math.round(warm.readyMs)} ms, idle RSS ${(idleAfterWarmStart / 1024 ** 2).toFixed(0)} MiB`);

  const cookie = await signInAsDemoAdmin(warm.baseUrl);
  const pages = {
    [ORGANIZATIONS]: await describePage(warm.baseUrl, ORGANIZATIONS, cookie),
    [MUNICIPALITIES]: await describePage(warm.baseUrl, MUNICIPALITIES, cookie),
  };

  const routes: RouteFigures[] = [];
  const plan: [string, string | undefined][] = [
    [BARE, undefined],
    [ORGANIZATIONS, cookie],
    [MUNICIPALITIES, cookie],
  ];
  for (const [route, withCookie] of plan) {
    console.log(`  load: GET ${route}…`);
    const figures = await measureRoute(warm.baseUrl, route, withCookie);
    console.log(`    ${Math.round(figures.requestsPerSecond)} req/s, p99 ${figures.latencyMs.p99} ms`);
    routes.push(figures);
  }
  const afterLoad = residentBytes(warm.pid);
  await warm.stop();

  return {
    kind,
    database,
    startup: { firstMs: first.readyMs, warmMs: warm.readyMs },
    memory: { idleAfterFirstStart, idleAfterWarmStart, afterLoad },
    routes,
    pages,
  };
}
