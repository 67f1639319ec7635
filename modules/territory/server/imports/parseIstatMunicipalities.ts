import { CsvError, parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse/sync';
import type { ImportRowError } from './importReport';

export type IstatMunicipalityRow = {
  line: number;
  regionCode: string;
  regionName: string;
  provinceCode: string;
  provinceName: string;
  provinceAbbreviation: string | null;
  istatCode: string;
  name: string;
  nameOther: string | null;
  cadastralCode: string | null;
  population2011: number | null;
};

type Column = keyof Omit<IstatMunicipalityRow, 'line'>;

// Header prefixes, not positions: ISTAT adds, drops and renames trailing columns between releases.
const HEADERS: Record<Column, string> = {
  regionCode: 'Codice Regione',
  regionName: 'Denominazione regione',
  provinceCode: "Codice dell'Unità territoriale sovracomunale",
  provinceName: "Denominazione dell'Unità territoriale sovracomunale",
  provinceAbbreviation: 'Sigla automobilistica',
  istatCode: 'Codice Comune formato alfanumerico',
  name: 'Denominazione in italiano',
  nameOther: 'Denominazione altra lingua',
  cadastralCode: 'Codice Catastale del comune',
  population2011: 'Popolazione legale 2011',
};

// Optional columns become null when absent: newer ISTAT lists no longer carry the 2011 population.
const REQUIRED: Column[] = ['regionCode', 'regionName', 'provinceCode', 'provinceName', 'istatCode', 'name'];

type Problem = { field: Column; message: string; messageIt: string };

/** Reads ISTAT's "Elenco dei comuni italiani" CSV; a row with any problem is reported and left out. */
export function parseIstatMunicipalities(text: string): { rows: IstatMunicipalityRow[]; errors: ImportRowError[] } {
  let records: { record: string[]; line: number }[];
  try {
    records = readRecords(text);
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 1;
    const detail = error instanceof Error ? error.message : String(error);
    return { rows: [], errors: [{ line, field: 'file', message: `Not a readable CSV file: ${detail}`, messageIt: `File CSV non leggibile: ${detail}` }] };
  }
  const [header, ...data] = records;
  const columns = locateColumns(header?.record ?? []);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    const names = missing.map((c) => `"${HEADERS[c]}"`).join(', ');
    return {
      rows: [],
      errors: [{ line: header?.line ?? 1, field: 'header', message: `Missing columns: ${names}`, messageIt: `Colonne mancanti: ${names}` }],
    };
  }

  const rows: IstatMunicipalityRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const { record, line } of data) {
    const cell = (c: Column) => {
      const index = columns[c];
      return index === undefined ? '' : (record[index] ?? '').trim();
    };
    const result = toRow(cell, line);
    if ('field' in result) {
      errors.push({ line, ...result });
      continue;
    }
    const firstLine = firstLineOfCode.get(result.istatCode);
    if (firstLine !== undefined) {
      errors.push({
        line,
        field: 'istatCode',
        message: `ISTAT code ${result.istatCode} already appears on line ${firstLine}`,
        messageIt: `Il codice ISTAT ${result.istatCode} compare già alla riga ${firstLine}`,
      });
      continue;
    }
    firstLineOfCode.set(result.istatCode, line);
    rows.push(result);
  }
  return { rows, errors };
}

/** Records with the file line each starts on; blank rows (trailing ";;;;" from spreadsheets) are dropped. */
function readRecords(text: string): { record: string[]; line: number }[] {
  // csv-parse picks one record delimiter for the whole file, so mixed CRLF/LF is unified first.
  const unified = text.replace(/\r\n?/g, '\n');
  // csv-parse's types leave out the { record, info } pairs that the `info` option returns.
  const parsed = parse(unified, {
    bom: true,
    delimiter: ';',
    record_delimiter: '\n',
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: Info }[];
  return parsed
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => ({
      record,
      // info.lines is where the record ends; quoted line breaks push that past where it starts.
      line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    }));
}

function normaliseHeader(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function locateColumns(header: string[]): Partial<Record<Column, number>> {
  const normalised = header.map(normaliseHeader);
  const columns: Partial<Record<Column, number>> = {};
  for (const [column, title] of Object.entries(HEADERS) as [Column, string][]) {
    const index = normalised.findIndex((h) => h.startsWith(normaliseHeader(title)));
    if (index >= 0) columns[column] = index;
  }
  return columns;
}

/** Spreadsheets drop leading zeros, so a shorter all-digit code is padded rather than refused. */
function paddedDigits(value: string, length: number): string | null {
  return /^\d+$/.test(value) && value.length <= length ? value.padStart(length, '0') : null;
}

/** Italian layout: "28.410" is twenty-eight thousand; a decimal comma can't be a head count. */
function parsePopulation(value: string): number | null | 'invalid' {
  if (value === '') return null;
  if (!/^\d+$/.test(value) && !/^\d{1,3}(\.\d{3})+$/.test(value)) return 'invalid';
  const n = Number(value.replaceAll('.', ''));
  return Number.isSafeInteger(n) ? n : 'invalid';
}

/** Metropolitan cities took code 200 + the old province code, which their municipalities' codes still start with. */
function startsWithProvince(istatCode: string, provinceCode: string): boolean {
  const prefix = istatCode.slice(0, 3);
  return prefix === provinceCode || Number(provinceCode) - 200 === Number(prefix);
}

const badCode = (field: Column, value: string, shape: string, shapeIt: string): Problem => ({
  field,
  message: `"${value}" is not a valid code: expected ${shape}`,
  messageIt: `"${value}" non è un codice valido: atteso ${shapeIt}`,
});

const missingValue = (field: Column, what: string, whatIt: string): Problem => ({
  field,
  message: `Missing ${what}`,
  messageIt: `Manca ${whatIt}`,
});

function toRow(cell: (c: Column) => string, line: number): IstatMunicipalityRow | Problem {
  const istatCode = paddedDigits(cell('istatCode'), 6);
  if (!istatCode) return badCode('istatCode', cell('istatCode'), '6 digits', '6 cifre');
  const provinceCode = paddedDigits(cell('provinceCode'), 3);
  if (!provinceCode) return badCode('provinceCode', cell('provinceCode'), '3 digits', '3 cifre');
  const regionCode = paddedDigits(cell('regionCode'), 2);
  if (!regionCode) return badCode('regionCode', cell('regionCode'), '2 digits', '2 cifre');
  const name = cell('name');
  if (!name) return missingValue('name', 'municipality name', 'il nome del comune');
  const regionName = cell('regionName');
  if (!regionName) return missingValue('regionName', 'region name', 'il nome della regione');
  const provinceName = cell('provinceName');
  if (!provinceName) return missingValue('provinceName', 'province name', 'il nome della provincia');
  const abbreviation = cell('provinceAbbreviation').toUpperCase();
  if (abbreviation && !/^[A-Z]{2}$/.test(abbreviation)) return badCode('provinceAbbreviation', abbreviation, '2 letters', '2 lettere');
  const cadastralCode = cell('cadastralCode').toUpperCase();
  if (cadastralCode && !/^[A-Z]\d{3}$/.test(cadastralCode)) {
    return badCode('cadastralCode', cadastralCode, 'one letter and 3 digits', 'una lettera e 3 cifre');
  }
  const population2011 = parsePopulation(cell('population2011'));
  if (population2011 === 'invalid') {
    return {
      field: 'population2011',
      message: `"${cell('population2011')}" is not a whole number of inhabitants`,
      messageIt: `"${cell('population2011')}" non è un numero intero di abitanti`,
    };
  }
  if (!startsWithProvince(istatCode, provinceCode)) {
    return {
      field: 'istatCode',
      message: `ISTAT code ${istatCode} does not belong to province ${provinceCode}`,
      messageIt: `Il codice ISTAT ${istatCode} non appartiene alla provincia ${provinceCode}`,
    };
  }
  return {
    line,
    regionCode,
    regionName,
    provinceCode,
    provinceName,
    provinceAbbreviation: abbreviation || null,
    istatCode,
    name,
    nameOther: cell('nameOther') || null,
    cadastralCode: cadastralCode || null,
    population2011,
  };
}
