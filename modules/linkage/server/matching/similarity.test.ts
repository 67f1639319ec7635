import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, jaro, jaroWinkler, levenshtein, levenshteinSimilarity, nameScore, tokenSimilarity } from './similarity';

describe('string measures', () => {
  it('computes Jaro and Jaro-Winkler on the textbook examples', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('counts edits, with and without transpositions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('ahmed', 'ahmde')).toBe(2);
    expect(damerauLevenshtein('ahmed', 'ahmde')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(levenshteinSimilarity('ahmed', 'ahmad')).toBeCloseTo(0.8, 5);
  });
});

describe('name score', () => {
  it('scores transliteration variants high', () => {
    expect(tokenSimilarity('mohamed', 'muhammad')).toBeGreaterThan(0.95);
    expect(nameScore('Ahmed', 'Ahmad')).toBeGreaterThan(0.95);
    expect(nameScore('Youssef', 'Yusuf')).toBeGreaterThan(0.9);
    expect(nameScore('Aleksandr Kovalenko', 'Alexander Kowalenko')).toBeGreaterThan(0.95);
    expect(nameScore('Nicolò Rossi', 'Nicolo Rossi')).toBe(1);
  });

  it('handles swapped given and family names', () => {
    expect(nameScore('Mohamed Ali', 'Ali Muhammad')).toBeGreaterThan(0.95);
  });

  it('costs little for a missing middle name, more for a single word', () => {
    const middle = nameScore('Youssef Ben Ali', 'Yusuf Ali');
    expect(middle).toBeGreaterThan(0.9);
    expect(nameScore('Youssef', 'Youssef Ali')).toBeLessThan(middle);
  });

  it('joins compounds written as one word', () => {
    expect(nameScore('Abd al-Rahman', 'Abdurrahman')).toBeGreaterThan(0.95);
  });

  it('scores different names low', () => {
    expect(nameScore('Mohamed Ali', 'Mahmoud Hassan')).toBeLessThan(0.85);
    expect(nameScore('Olga Ivanova', 'Fatima Zahra')).toBeLessThan(0.6);
    expect(nameScore('', 'Ali')).toBe(0);
  });
});
