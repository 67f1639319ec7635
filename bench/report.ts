import fs from 'node:fs';
import type { Machine } from './machine';
import type { ScenarioResult } from './scenario';
import { loadSettings } from './load';

const MiB = 1024 ** 2;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${int(n)} ms`;
const mib = (bytes: number) => `${int(bytes / MiB)} MiB`;
const lat = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const kindName = (r: ScenarioResult) => (r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL');

function ratio(r: ScenarioResult, index: number): string {
  const bare = r.routes[0]?.requestsPerSecond ?? 0;
  const route = r.routes[index]?.requestsPerSecond ?? 0;
  if (index === 0 || !bare || !route) return '—';
  const x = route / bare;
  // Lists are orders of magnitude slower than the bare route: two significant digits and "1/N" read better than 0.00×.
  return x >= 0.1 ? `${x.toFixed(2)}×` : `${x.toPrecision(2)}× (1/${int(1 / x)})`;
}

function machineLine(m: Machine, r: ScenarioResult): string {
  return `${m.cpu} · ${m.cores} cores · ${m.memoryGiB} GiB RAM · Node ${m.node} · ${r.database} · load average ${m.loadAtStart} at start`;
}

/** Plain-text figures for the terminal. */
export function formatForConsole(date: string, machine: Machine, results: ScenarioResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push('', `== ${date} · ${kindName(r)} ==`, machineLine(machine, r));
    lines.push(`start-up to ready: first ${ms(r.startup.firstMs)} (migrations + demo seed), warm ${ms(r.startup.warmMs)}`);
    lines.push(`RSS: idle after warm start ${mib(r.memory.idleAfterWarmStart)}, idle after first start ${mib(r.memory.idleAfterFirstStart)}, after load ${mib(r.memory.afterLoad)}`);
    lines.push(`${'route'.padEnd(54)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p97.5'.padStart(6)} ${'p99'.padStart(6)} ${'err/non2xx'.padStart(11)} ${'vs bare'.padStart(18)}`);
    r.routes.forEach((f, i) => {
      lines.push(
        `${`GET ${f.path}`.padEnd(54)} ${int(f.requestsPerSecond).padStart(8)} ${lat(f.latencyMs.p50).padStart(6)} ${lat(f.latencyMs.p97_5).padStart(6)} ${lat(f.latencyMs.p99).padStart(6)} ${`${f.errors}/${f.non2xx}`.padStart(11)} ${ratio(r, i).padStart(18)}`,
      );
    });
  }
  return lines.join('\n');
}

const marker = (date: string, kind: string) => `<!-- bench ${date} ${kind} -->`;
const END = '<!-- /bench -->';

/** One dated section of docs/benchmarks.md for one database. */
export function formatSection(date: string, machine: Machine, r: ScenarioResult): string {
  const { connections, warmupSeconds, measureSeconds } = loadSettings;
  const rows = r.routes.map(
    (f, i) =>
      `| \`GET ${f.path}\` | ${int(f.requestsPerSecond)} | ${lat(f.latencyMs.p50)} | ${lat(f.latencyMs.p97_5)} | ${lat(f.latencyMs.p99)} | ${int(f.requests)} | ${f.errors} / ${f.non2xx} | ${ratio(r, i)} |`,
  );
  const pages = Object.entries(r.pages).map(([path, what]) => `\`${path.split('?')[0]}\`: ${what}`);
  return [
    marker(date, r.kind),
    `## ${date} · ${kindName(r)}`,
    '',
    `**Machine:** ${machineLine(machine, r)}${machine.commit ? ` · code ${machine.commit}` : ''}`,
    '',
    '| Start-up and memory | |',
    '|---|---:|',
    `| First start, spawn → ready (migrations + demo seed) | ${ms(r.startup.firstMs)} |`,
    `| Warm start, spawn → ready (same data) | ${ms(r.startup.warmMs)} |`,
    `| Idle RSS, 5 s after the warm start | ${mib(r.memory.idleAfterWarmStart)} |`,
    `| Idle RSS, 5 s after the first start | ${mib(r.memory.idleAfterFirstStart)} |`,
    `| RSS after the load below | ${mib(r.memory.afterLoad)} |`,
    '',
    `Throughput: autocannon, ${connections} connections, ${warmupSeconds} s warm-up then ${measureSeconds} s measured per route; the lists signed in as the demo admin (${pages.join('; ')}).`,
    '',
    '| Route | req/s (mean) | p50 ms | p97.5 ms | p99 ms | requests | errors / non-2xx | vs bare |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    END,
  ].join('\n');
}

const PREAMBLE = `# Benchmarks

Figures from \`npm run bench\` (bench/run.ts), newest first; each run replaces that day's section for the
same database and keeps the others. Nothing here is asserted by a test: these are measurements, not limits.

What one run does, for PGlite and, when \`DATABASE_URL\` is set, also for a fresh database on that PostgreSQL server:

- **Start-up:** spawns the real server (\`node --import tsx apps/server/main.ts\`, \`NODE_ENV=development\`,
  \`LOG_LEVEL=warn\`, a fresh \`DATA_DIR\`) and times spawn → first 200 from \`GET /api/health/ready\` (polled every
  25 ms). The first start applies the migrations and seeds the demo; the warm start reuses the same data.
  Idle memory is the child's \`VmRSS\` 5 s after ready.
- **Throughput:** against the warm server on 127.0.0.1, autocannon from the same machine (it shares the CPU with
  the server, so figures are a floor, comparable between runs on the same machine only). "vs bare" is req/s of a
  route divided by req/s of \`GET /api/health/live\`, which does no database or session work. Any connection
  error or non-2xx response fails the run and nothing is written.
`;

type Section = { date: string; kind: string; text: string };

function readSections(markdown: string): Section[] {
  const found: Section[] = [];
  const pattern = /<!-- bench (\d{4}-\d{2}-\d{2}) (\w+) -->[\s\S]*?<!-- \/bench -->/g;
  for (const m of markdown.matchAll(pattern)) found.push({ date: m[1]!, kind: m[2]!, text: m[0] });
  return found;
}

/** Writes today's sections into the file, replacing same-day sections of the same database, newest first. */
export function updateBenchmarksDoc(file: string, date: string, machine: Machine, results: ScenarioResult[]): void {
  const previous = fs.existsSync(file) ? readSections(fs.readFileSync(file, 'utf8')) : [];
  const fresh: Section[] = results.map((r) => ({ date, kind: r.kind, text: formatSection(date, machine, r) }));
  const kept = previous.filter((s) => !fresh.some((f) => f.date === s.date && f.kind === s.kind));
  // Stable sort: newest date first; within a day, this run's sections before older ones.
  const sections = [...fresh, ...kept].sort((a, b) => b.date.localeCompare(a.date));
  fs.writeFileSync(file, `${PREAMBLE}\n${sections.map((s) => s.text).join('\n\n')}\n`);
}
