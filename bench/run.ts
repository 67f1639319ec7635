// `npm run bench`: start-up time, idle memory and throughput of the real server, written to docs/benchmarks.md.
import path from 'node:path';
import { cleanUp, cleanUpNow } from './cleanup';
import { runCaseworkBenchmarks } from './caseworkRun';
import { describeMachine } from './machine';
import { assertLoopback } from './postgres';
import { formatForConsole, updateBenchmarksDoc } from './report';
import { runScenario, type DatabaseKind, type ScenarioResult } from './scenario';
import { repoRoot } from './serverProcess';

const OVERALL_LIMIT_MS = 45 * 60_000;
const DOC = path.join(repoRoot, 'docs/benchmarks.md');

let stopping = false;
async function abort(reason: string, code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.error(`\nbench: ${reason}; cleaning up…`);
    await cleanUp();
  }
  process.exit(code);
}

process.on('exit', cleanUpNow);
process.on('SIGINT', () => void abort('interrupted', 130));
process.on('SIGTERM', () => void abort('terminated', 143));
setTimeout(() => void abort(`still running after ${OVERALL_LIMIT_MS / 60_000} minutes`, 1), OVERALL_LIMIT_MS).unref();

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) assertLoopback(serverUrl);
  const kinds: DatabaseKind[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];
  const date = new Date().toISOString().slice(0, 10);
  const machine = describeMachine();

  const results: ScenarioResult[] = [];
  for (const kind of kinds) {
    console.log(`\n${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}:`);
    try {
      results.push(await runScenario(kind, serverUrl));
    } finally {
      await cleanUp();
    }
  }

  console.log(formatForConsole(date, machine, results));
  updateBenchmarksDoc(DOC, date, machine, results);
  console.log(`\nWritten to ${path.relative(process.cwd(), DOC)}`);

  await runCaseworkBenchmarks({ serverUrl, date, machine });
}

main().then(
  () => process.exit(0),
  (error: unknown) => void abort(error instanceof Error ? (error.stack ?? error.message) : String(error), 1),
);
