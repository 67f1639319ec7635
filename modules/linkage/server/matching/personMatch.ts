/**
 * The duplicate check: how likely two person records describe the same human being, and
 * the keys a database indexes to find candidates without comparing every pair.
 */
import type { PartialDate, BirthDateAgreement } from './birthDate';
import { compareBirthDates } from './birthDate';
import { normalizeName } from './normalizeName';
import { nameScore } from './similarity';
import { canonicalTaxCode, cleanTaxCode, isValidTaxCode } from './taxCode';
import { transliterationKey } from './transliterationKey';

export type Sex = 'F' | 'M' | 'X';

export interface PersonRecord {
  /** Every known spelling of the full name (given and family names, in any order). */
  names: string[];
  birthDate?: PartialDate;
  sex?: Sex;
  taxCode?: string;
}

export type MatchDecision = 'match' | 'possible' | 'no';

export interface MatchResult {
  score: number;
  decision: MatchDecision;
  reasons: string[];
}

// What the birth date adds to the name evidence. Without a date on both sides a name
// alone must be very close to be proposed (short names collide by chance); a conflicting
// date rules the pair out whatever the names.
const BIRTH_ADJUSTMENT: Record<BirthDateAgreement, number> = {
  exact: 0.06,
  sameMonth: 0.03,
  sameYear: 0,
  typo: -0.06,
  unknown: -0.11,
  conflict: -0.4,
};
// Italian given names differ by their ending only (Mario, Maria): sex tells them apart.
const SEX_CONFLICT = -0.1;
/** Measured on the transliteration lists: see README.md and personMatch.quality.test.ts. */
export const MATCH_THRESHOLD = 0.97;
export const POSSIBLE_THRESHOLD = 0.85;

function bestNameScore(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, nameScore(x, y));
  return best;
}

export function scorePersonPair(a: PersonRecord, b: PersonRecord): MatchResult {
  if (a.taxCode && b.taxCode && isValidTaxCode(a.taxCode) && isValidTaxCode(b.taxCode)) {
    if (canonicalTaxCode(a.taxCode) === canonicalTaxCode(b.taxCode)) {
      return { score: 1, decision: 'match', reasons: ['sameTaxCode'] };
    }
    // A personal and a provisional code can belong to the same person; two of a kind cannot.
    if (cleanTaxCode(a.taxCode).length === cleanTaxCode(b.taxCode).length) {
      return { score: 0, decision: 'no', reasons: ['differentTaxCode'] };
    }
  }
  const reasons: string[] = [];
  const names = bestNameScore(a.names, b.names);
  reasons.push(`name:${names.toFixed(2)}`);
  const birth = compareBirthDates(a.birthDate, b.birthDate);
  reasons.push(`birthDate:${birth}`);
  let score = names + BIRTH_ADJUSTMENT[birth];
  if (a.sex && b.sex && a.sex !== 'X' && b.sex !== 'X' && a.sex !== b.sex) {
    score += SEX_CONFLICT;
    reasons.push('sexDiffers');
  }
  score = Math.min(1, Math.max(0, score));
  // Without a tax code, only a birth date known to the month can confirm a person; a name
  // and a year can at most raise the question for the operator.
  const confirmable = birth === 'exact' || birth === 'sameMonth';
  const decision: MatchDecision =
    score >= MATCH_THRESHOLD && confirmable ? 'match' : score >= POSSIBLE_THRESHOLD ? 'possible' : 'no';
  return { score, decision, reasons };
}

function tokenKeys(person: PersonRecord): string[] {
  const keys = new Set<string>();
  for (const name of person.names) for (const token of normalizeName(name)) keys.add(transliterationKey(token));
  return [...keys].filter((key) => key !== '');
}

/**
 * Keys to store with a person. The casework module keeps them in an indexed column, one row
 * per key; a registration looks up `candidateKeys` of the new person and scores only the
 * records found. Each key is the transliteration key of one name token, so swapped names and
 * extra middle names still meet; it is qualified by birth year (or "?" when unknown) to keep
 * the candidate lists short, and also stored bare for searches without a year.
 */
export function blockingKeys(person: PersonRecord): string[] {
  const year = person.birthDate?.year;
  return tokenKeys(person).flatMap((key) => [key, `${key}:${year ?? '?'}`]);
}

/**
 * Keys to look up for a new person: the neighbouring years too, since a year off by one must
 * not hide a duplicate, and records without a year. Without a year, the bare keys.
 */
export function candidateKeys(person: PersonRecord): string[] {
  const year = person.birthDate?.year;
  if (year === undefined) return tokenKeys(person);
  return tokenKeys(person).flatMap((key) => [year - 1, year, year + 1, '?'].map((y) => `${key}:${y}`));
}
