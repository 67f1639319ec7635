/**
 * The casework sections of docs/benchmarks.md. They use the same markers as bench/report.ts
 * (`<!-- bench DATE KIND -->` … `<!-- /bench -->`), with kinds casework_pglite, casework_postgres and
 * casework_quality, so a run of either script keeps the other's sections.
 */
import fs from 'node:fs';
import type { Machine } from './machine';
import type { CaseworkResult, Timing } from './casework';
import type { QualityResult } from './caseworkQuality';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? int(n) : n.toFixed(1));
const kindName = (r: CaseworkResult) => (r.kind === 'pglite' ? 'PGlite' : 'PostgreSQL');
const machineLine = (m: Machine, database: string) =>
  `${m.cpu} · ${m.cores} cores · ${m.memoryGiB} GiB RAM · Node ${m.node} · ${database} · load average ${m.loadAtStart} at start${m.commit ? ` · code ${m.commit}` : ''}`;
const END = '<!-- /bench -->';

export function formatCaseworkSection(date: string, machine: Machine, r: CaseworkResult): string {
  const row = (what: string, t: Timing) => `| ${what} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.mean)} | ${t.calls} | ${t.note} |`;
  return [
    `<!-- bench ${date} casework_${r.kind} -->`,
    `## ${date} · Casework on ${kindName(r)}`,
    '',
    `**Machine:** ${machineLine(machine, r.database)}`,
    '',
    `From \`node --import tsx bench/caseworkRun.ts\` (also part of \`npm run bench\`). A generated district (bench/caseworkData.ts): ` +
      `${int(r.size.persons)} persons (45% Italian names, 30% Arabic and 25% Cyrillic names under their Latin spellings from ` +
      `\`../shared/data/names\`; full, month-year and year-only birth dates) with ${int(r.size.keys)} blocking keys, ` +
      `${int(r.size.cases)} cases led by ${r.size.services} services (10% restricted, 40% closed), ${int(r.size.participants)} participations ` +
      `and ${int(r.size.workers)} named workers; loaded with multi-row INSERTs (5,000–10,000 rows each, one JSON parameter per batch) and \`ANALYZE\` in ${int(r.loadMs / 1000)} s. ` +
      `The queries are the functions the routes call (\`searchPersons\`, \`listCases\`), run in-process one after another as an operator ` +
      `of one of the 15 organisations, after 5 warm-up calls, up to 200 calls or 120 s per query (fewer calls means each took that long, and p95 is then only the slowest of them); no HTTP, session or audit cost.`,
    '',
    '| Query | p50 ms | p95 ms | mean ms | calls | what |',
    '|---|---:|---:|---:|---:|---|',
    row('Name search, `searchPersons(q)` page 1', r.search),
    row('Caseload, `listCases(scope=service)` page 1', r.listService),
    row('My cases, `listCases(scope=mine)` page 1', r.listMine),
    END,
  ].join('\n');
}

export function formatQualitySection(date: string, machine: Machine, q: QualityResult): string {
  const pct = (x: number) => x.toFixed(3);
  const rate = (x: number) => (x === 0 ? '0' : x.toExponential(1));
  const rows = q.scripts.map(
    (s) =>
      `| ${s.script} | ${int(s.persons)} | ${int(s.variantQueries)} | **${pct(s.duplicates.recall)}** | ${rate(s.duplicates.falseRate)} | ${pct(s.search.recall)} | ${rate(s.search.falseRate)} | **${pct(s.searchWithYear.recall)}** | ${rate(s.searchWithYear.falseRate)} | ${pct(s.baseline.recall)} | ${rate(s.baseline.falseRate)} |`,
  );
  return [
    `<!-- bench ${date} casework_quality -->`,
    `## ${date} · Casework search quality`,
    '',
    `**Machine:** ${machineLine(machine, q.database)}`,
    '',
    `From \`node --import tsx bench/caseworkRun.ts\` (bench/caseworkQuality.ts; also part of \`npm run bench\`). For each script, ${int(q.groupsPerScript)} native names drawn ` +
      `(seeded) from \`../shared/data/names/*-latin.dev.tsv\`: one person registered under one Latin spelling with a birth year ` +
      `(uniform over 70 years); then, by an operator of the registering organisation, the duplicate check (\`findDuplicates\`, the ` +
      `\`POST /persons/duplicates\` query) and the name search (\`searchPersons\`, \`GET /persons?q=\`) with every other spelling of the ` +
      `same name, by name alone and with the birth year (\`GET /persons?q=&birthYear=\`). Recall: share of those queries that propose ` +
      `the person (the duplicate check and the search with year are given the same birth year; a search counts a hit anywhere in its ` +
      `result). The search by name alone is a ranked list for someone who knows no birth date, and proposes more; with a year it ` +
      `meets the same bar as the duplicate check. False rate: wrong proposals per (query, unrelated ` +
      `person) pair, i.e. proposed persons of another native name divided by queries × registered persons of other names. ` +
      `Baseline: Jaro-Winkler ≥ 0.88 on the normalised names with the same birth year, over the same pairs.`,
    '',
    '| Script | persons | variant queries | duplicate check recall | duplicate check false / pair | search (name only) recall | search (name only) false / pair | search + year recall | search + year false / pair | JW ≥ 0.88 + year recall | JW false / pair |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    END,
  ].join('\n');
}

type Section = { date: string; kind: string; text: string };

/** Writes the given sections into the file, replacing same-day sections of the same kind, newest first; keeps the rest. */
export function writeSections(file: string, fresh: Section[]): void {
  const markdown = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const first = markdown.indexOf('<!-- bench ');
  const preamble = (first < 0 ? markdown : markdown.slice(0, first)).trimEnd();
  const previous: Section[] = [];
  for (const m of markdown.matchAll(/<!-- bench (\d{4}-\d{2}-\d{2}) (\w+) -->[\s\S]*?<!-- \/bench -->/g)) previous.push({ date: m[1]!, kind: m[2]!, text: m[0] });
  const kept = previous.filter((s) => !fresh.some((f) => f.date === s.date && f.kind === s.kind));
  const sections = [...kept, ...fresh].sort((a, b) => b.date.localeCompare(a.date));
  fs.writeFileSync(file, `${preamble}\n\n${sections.map((s) => s.text).join('\n\n')}\n`);
}
