import { describe, expect, it } from 'vitest';
import { blockingKeys, candidateKeys, scorePersonPair } from './personMatch';

describe('scorePersonPair', () => {
  it('decides on equal valid tax codes, omocodic or not', () => {
    const r = scorePersonPair({ names: ['Mario Rossi'], taxCode: 'RSSMRA85T10A562S' }, { names: ['Giuseppe Verdi'], taxCode: 'rssmra85t10a56nh' });
    expect(r.decision).toBe('match');
    expect(r.reasons).toContain('sameTaxCode');
  });

  it('rules out different tax codes of the same kind, ignores the mix of personal and provisional', () => {
    expect(scorePersonPair({ names: ['Mario Rossi'], taxCode: 'RSSMRA85T10A562S' }, { names: ['Mario Rossi'], taxCode: 'RSSMRA85T10A563U' }).decision).toBe('no');
    const mixed = scorePersonPair(
      { names: ['Mario Rossi'], birthDate: { year: 1985, month: 12, day: 10 }, taxCode: '12345678903' },
      { names: ['Mario Rossi'], birthDate: { year: 1985, month: 12, day: 10 }, taxCode: 'RSSMRA85T10A562S' },
    );
    expect(mixed.decision).toBe('match');
  });

  it('matches transliteration variants with the same birth date', () => {
    const r = scorePersonPair({ names: ['Mohamed Ali'], birthDate: { year: 1990, month: 5, day: 2 } }, { names: ['Ali Muhammad'], birthDate: { year: 1990, month: 5, day: 2 } });
    expect(r.decision).toBe('match');
    expect(r.score).toBeGreaterThan(0.97);
  });

  it('proposes variants that share only the birth year, or an off-by-one year', () => {
    expect(scorePersonPair({ names: ['Youssef Ben Ali'], birthDate: { year: 1990 } }, { names: ['Yusuf Ali'], birthDate: { year: 1990 } }).decision).toBe('possible');
    expect(scorePersonPair({ names: ['Ahmed Hassan'], birthDate: { year: 1990 } }, { names: ['Ahmad Hasan'], birthDate: { year: 1991 } }).decision).toBe('possible');
  });

  it('proposes on names alone only when they are very close', () => {
    expect(scorePersonPair({ names: ['Aleksandr Kovalenko'] }, { names: ['Alexander Kowalenko'] }).decision).toBe('possible');
    expect(scorePersonPair({ names: ['Sami'] }, { names: ['Sima'] }).decision).toBe('no');
  });

  it('uses every known spelling', () => {
    const r = scorePersonPair({ names: ['Olena Shevchenko', 'Elena Shevchenko'], birthDate: { year: 1979 } }, { names: ['Jelena Ševčenko'], birthDate: { year: 1979 } });
    expect(r.decision).not.toBe('no');
  });

  it('rules out a conflicting birth year and lowers a differing sex', () => {
    expect(scorePersonPair({ names: ['Mohamed Ali'], birthDate: { year: 1990 } }, { names: ['Mohamed Ali'], birthDate: { year: 1970 } }).decision).toBe('no');
    const same = scorePersonPair({ names: ['Mario Rossi'], birthDate: { year: 1980 }, sex: 'M' }, { names: ['Maria Russo'], birthDate: { year: 1980 }, sex: 'M' });
    const differing = scorePersonPair({ names: ['Mario Rossi'], birthDate: { year: 1980 }, sex: 'M' }, { names: ['Maria Russo'], birthDate: { year: 1980 }, sex: 'F' });
    expect(differing.score).toBeLessThan(same.score);
    expect(differing.decision).toBe('no');
    expect(differing.reasons).toContain('sexDiffers');
  });
});

describe('blocking keys', () => {
  it('stores one key per name token, bare and with the birth year', () => {
    expect(blockingKeys({ names: ['Mohamed Ali'], birthDate: { year: 1990 } })).toEqual(['MHMT', 'MHMT:1990', 'aL', 'aL:1990']);
    expect(blockingKeys({ names: ['Muhammad'] })).toEqual(['MHMT', 'MHMT:?']);
  });

  it('finds a variant with swapped names and a neighbouring year', () => {
    const stored = new Set(blockingKeys({ names: ['Ali Muhammad'], birthDate: { year: 1991 } }));
    expect(candidateKeys({ names: ['Mohammed Ali'], birthDate: { year: 1990 } }).some((key) => stored.has(key))).toBe(true);
  });

  it('finds a record without a year from a query with a year, and any record from a query without', () => {
    const noYear = new Set(blockingKeys({ names: ['Yusuf'] }));
    expect(candidateKeys({ names: ['Youssef'], birthDate: { year: 1990 } }).some((key) => noYear.has(key))).toBe(true);
    const withYear = new Set(blockingKeys({ names: ['Yusuf'], birthDate: { year: 1990 } }));
    expect(candidateKeys({ names: ['Josef'] }).some((key) => withYear.has(key))).toBe(true);
  });
});
