import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIstatMunicipalities } from './parseIstatMunicipalities';

const REAL_FILE = '/work/shared/data/istat/Elenco-comuni-italiani.csv';

// Columns in another order than ISTAT's, a header cell broken over two lines, BOM and mixed line ends.
const HEADER =
  '\uFEFFDenominazione in italiano;"Codice Comune formato\r\nalfanumerico";Codice Regione;"Codice dell\'Unità territoriale sovracomunale \n(valida a fini statistici)";' +
  'Denominazione altra lingua;Denominazione regione;"Denominazione dell\'Unità territoriale sovracomunale \n(valida a fini statistici)";' +
  'Sigla automobilistica;Codice Catastale del comune;Popolazione legale 2011 (09/10/2011)';

const row = (cells: string[]) => cells.join(';');
const treviglio = ['Treviglio', '016219', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'L400', '28.410'];
const caravaggio = ['Caravaggio', '016053', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'B731', '15.882'];

describe('parseIstatMunicipalities on the real ISTAT file', () => {
  const { rows, errors } = parseIstatMunicipalities(readFileSync(REAL_FILE, 'utf8'));

  it('reads every municipality without errors', () => {
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(7904);
  });

  it('reads Bergamo with its province, region and 2011 population', () => {
    const bergamo = rows.find((r) => r.istatCode === '016024');
    expect(bergamo).toEqual({
      line: expect.any(Number),
      regionCode: '03',
      regionName: 'Lombardia',
      provinceCode: '016',
      provinceName: 'Bergamo',
      provinceAbbreviation: 'BG',
      istatCode: '016024',
      name: 'Bergamo',
      nameOther: null,
      cadastralCode: 'A794',
      // The file says "115.349".
      population2011: 115349,
    });
  });

  it('keeps the other-language name', () => {
    const bolzano = rows.find((r) => r.istatCode === '021008');
    expect(bolzano).toMatchObject({ name: 'Bolzano', nameOther: 'Bozen', provinceAbbreviation: 'BZ', regionCode: '04' });
  });

  it('accepts metropolitan cities whose codes start with the old province code', () => {
    const torino = rows.find((r) => r.istatCode === '001272');
    expect(torino).toMatchObject({ name: 'Torino', provinceCode: '201' });
  });

  it('counts lines after the three-line header', () => {
    expect(rows[0]).toMatchObject({ name: 'Agliè', line: 4 });
  });
});

describe('parseIstatMunicipalities on broken files', () => {
  it('reports each bad row with its line and field and keeps the good ones', () => {
    const text = [
      HEADER,
      row(treviglio), // line 5: the header takes four
      row(['Badcode', '16A219', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'L401', '1.000']),
      row(['', '016011', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'A365', '4.731']),
      row(['Arcene', '016011', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'A365', 'abc']),
      row(['Treviglio bis', '016219', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'L400', '28.410']),
      row(['Elsewhere', '017001', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'A001', '100']),
      row(['Catasto', '016012', '03', '016', '', 'Lombardia', 'Bergamo', 'BG', 'A36', '100']),
      row(caravaggio), // line 12
    ].join('\r\n');
    const { rows, errors } = parseIstatMunicipalities(text.replace('\r\n' + row(caravaggio), '\n' + row(caravaggio)));

    expect(rows.map((r) => [r.line, r.istatCode, r.population2011])).toEqual([
      [5, '016219', 28410],
      [12, '016053', 15882],
    ]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [6, 'istatCode'],
      [7, 'name'],
      [8, 'population2011'],
      [9, 'istatCode'],
      [10, 'istatCode'],
      [11, 'cadastralCode'],
    ]);
    expect(errors[3]!.message).toContain('line 5');
    for (const e of errors) {
      expect(e.message).not.toBe('');
      expect(e.messageIt).not.toBe('');
    }
  });

  it('pads codes that a spreadsheet stripped of leading zeros', () => {
    const { rows, errors } = parseIstatMunicipalities([HEADER, row(['Treviglio', '16219', '3', '16', '', 'Lombardia', 'Bergamo', 'bg', 'l400', '28410'])].join('\n'));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ istatCode: '016219', regionCode: '03', provinceCode: '016', provinceAbbreviation: 'BG', cadastralCode: 'L400' });
  });

  it('treats empty optional cells as unknown and skips blank rows', () => {
    const { rows, errors } = parseIstatMunicipalities([HEADER, row(['Treviglio', '016219', '03', '016', '', 'Lombardia', 'Bergamo', '', '', '']), ';;;;;;;;;', ''].join('\n'));
    expect(errors).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ provinceAbbreviation: null, cadastralCode: null, population2011: null, nameOther: null })]);
  });

  it('reports missing required columns once, on line 1', () => {
    const header = 'Codice Regione;Denominazione in italiano;Denominazione regione;Sigla automobilistica';
    const { rows, errors } = parseIstatMunicipalities([header, '03;Treviglio;Lombardia;BG'].join('\n'));
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 1, field: 'header' });
    expect(errors[0]!.message).toContain('Codice Comune formato alfanumerico');
    expect(errors[0]!.message).toContain("Codice dell'Unità territoriale sovracomunale");
    expect(errors[0]!.message).not.toContain('Codice Regione');
  });

  it('reports an empty file as missing its columns', () => {
    expect(parseIstatMunicipalities('').errors).toEqual([expect.objectContaining({ line: 1, field: 'header' })]);
  });

  it('reports a file csv-parse cannot read', () => {
    const { rows, errors } = parseIstatMunicipalities(`${HEADER}\n${row(treviglio)}\n"unterminated;016053`);
    expect(rows).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ field: 'file' })]);
  });
});
