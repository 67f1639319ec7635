import { describe, expect, it } from 'vitest';
import { compareBirthDates, isValidPartialDate, parsePartialDate } from './birthDate';

describe('partial birth dates', () => {
  it('parses year, year-month and full dates, refusing impossible ones', () => {
    expect(parsePartialDate('1985')).toEqual({ year: 1985 });
    expect(parsePartialDate('1985-03')).toEqual({ year: 1985, month: 3 });
    expect(parsePartialDate('1985-03-07')).toEqual({ year: 1985, month: 3, day: 7 });
    expect(parsePartialDate('1985-02-30')).toBeUndefined();
    expect(parsePartialDate('85')).toBeUndefined();
    expect(isValidPartialDate({ year: 1985, day: 3 })).toBe(false);
  });

  it('grades agreement', () => {
    expect(compareBirthDates({ year: 1985, month: 3, day: 7 }, { year: 1985, month: 3, day: 7 })).toBe('exact');
    expect(compareBirthDates({ year: 1985, month: 3 }, { year: 1985, month: 3, day: 7 })).toBe('sameMonth');
    expect(compareBirthDates({ year: 1985 }, { year: 1985, month: 3, day: 7 })).toBe('sameYear');
    expect(compareBirthDates({ year: 1985 }, undefined)).toBe('unknown');
  });

  it('takes 1 January as the usual placeholder for an unknown day and month', () => {
    expect(compareBirthDates({ year: 1985, month: 1, day: 1 }, { year: 1985, month: 6, day: 14 })).toBe('sameYear');
  });

  it('tolerates typing slips without excluding', () => {
    expect(compareBirthDates({ year: 1985, month: 3, day: 7 }, { year: 1985, month: 7, day: 3 })).toBe('typo');
    expect(compareBirthDates({ year: 1985 }, { year: 1986 })).toBe('typo');
    expect(compareBirthDates({ year: 1985 }, { year: 1958 })).toBe('typo');
    expect(compareBirthDates({ year: 1985, month: 3, day: 7 }, { year: 1985, month: 3, day: 8 })).toBe('typo');
  });

  it('rules out clearly different dates', () => {
    expect(compareBirthDates({ year: 1985 }, { year: 1990 })).toBe('conflict');
    expect(compareBirthDates({ year: 1985, month: 3, day: 7 }, { year: 1985, month: 9, day: 20 })).toBe('conflict');
    expect(compareBirthDates({ year: 1985, month: 3 }, { year: 1985, month: 9 })).toBe('conflict');
  });
});
