import { fileURLToPath } from 'node:url';
import { normalizedFullName, type linkageQuality } from '../../linkage/module';

/**
 * The sample on which the search quality of the duplicate check is measured, shared by
 * searchQuality.test.ts and bench/caseworkQuality.ts: a seeded draw of native names from the
 * transliteration-variant lists (../shared/data/names), each registered once under one of its
 * Latin spellings with a birth year, then queried with every other spelling of the same name.
 */

type VariantGroup = linkageQuality.VariantGroup;

/** Birth years are drawn uniformly from these 70 years. */
export const FIRST_YEAR = 1940;
export const YEARS = 70;

/** The development list of Latin spellings per native name of a script (outside the repository). */
export const namesFile = (script: 'arabic' | 'cyrillic') => fileURLToPath(new URL(`../../../../shared/data/names/${script}-latin.dev.tsv`, import.meta.url));

/** Two native entries sharing a normalised spelling are one name written two ways: not unrelated. */
export function relatedGroups(groups: readonly VariantGroup[]): (x: number, y: number) => boolean {
  const bySpelling = new Map<string, Set<number>>();
  groups.forEach((g, i) => g.spellings.forEach((s) => bySpelling.set(normalizedFullName(s), (bySpelling.get(normalizedFullName(s)) ?? new Set()).add(i))));
  return (x, y) => x === y || groups[x]!.spellings.some((s) => bySpelling.get(normalizedFullName(s))!.has(y));
}

/** One registered person of the sample: the index of their group, the spelling registered, the birth year. */
export type SampledPerson = { group: number; spelling: string; year: number };

/** About `wanted` groups drawn from `all`, each registered once under a random spelling and year. */
export function drawSample(all: readonly VariantGroup[], wanted: number, random: () => number): { groups: VariantGroup[]; registered: SampledPerson[] } {
  const chosen = all.map((_, i) => i).filter(() => random() < Math.min(1, wanted / all.length));
  const groups = chosen.map((i) => all[i]!);
  const registered = groups.map((g, group) => {
    const spelling = g.spellings[Math.floor(random() * g.spellings.length)]!;
    return { group, spelling, year: FIRST_YEAR + Math.floor(random() * YEARS) };
  });
  return { groups, registered };
}

/** Every other spelling of each registered person's name: the queries that should find them. */
export function variantQueries<P extends SampledPerson>(groups: readonly VariantGroup[], registered: readonly P[]): { target: P; spelling: string }[] {
  return registered.flatMap((r) => groups[r.group]!.spellings.filter((s) => s !== r.spelling).map((spelling) => ({ target: r, spelling })));
}
