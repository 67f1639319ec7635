/**
 * Whether a personal tax code agrees with the name, birth date and sex it is recorded with.
 * The first eleven characters are derived from those data by fixed rules; a disagreement is
 * not an error (transliterations change between the passport and the Agency's records), so
 * the caller keeps the code and shows the operator which parts differ.
 */
import { cleanTaxCode } from './taxCode';

export type TaxCodePart = 'surname' | 'name' | 'year' | 'month' | 'day' | 'sex';
export interface TaxCodeSubject {
  givenName: string;
  familyName: string;
  birthYear?: number | null;
  birthMonth?: number | null;
  birthDay?: number | null;
  sex?: 'F' | 'M' | 'X' | null;
}
export interface TaxCodeConsistency {
  check: 'consistent' | 'inconsistent';
  differences: TaxCodePart[];
}

const MONTH_LETTERS = 'ABCDEHLMPRST';
const OMOCODE_LETTERS = 'LMNPQRSTUV';
const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** Upper-case A–Z only: accents dropped, spaces and apostrophes removed, as the Agency writes them. */
function letters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function split(name: string): { consonants: string[]; vowels: string[] } {
  const chars = [...letters(name)];
  return { consonants: chars.filter((c) => !VOWELS.has(c)), vowels: chars.filter((c) => VOWELS.has(c)) };
}

const pad = (chars: string[]) => (chars.join('') + 'XXX').slice(0, 3);

export function surnameCode(familyName: string): string {
  const { consonants, vowels } = split(familyName);
  return pad([...consonants, ...vowels]);
}

/** Given names: with four consonants or more the second is skipped (1st, 3rd, 4th). */
export function givenNameCode(givenName: string): string {
  const { consonants, vowels } = split(givenName);
  if (consonants.length >= 4) return [consonants[0], consonants[2], consonants[3]].join('');
  return pad([...consonants, ...vowels]);
}

/** Digits the Agency replaced with letters to separate two people with the same data. */
function decodeOmocodia(chars: string): string {
  return [...chars].map((c) => (OMOCODE_LETTERS.includes(c) ? String(OMOCODE_LETTERS.indexOf(c)) : c)).join('');
}

/**
 * Compares a 16-character personal code with the data it should encode. Unknown birth parts
 * (partial dates) and sex X are not compared. Expects a syntactically valid personal code.
 */
export function taxCodeConsistency(rawCode: string, subject: TaxCodeSubject): TaxCodeConsistency {
  const code = cleanTaxCode(rawCode);
  const differences: TaxCodePart[] = [];
  if (code.slice(0, 3) !== surnameCode(subject.familyName)) differences.push('surname');
  if (code.slice(3, 6) !== givenNameCode(subject.givenName)) differences.push('name');
  const year = Number(decodeOmocodia(code.slice(6, 8)));
  if (subject.birthYear != null && year !== subject.birthYear % 100) differences.push('year');
  const month = MONTH_LETTERS.indexOf(code[8] ?? '') + 1;
  if (subject.birthMonth != null && month !== subject.birthMonth) differences.push('month');
  const encodedDay = Number(decodeOmocodia(code.slice(9, 11)));
  const female = encodedDay > 40;
  const day = female ? encodedDay - 40 : encodedDay;
  if (subject.birthDay != null && day !== subject.birthDay) differences.push('day');
  if ((subject.sex === 'F' && !female) || (subject.sex === 'M' && female)) differences.push('sex');
  return { check: differences.length === 0 ? 'consistent' : 'inconsistent', differences };
}
