/** String and name similarity, implemented here (no dependency) so the rules are the same wherever names are compared. */
import { normalizeName } from './normalizeName';
import { phoneticForm, transliterationKey } from './transliterationKey';


export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = true;
      bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const m = matches;
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler with the usual prefix scale 0.1 over at most four characters. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (typos like "Aemd"). */
export function damerauLevenshtein(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Plain Levenshtein (no transpositions), for callers that need the textbook measure. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edit distance scaled to 0..1 by the longer string. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - damerauLevenshtein(a, b) / longest;
}

/**
 * Similarity of two name tokens. Equal phonetic forms or keys are strong evidence only when
 * the key holds enough consonants: two-consonant names (Sami, Sima, Suma) collide by chance.
 */
export function tokenSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  const fx = phoneticForm(x);
  const fy = phoneticForm(y);
  const kx = transliterationKey(x);
  const ky = transliterationKey(y);
  const consonants = Math.min(kx.replace(/^a/, '').length, ky.replace(/^a/, '').length);
  const shortPenalty = consonants <= 1 ? 0.1 : consonants === 2 ? 0.04 : 0;
  let score: number;
  if (fx === fy) score = 0.97;
  else if (kx === ky) score = 0.88 + 0.08 * jaroWinkler(fx, fy);
  else score = Math.max(jaroWinkler(x, y), 0.95 * jaroWinkler(fx, fy));
  return Math.max(0, score - shortPenalty);
}

/**
 * Each token of the shorter name is paired with a distinct token of the longer one, in
 * any order, so swapped given and family names score like the right order and a missing
 * middle name costs little. A one-word name against a longer one is weak evidence.
 */
function tokenSetScore(shorter: readonly string[], longer: readonly string[]): number {
  const candidates: { i: number; j: number; s: number }[] = [];
  shorter.forEach((x, i) => longer.forEach((y, j) => candidates.push({ i, j, s: tokenSimilarity(x, y) })));
  candidates.sort((p, q) => q.s - p.s);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  let total = 0;
  for (const { i, j, s } of candidates) {
    if (usedI.has(i) || usedJ.has(j)) continue;
    usedI.add(i);
    usedJ.add(j);
    total += s;
  }
  const average = total / shorter.length;
  return shorter.length === 1 && longer.length > 1 ? average - 0.05 : average;
}

/** Name similarity 0..1 between two full names written in any order and spelling. */
export function nameScore(a: string, b: string): number {
  const ta = normalizeName(a);
  const tb = normalizeName(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const bySet = tokenSetScore(shorter, longer);
  if (ta.length === tb.length) return bySet;
  // Compounds written as one or several words: Abd al-Rahman = Abdurrahman, Abu Bakr = Abubakr.
  return Math.max(bySet, tokenSimilarity(ta.join(''), tb.join('')));
}
