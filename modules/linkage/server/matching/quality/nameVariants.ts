/**
 * Loads the shared transliteration-variant lists (native name → Latin spellings) and draws
 * the positive and negative pairs on which name matching is measured. Used by the quality
 * test and by bench/names; reads files only, never copies them into the project.
 */
import { readFileSync } from 'node:fs';
import { normalizedFullName } from '../normalizeName';

export interface VariantGroup {
  native: string;
  spellings: string[];
}

export interface SpellingPair {
  a: string;
  b: string;
}

/** Groups of distinct Latin spellings per native name; the files are plain TSV without quoting. */
export function loadVariantGroups(path: string): VariantGroup[] {
  const byNative = new Map<string, Set<string>>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [native, latin] = line.split('\t');
    if (!native || !latin) continue;
    const spelling = latin.trim().toLowerCase();
    if (normalizedFullName(spelling) === '') continue;
    const set = byNative.get(native) ?? new Set<string>();
    set.add(spelling);
    byNative.set(native, set);
  }
  return [...byNative]
    .filter(([, set]) => set.size >= 2)
    .map(([native, set]) => ({ native, spellings: [...set].sort() }));
}

/** Every unordered pair of spellings of the same native name. */
export function variantPairs(groups: readonly VariantGroup[]): SpellingPair[] {
  const pairs: SpellingPair[] = [];
  for (const { spellings } of groups) {
    for (let i = 0; i < spellings.length; i++) {
      for (let j = i + 1; j < spellings.length; j++) pairs.push({ a: spellings[i] ?? '', b: spellings[j] ?? '' });
    }
  }
  return pairs;
}

/** Small seeded PRNG (mulberry32) so the sample, and so the figures, are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Random pairs of spellings of different native names. Two native entries that share a
 * Latin spelling are the same name written two ways in the native script (يوسف, يوسيف), so
 * pairs between them are left out rather than counted as unrelated.
 */
export function unrelatedPairs(groups: readonly VariantGroup[], count: number, seed: number): SpellingPair[] {
  const rows: { group: number; spelling: string }[] = [];
  const groupsBySpelling = new Map<string, Set<number>>();
  groups.forEach((group, index) => {
    for (const spelling of group.spellings) {
      rows.push({ group: index, spelling });
      const key = normalizedFullName(spelling);
      const set = groupsBySpelling.get(key) ?? new Set<number>();
      set.add(index);
      groupsBySpelling.set(key, set);
    }
  });
  const related = (x: number, y: number): boolean =>
    (groups[x]?.spellings ?? []).some((s) => groupsBySpelling.get(normalizedFullName(s))?.has(y) ?? false);
  const random = seededRandom(seed);
  const pairs: SpellingPair[] = [];
  while (pairs.length < count) {
    const first = rows[Math.floor(random() * rows.length)];
    const second = rows[Math.floor(random() * rows.length)];
    if (!first || !second || first.group === second.group || related(first.group, second.group)) continue;
    pairs.push({ a: first.spelling, b: second.spelling });
  }
  return pairs;
}
