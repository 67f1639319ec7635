import { describe, expect, it } from 'vitest';
import { intlLocale, makeFormatters } from './format';

describe('formatters', () => {
  it('maps UI languages to Italian and British conventions', () => {
    expect(intlLocale('it')).toBe('it-IT');
    expect(intlLocale('en')).toBe('en-GB');
  });

  it('formats a calendar day without shifting it across time zones', () => {
    expect(makeFormatters('it').date('2026-03-01')).toBe('01/03/2026');
    expect(makeFormatters('en').date('2026-03-01')).toBe('01/03/2026');
  });

  it('groups thousands even below 10,000 in Italian', () => {
    expect(makeFormatters('it').number(4731)).toBe('4.731');
    expect(makeFormatters('en').number(4731)).toBe('4,731');
    expect(makeFormatters('it').number(null)).toBe('');
  });
});
