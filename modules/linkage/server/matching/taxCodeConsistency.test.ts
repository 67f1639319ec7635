import { describe, expect, it } from 'vitest';
import { isValidTaxCode } from './taxCode';
import { givenNameCode, surnameCode, taxCodeConsistency } from './taxCodeConsistency';

// Codes built by hand from the Agency's rules; the check letters were computed with isValidTaxCode.
const MARIO_ROSSI = { givenName: 'Mario', familyName: 'Rossi', birthYear: 1980, birthMonth: 1, birthDay: 1, sex: 'M' as const };

describe('the name parts of a tax code', () => {
  it('takes the surname consonants, then its vowels, then X', () => {
    expect(surnameCode('Rossi')).toBe('RSS');
    expect(surnameCode('Fo')).toBe('FOX');
    expect(surnameCode('Rè')).toBe('REX');
    expect(surnameCode("D'Amico")).toBe('DMC');
    expect(surnameCode('Al Haddad')).toBe('LHD');
  });
  it('skips the second consonant of a given name with four or more', () => {
    expect(givenNameCode('Mario')).toBe('MRA');
    expect(givenNameCode('Giovanna')).toBe('GNN');
    expect(givenNameCode('Mohamed')).toBe('MMD');
    expect(givenNameCode('Ali')).toBe('LAI');
    expect(givenNameCode('Eva')).toBe('VEA');
  });
});

describe('taxCodeConsistency', () => {
  it('agrees with the data a code was built from', () => {
    expect(isValidTaxCode('RSSMRA80A01H501U')).toBe(true);
    expect(taxCodeConsistency('RSSMRA80A01H501U', MARIO_ROSSI)).toEqual({ check: 'consistent', differences: [] });
    expect(taxCodeConsistency('hddmmd90e15z330k', { givenName: 'Mohamed', familyName: 'Haddad', birthYear: 1990, birthMonth: 5, birthDay: 15, sex: 'M' }).check).toBe('consistent');
  });

  it('reads the day of a woman as the day plus 40', () => {
    const maria = { givenName: 'Maria', familyName: 'Rossi', birthYear: 1985, birthMonth: 3, birthDay: 12, sex: 'F' as const };
    expect(taxCodeConsistency('RSSMRA85C52H501N', maria).check).toBe('consistent');
    expect(taxCodeConsistency('BNCGNN75T41F205Q', { givenName: 'Giovanna', familyName: 'Bianchi', birthYear: 1975, birthMonth: 12, birthDay: 1, sex: 'F' }).check).toBe('consistent');
    expect(taxCodeConsistency('RSSMRA85C52H501N', { ...maria, sex: 'M' })).toEqual({ check: 'inconsistent', differences: ['sex'] });
    expect(taxCodeConsistency('RSSMRA80A01H501U', { ...MARIO_ROSSI, sex: 'F' })).toEqual({ check: 'inconsistent', differences: ['sex'] });
  });

  it('decodes omocodic letters in the numeric positions', () => {
    expect(isValidTaxCode('RSSMRA8LA01H501F')).toBe(true);
    expect(taxCodeConsistency('RSSMRA8LA01H501F', MARIO_ROSSI).check).toBe('consistent');
    expect(taxCodeConsistency('RSSMRA80A0MH501M', MARIO_ROSSI).check).toBe('consistent');
  });

  it('lists every part that differs', () => {
    const other = { givenName: 'Muhammad', familyName: 'Hamdan', birthYear: 1991, birthMonth: 6, birthDay: 16, sex: 'M' as const };
    expect(taxCodeConsistency('HDDMMD90E15Z330K', other)).toEqual({ check: 'inconsistent', differences: ['surname', 'name', 'year', 'month', 'day'] });
  });

  it('compares only the birth parts that are known', () => {
    expect(taxCodeConsistency('RSSMRA80A01H501U', { givenName: 'Mario', familyName: 'Rossi', birthYear: 1980 }).check).toBe('consistent');
    expect(taxCodeConsistency('RSSMRA80A01H501U', { givenName: 'Mario', familyName: 'Rossi', birthYear: 1980, birthMonth: 2, sex: 'X' })).toEqual({ check: 'inconsistent', differences: ['month'] });
  });
});
