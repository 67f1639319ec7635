/**
 * Exploration aid for the transliteration key: which measures separate spellings of one
 * name from spellings of different names, and at what false-proposal rate.
 * Run: node --import tsx bench/names/analyze.ts [arabic|cyrillic]
 */
import { fileURLToPath } from 'node:url';
import { loadVariantGroups, unrelatedPairs, variantPairs } from '../../modules/linkage/server/matching/quality/nameVariants';
import { normalizedFullName } from '../../modules/linkage/server/matching/normalizeName';
import { phoneticForm, transliterationKey } from '../../modules/linkage/server/matching/transliterationKey';
import { jaroWinkler } from '../../modules/linkage/server/matching/similarity';
import { nameScore } from '../../modules/linkage/server/matching/similarity';

const script = process.argv[2] ?? 'arabic';
const path = fileURLToPath(new URL(`../../../shared/data/names/${script}-latin.dev.tsv`, import.meta.url));
const groups = loadVariantGroups(path);
const positives = variantPairs(groups);
const negatives = unrelatedPairs(groups, 200_000, 42);

const pf = (s: string): string => normalizedFullName(s).split(' ').map(phoneticForm).join(' ');
const key = (s: string): string => normalizedFullName(s).split(' ').map(transliterationKey).join(' ');
const measures: Record<string, (a: string, b: string) => number> = {
  baselineJW: (a, b) => jaroWinkler(normalizedFullName(a), normalizedFullName(b)),
  keyEqual: (a, b) => (key(a) === key(b) ? 1 : 0),
  formEqual: (a, b) => (pf(a) === pf(b) ? 1 : 0),
  formJW: (a, b) => jaroWinkler(pf(a), pf(b)),
  nameScore: (a, b) => nameScore(a, b),
};

for (const [name, measure] of Object.entries(measures)) {
  if (process.argv[3] && name !== "nameScore") continue;
  const neg = negatives.map((p) => measure(p.a, p.b)).sort((x, y) => y - x);
  const pos = positives.map((p) => measure(p.a, p.b));
  // Smallest threshold that proposes fewer than 1 in 10,000 unrelated pairs.
  const allowed = Math.floor(negatives.length / 10_000) - (negatives.length % 10_000 === 0 ? 1 : 0);
  const cut = (neg[allowed] ?? 0) + 1e-9;
  const recallAtCut = pos.filter((s) => s >= cut).length / pos.length;
  const at088 = pos.filter((s) => s >= 0.88).length / pos.length;
  const fpr088 = neg.filter((s) => s >= 0.88).length / neg.length;
  console.log(`${name.padEnd(12)} recall@fpr<1e-4=${recallAtCut.toFixed(3)} (cut ${cut.toFixed(3)})  @0.88: recall ${at088.toFixed(3)} fpr ${fpr088.toExponential(2)}`);
}

if (process.argv[3] === 'misses') {
  for (const p of positives) {
    if (nameScore(p.a, p.b) < Number(process.argv[4] ?? 0.9)) console.log(`${p.a}\t${p.b}\t${pf(p.a)}\t${pf(p.b)}`);
  }
}
if (process.argv[3] === 'false') {
  for (const p of negatives) {
    if (nameScore(p.a, p.b) >= Number(process.argv[4] ?? 0.9)) console.log(`${p.a}\t${p.b}\t${pf(p.a)}\t${pf(p.b)}`);
  }
}
if (process.argv[3] === 'curve') {
  const neg = negatives.map((p) => nameScore(p.a, p.b));
  const pos = positives.map((p) => nameScore(p.a, p.b));
  for (let t = 0.8; t <= 0.99; t += 0.01) {
    console.log(`t=${t.toFixed(2)} recall ${(pos.filter((s) => s >= t).length / pos.length).toFixed(3)} fp ${neg.filter((s) => s >= t).length}`);
  }
}
