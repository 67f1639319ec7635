export { normalizeName, normalizedFullName } from './normalizeName';
export { phoneticForm, transliterationKey } from './transliterationKey';
export { damerauLevenshtein, jaro, jaroWinkler, levenshtein, levenshteinSimilarity, nameScore, tokenSimilarity } from './similarity';
export type { BirthDateAgreement, PartialDate } from './birthDate';
export { compareBirthDates, isValidPartialDate, parsePartialDate } from './birthDate';
export { canonicalTaxCode, isValidTaxCode } from './taxCode';
export type { MatchDecision, MatchResult, PersonRecord, Sex } from './personMatch';
export { blockingKeys, candidateKeys, MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scorePersonPair } from './personMatch';
