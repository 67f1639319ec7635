import { describe, expect, it } from 'vitest';
import { normalizedFullName, normalizeName } from './normalizeName';

describe('normalizeName', () => {
  it('strips accents and case', () => {
    expect(normalizeName('Nicolò ROSSI')).toEqual(['nicolo', 'rossi']);
    expect(normalizeName('Nicolò')).toEqual(normalizeName('Nicolo'));
  });

  it('folds letters NFKD leaves alone and keeps the sound of háček letters', () => {
    expect(normalizeName('Łukasz Straße')).toEqual(['lukasz', 'strasse']);
    expect(normalizeName('Šukšin')).toEqual(['shukshin']);
  });

  it('glues an elided one-letter article to its word', () => {
    expect(normalizeName("Nicolò d'Adda")).toEqual(['nicolo', 'dadda']);
    expect(normalizeName('D’Adda')).toEqual(normalizeName('Dadda'));
  });

  it('drops apostrophes marking a glottal stop', () => {
    expect(normalizeName("Ra'fat")).toEqual(['rafat']);
    expect(normalizeName('ʿAbd')).toEqual(['abd']);
  });

  it('treats the Arabic article the same whether hyphenated, detached or omitted', () => {
    expect(normalizeName('El-Amin')).toEqual(['amin']);
    expect(normalizeName('Al Amin')).toEqual(['amin']);
    expect(normalizeName('Amin')).toEqual(['amin']);
    expect(normalizeName('Nur ad-Din')).toEqual(['nur', 'din']);
    expect(normalizeName('Abd al-Rahman')).toEqual(['abd', 'rahman']);
  });

  it('keeps short words that are names, and a name made only of an article', () => {
    expect(normalizeName('An Nguyen')).toEqual(['an', 'nguyen']);
    expect(normalizeName('Al')).toEqual(['al']);
  });

  it('splits on hyphens and punctuation', () => {
    expect(normalizeName('Anna-Maria  Rossi, jr.')).toEqual(['anna', 'maria', 'rossi', 'jr']);
    expect(normalizedFullName('  ')).toBe('');
  });
});
