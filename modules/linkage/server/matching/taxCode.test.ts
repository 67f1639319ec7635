import { describe, expect, it } from 'vitest';
import { canonicalTaxCode, isValidTaxCode } from './taxCode';

describe('tax codes', () => {
  it('validates the check character of personal codes', () => {
    expect(isValidTaxCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidTaxCode('rssmra85t10a562s')).toBe(true);
    expect(isValidTaxCode('TINIT-RSSMRA85T10A562S')).toBe(true);
    expect(isValidTaxCode('RSSMRA85T10A562T')).toBe(false);
  });

  it('validates 11-digit provisional codes', () => {
    expect(isValidTaxCode('12345678903')).toBe(true);
    expect(isValidTaxCode('12345678901')).toBe(false);
  });

  it('maps omocodic variants to one code', () => {
    expect(canonicalTaxCode('RSSMRA85T10A56NH')).toBe(canonicalTaxCode('RSSMRA85T10A562S'));
  });
});
