/**
 * Search quality on real transliteration variants (../shared/data/names, Wikidata-derived).
 * recall: share of pairs of Latin spellings of one native name that the duplicate check
 * proposes (decision match or possible). falseRate: share of 200,000 seeded random pairs of
 * spellings of different native names that it proposes. Two settings:
 *  - names only: both records carry just the spelling;
 *  - names + birth year: duplicates share a year; unrelated people get independent years
 *    (uniform over 70 years), as in a district register where they are born at any time.
 * Figures are exact for this data and seed; see README.md for the measured values.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from './personMatch';
import { scorePersonPair } from './personMatch';
import { normalizedFullName } from './normalizeName';
import { jaroWinkler } from './similarity';
import type { SpellingPair } from './quality/nameVariants';
import { loadVariantGroups, seededRandom, unrelatedPairs, variantPairs } from './quality/nameVariants';

const NEGATIVE_SAMPLE = 200_000;
const FIRST_YEAR = 1940;
const YEARS = 70;

function dataFile(script: string): string {
  return fileURLToPath(new URL(`../../../../../shared/data/names/${script}-latin.dev.tsv`, import.meta.url));
}

interface Rates {
  recall: number;
  falseRate: number;
}

type PairRule = (a: PersonRecord, b: PersonRecord) => boolean;

function share(pairs: readonly SpellingPair[], rule: PairRule, years: (pair: number) => [number?, number?]): number {
  let proposed = 0;
  pairs.forEach((pair, index) => {
    const [ya, yb] = years(index);
    const a: PersonRecord = { names: [pair.a], ...(ya === undefined ? {} : { birthDate: { year: ya } }) };
    const b: PersonRecord = { names: [pair.b], ...(yb === undefined ? {} : { birthDate: { year: yb } }) };
    if (rule(a, b)) proposed++;
  });
  return proposed / pairs.length;
}

function measure(script: string): Record<string, Rates> {
  const groups = loadVariantGroups(dataFile(script));
  const positives = variantPairs(groups);
  const negatives = unrelatedPairs(groups, NEGATIVE_SAMPLE, 20_240_611);
  const random = seededRandom(7);
  const year = (): number => FIRST_YEAR + Math.floor(random() * YEARS);
  const sharedYears = positives.map(() => year());
  const ownYears = negatives.map(() => [year(), year()] as [number, number]);
  const noYears = (): [number?, number?] => [];
  const sameYear = (i: number): [number?, number?] => [sharedYears[i], sharedYears[i]];
  const independentYears = (i: number): [number?, number?] => ownYears[i] ?? [];

  const ours: PairRule = (a, b) => scorePersonPair(a, b).decision !== 'no';
  const jw: PairRule = (a, b) => jaroWinkler(normalizedFullName(a.names[0] ?? ''), normalizedFullName(b.names[0] ?? '')) >= 0.88;
  const jwSameYear: PairRule = (a, b) => a.birthDate?.year === b.birthDate?.year && jw(a, b);
  return {
    namesOnly: { recall: share(positives, ours, noYears), falseRate: share(negatives, ours, noYears) },
    namesAndYear: { recall: share(positives, ours, sameYear), falseRate: share(negatives, ours, independentYears) },
    baselineNamesOnly: { recall: share(positives, jw, noYears), falseRate: share(negatives, jw, noYears) },
    baselineNamesAndYear: { recall: share(positives, jwSameYear, sameYear), falseRate: share(negatives, jwSameYear, independentYears) },
  };
}

const TARGET_FALSE_RATE = 1 / 10_000;

describe('duplicate check on real transliteration variants', () => {
  it('Arabic: finds more than half of the variants, proposes fewer than 1 in 10,000 unrelated pairs', () => {
    const r = measure('arabic');
    console.info('arabic', JSON.stringify(r));
    expect(r.namesAndYear?.recall).toBeGreaterThan(0.5);
    expect(r.namesAndYear?.falseRate).toBeLessThan(TARGET_FALSE_RATE);
    // Names alone stay under the false-proposal target, at a lower recall (below the issue's
    // 0.5 target: a single word rarely proves identity; see README "Limits").
    expect(r.namesOnly?.falseRate).toBeLessThan(TARGET_FALSE_RATE);
    expect(r.namesOnly?.recall).toBeGreaterThan(0.22);
    // The baseline with the same information, at the required false-proposal rate.
    expect(r.baselineNamesAndYear?.falseRate).toBeLessThan(TARGET_FALSE_RATE);
    expect(r.namesAndYear?.recall ?? 0).toBeGreaterThan((r.baselineNamesAndYear?.recall ?? 1) + 0.2);
    // Jaro-Winkler ≥ 0.88 on names alone exceeds the false-proposal target.
    expect(r.baselineNamesOnly?.falseRate).toBeGreaterThan(TARGET_FALSE_RATE);
  });

  it('Cyrillic: reports and holds the measured figures', () => {
    const r = measure('cyrillic');
    console.info('cyrillic', JSON.stringify(r));
    expect(r.namesAndYear?.recall).toBeGreaterThan(0.6);
    expect(r.namesAndYear?.falseRate).toBeLessThan(TARGET_FALSE_RATE);
    expect(r.namesOnly?.falseRate).toBeLessThan(TARGET_FALSE_RATE);
    expect(r.namesOnly?.recall).toBeGreaterThan(0.27);
    expect(r.namesAndYear?.recall ?? 0).toBeGreaterThan((r.baselineNamesAndYear?.recall ?? 1) + 0.1);
  });
});
