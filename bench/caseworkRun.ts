/**
 * The casework benchmarks (name search and caseload on a generated district, search quality on real
 * transliteration variants), written to docs/benchmarks.md. Part of `npm run bench` (bench/run.ts);
 * alone: `node --import tsx bench/caseworkRun.ts [--size=0.05] [--kinds=pglite,postgres] [--skip-quality | --only-quality]` (a reduced size prints, never writes), with DATABASE_URL for PostgreSQL too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanUp, cleanUpNow } from './cleanup';
import { runCaseworkBenchmark, type CaseworkResult } from './casework';
import { FULL_SIZE, type DistrictSize } from './caseworkData';
import { measureSearchQuality } from './caseworkQuality';
import { formatCaseworkSection, formatQualitySection, writeSections } from './caseworkReport';
import { describeMachine, type Machine } from './machine';
import { assertLoopback } from './postgres';
import type { DatabaseKind } from './scenario';
import { repoRoot } from './serverProcess';

const DOC = path.join(repoRoot, 'docs/benchmarks.md');

/** Runs every casework benchmark on PGlite and, with a server URL, on PostgreSQL; writes the sections. */
export async function runCaseworkBenchmarks(options: { serverUrl?: string; date: string; machine: Machine; size?: DistrictSize; quality?: boolean; write?: boolean; kinds?: DatabaseKind[] }): Promise<void> {
  const kinds: DatabaseKind[] = options.kinds ?? (options.serverUrl ? ['pglite', 'postgres'] : ['pglite']);
  const sections: { date: string; kind: string; text: string }[] = [];
  const results: CaseworkResult[] = [];
  for (const kind of kinds) {
    console.log(`\nCasework on ${kind === 'pglite' ? 'PGlite' : 'PostgreSQL'}:`);
    try {
      const r = await runCaseworkBenchmark(kind, options.serverUrl, options.size ?? FULL_SIZE);
      results.push(r);
      sections.push({ date: options.date, kind: `casework_${kind}`, text: formatCaseworkSection(options.date, options.machine, r) });
    } finally {
      await cleanUp();
    }
  }
  if (options.quality !== false) {
    console.log('\nCasework search quality (PGlite):');
    try {
      const q = await measureSearchQuality();
      sections.push({ date: options.date, kind: 'casework_quality', text: formatQualitySection(options.date, options.machine, q) });
    } finally {
      await cleanUp();
    }
  }
  for (const s of sections) console.log(`\n${s.text}`);
  if (options.write === false) return;
  writeSections(DOC, sections);
  console.log(`\nWritten to ${path.relative(process.cwd(), DOC)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.on('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void cleanUp().then(() => process.exit(130)));
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) assertLoopback(serverUrl);
  const scale = Number(process.argv.find((a) => a.startsWith('--size='))?.slice('--size='.length) ?? '1');
  const kindsArg = process.argv.find((a) => a.startsWith('--kinds='))?.slice('--kinds='.length);
  const size: DistrictSize = { ...FULL_SIZE, persons: Math.round(FULL_SIZE.persons * scale), cases: Math.round(FULL_SIZE.cases * scale) };
  runCaseworkBenchmarks({ serverUrl, date: new Date().toISOString().slice(0, 10), machine: describeMachine(), size, quality: !process.argv.includes('--skip-quality'), write: scale === 1, kinds: process.argv.includes('--only-quality') ? [] : kindsArg ? (kindsArg.split(',') as DatabaseKind[]) : undefined }).then(
    () => process.exit(0),
    async (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      await cleanUp();
      process.exit(1);
    },
  );
}
