import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startModuleTestApp, type TestApp } from '../../../platform/testing/testApp';
import { organizationsModule } from '../../organizations/module';
import { demoDistrictId, territoryModule } from '../module';

// The real files live beside the project (../shared/data from its root), never inside it.
const dataFile = (relative: string) => fileURLToPath(new URL(`../../../../shared/data/${relative}`, import.meta.url));
const ISTAT_CSV = readFileSync(dataFile('istat/Elenco-comuni-italiani.csv'), 'utf8');
const BERGAMO_GEOJSON = readFileSync(dataFile('boundaries/limits_P_16_municipalities.geojson'), 'utf8');

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
type FeatureCollection = { type: 'FeatureCollection'; bbox: number[] | null; features: (Feature & { id: string })[] };
const bergamo = JSON.parse(BERGAMO_GEOJSON) as { type: 'FeatureCollection'; features: Feature[] };
const codeOf = (f: Feature) => f.properties.com_istat_code as string;

const csvLines = ISTAT_CSV.split(/\r?\n/);
// The header spans three physical lines (quoted line breaks in two titles).
const header = csvLines.slice(0, 3);
const lineOf = (istatCode: string) => csvLines.find((l) => l.split(';')[4] === istatCode)!;
const withCell = (line: string, index: number, value: string) => line.split(';').map((c, i) => (i === index ? value : c)).join(';');

const importCsv = (t: TestApp, body: string, dryRun: boolean, as: string, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: `/api/territory/imports/municipalities?dryRun=${dryRun}`, payload: body, headers: { 'content-type': 'text/csv', ...headers }, as });
const importGeo = (t: TestApp, body: string, dryRun: boolean, as: string, headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: `/api/territory/imports/boundaries?dryRun=${dryRun}`, payload: body, headers: { 'content-type': 'application/geo+json', ...headers }, as });

async function municipalityCount(t: TestApp, as: string): Promise<number> {
  return (await t.request({ method: 'GET', url: '/api/territory/municipalities?pageSize=1', as })).json().total;
}
async function findByCode(t: TestApp, as: string, istatCode: string): Promise<{ id: string; name: string; hasBoundary: boolean } | undefined> {
  const items = (await t.request({ method: 'GET', url: `/api/territory/municipalities?q=${istatCode}`, as })).json().items as { id: string; istatCode: string; name: string; hasBoundary: boolean }[];
  return items.find((m) => m.istatCode === istatCode);
}

describe('importing the ISTAT list and the Bergamo boundaries', () => {
  let t: TestApp;
  let admin: string;
  let demoId: string;
  let demoGeoJson: FeatureCollection;

  beforeAll(async () => {
    t = await startModuleTestApp([territoryModule, organizationsModule]);
    admin = (await t.userWith('platform_admin', 'platform')).cookie;
    demoId = (await demoDistrictId(t.db))!;
    demoGeoJson = (await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson`, as: admin })).json();
  });
  afterAll(() => t.close());

  describe('a file with bad rows', () => {
    // Agliè (good), a broken code, Airasca (good), a broken cadastral code, a broken population, a row without a name.
    const rows = [
      lineOf('001001'),
      withCell(lineOf('001003'), 4, '00A003'),
      lineOf('001002'),
      withCell(lineOf('016024'), 18, 'A79'),
      withCell(lineOf('016219'), 19, '28,4'),
      withCell(lineOf('021008'), 6, ''),
    ];
    const file = [...header, ...rows].join('\r\n');

    it('dry run lists each bad line with its field, in Italian by default', async () => {
      const res = await importCsv(t, file, true, admin);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        dryRun: true,
        accepted: 2,
        rejected: 4,
        created: 0,
        updated: 0,
        errors: [
          { line: 5, field: 'istatCode', message: '"00A003" non è un codice valido: atteso 6 cifre' },
          { line: 7, field: 'cadastralCode', message: '"A79" non è un codice valido: atteso una lettera e 3 cifre' },
          { line: 8, field: 'population2011', message: '"28,4" non è un numero intero di abitanti' },
          { line: 9, field: 'name', message: 'Manca il nome del comune' },
        ],
      });
    });

    it('dry run answers in English when the browser asks for it', async () => {
      const res = await importCsv(t, file, true, admin, { 'accept-language': 'en-GB,en;q=0.8' });
      expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
        '"00A003" is not a valid code: expected 6 digits',
        '"A79" is not a valid code: expected one letter and 3 digits',
        '"28,4" is not a whole number of inhabitants',
        'Missing municipality name',
      ]);
    });

    it('the real run answers 400 import_invalid with the rows in fields and writes nothing', async () => {
      const before = await municipalityCount(t, admin);
      const res = await importCsv(t, file, false, admin);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('import_invalid');
      expect(error.message).toBe('Il file contiene righe non valide: nulla è stato importato.');
      expect(error.fields).toEqual([
        { field: 'line 5: istatCode', message: expect.stringContaining('00A003') },
        { field: 'line 7: cadastralCode', message: expect.stringContaining('A79') },
        { field: 'line 8: population2011', message: expect.stringContaining('28,4') },
        { field: 'line 9: name', message: 'Manca il nome del comune' },
      ]);
      expect(await municipalityCount(t, admin)).toBe(before);
      // Even the good rows of the file were not written.
      expect(await findByCode(t, admin, '001001')).toBeUndefined();
      expect((await t.request({ method: 'GET', url: '/api/territory/regions', as: admin })).json()).toHaveLength(1);
    });

    it('refuses an empty file and a file without the ISTAT header', async () => {
      const empty = await importCsv(t, '   ', true, admin);
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.code).toBe('empty_file');
      const headerless = await importCsv(t, rows.join('\n'), true, admin, { 'accept-language': 'en' });
      expect(headerless.statusCode).toBe(200);
      expect(headerless.json()).toMatchObject({ accepted: 0, rejected: 1, errors: [{ line: 1, field: 'header', message: expect.stringMatching(/^Missing columns/) }] });
    });
  });

  describe('the real ISTAT list', () => {
    it('dry run accepts all 7,904 municipalities and writes nothing', async () => {
      const before = await municipalityCount(t, admin);
      const res = await importCsv(t, ISTAT_CSV, true, admin);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dryRun: true, accepted: 7904, rejected: 0, created: 0, updated: 0, errors: [] });
      expect(await municipalityCount(t, admin)).toBe(before);
      expect(before).toBe(12);
    });

    it('the real run creates the new ones, updates the demo ones and fills regions and provinces', async () => {
      const before = await municipalityCount(t, admin);
      const res = await importCsv(t, ISTAT_CSV, false, admin);
      expect(res.statusCode).toBe(200);
      const report = res.json();
      expect(report).toMatchObject({ dryRun: false, accepted: 7904, rejected: 0, errors: [] });
      expect(report.created + report.updated).toBe(7904);
      expect(report.updated).toBe(before);
      expect(report.created).toBe(7904 - before);
      expect(await municipalityCount(t, admin)).toBe(7904);
      const regions = (await t.request({ method: 'GET', url: '/api/territory/regions', as: admin })).json();
      expect(regions).toHaveLength(20);
      expect(regions).toContainEqual({ code: '04', name: 'Trentino-Alto Adige/Südtirol' });
      const provinces = (await t.request({ method: 'GET', url: '/api/territory/provinces?regionCode=03', as: admin })).json();
      expect(provinces.map((p: { abbreviation: string }) => p.abbreviation)).toEqual(expect.arrayContaining(['BG', 'MI', 'BS']));
    });

    it('finds Treviglio by name with its ISTAT code, and Bolzano by its German name', async () => {
      const items = (await t.request({ method: 'GET', url: '/api/territory/municipalities?q=Treviglio', as: admin })).json().items;
      expect(items).toEqual([expect.objectContaining({ istatCode: '016219', name: 'Treviglio', provinceCode: '016', provinceName: 'Bergamo', cadastralCode: 'L400', population2011: 28410 })]);
      const bozen = (await t.request({ method: 'GET', url: '/api/territory/municipalities?q=Bozen', as: admin })).json().items;
      expect(bozen).toEqual([expect.objectContaining({ istatCode: '021008', name: 'Bolzano', nameOther: 'Bozen' })]);
    });

    it('keeps the generated boundaries of the demo municipalities', async () => {
      const after = (await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson`, as: admin })).json();
      expect(after).toEqual(demoGeoJson);
      expect((await findByCode(t, admin, '016219'))?.hasBoundary).toBe(true);
      expect((await findByCode(t, admin, '016024'))?.hasBoundary).toBe(false);
    });

    it('importing the same list again changes no count', async () => {
      const res = await importCsv(t, ISTAT_CSV, false, admin);
      expect(res.json()).toMatchObject({ created: 0, updated: 7904 });
      expect(await municipalityCount(t, admin)).toBe(7904);
    });
  });

  describe('the real Bergamo boundaries', () => {
    let district: { id: string };
    const picked = ['016024', '016193', '016091'];

    beforeAll(async () => {
      const res = await t.request({ method: 'POST', url: '/api/territory/districts', as: admin, payload: { code: 'BG-TEST', name: 'Ambito di Bergamo (test)', kind: 'ambito', regionCode: '03' } });
      district = res.json();
      const ids = await Promise.all(picked.map(async (code) => (await findByCode(t, admin, code))!.id));
      const set = await t.request({ method: 'PUT', url: `/api/territory/districts/${district.id}/composition`, as: admin, payload: { municipalityIds: ids, validFrom: '2024-01-01' } });
      expect(set.statusCode).toBe(200);
    });

    it('dry run accepts every feature', async () => {
      const res = await importGeo(t, BERGAMO_GEOJSON, true, admin);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ dryRun: true, accepted: bergamo.features.length, rejected: 0, created: 0, updated: 0, errors: [] });
      expect(bergamo.features.length).toBe(243);
      const geo = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/geojson`, as: admin })).json();
      expect(geo.features).toEqual([]);
    });

    it('the real run stores them and the district map shows the real boundaries', async () => {
      const res = await importGeo(t, BERGAMO_GEOJSON, false, admin);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ dryRun: false, accepted: 243, rejected: 0, updated: 243 });
      const geo: FeatureCollection = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/geojson`, as: admin })).json();
      expect(geo.features.map((f) => f.properties.istatCode).sort()).toEqual([...picked].sort());
      for (const f of geo.features) {
        const source = bergamo.features.find((s) => codeOf(s) === f.properties.istatCode)!;
        expect(f.geometry).toEqual(source.geometry);
        expect(f.properties.name).toBe(source.properties.name);
      }
      expect(geo.bbox).toHaveLength(4);
      expect(geo.bbox![0]).toBeGreaterThan(9.4);
      expect(geo.bbox![3]).toBeLessThan(46.1);
    });

    it('a file with one broken feature is refused whole: 400 and no boundary changed', async () => {
      const before = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/geojson`, as: admin })).json();
      const broken = structuredClone(bergamo);
      // Every feature moved a little (so a partial write would show), and feature 5 no longer closes its ring.
      const shift = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + 0.01, (c as number[])[1]] : (c as unknown[]).map(shift));
      for (const f of broken.features) f.geometry.coordinates = shift(f.geometry.coordinates);
      const ring = (broken.features[4]!.geometry.coordinates as number[][][])[0]!;
      ring.pop();
      const text = JSON.stringify(broken);

      const dry = await importGeo(t, text, true, admin);
      expect(dry.json()).toMatchObject({ accepted: 242, rejected: 1, errors: [{ line: 5, field: 'geometry', message: "Un anello deve chiudersi sul punto di partenza" }] });
      const res = await importGeo(t, text, false, admin, { 'accept-language': 'en' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({
        code: 'import_invalid',
        message: 'The file has invalid rows: nothing was imported.',
        fields: [{ field: 'line 5: geometry', message: 'A ring must end where it starts' }],
      });
      const after = (await t.request({ method: 'GET', url: `/api/territory/districts/${district.id}/geojson`, as: admin })).json();
      expect(after).toEqual(before);
    });

    it('accepts a GeoJSON file sent as application/json too', async () => {
      const one = JSON.stringify({ type: 'FeatureCollection', features: bergamo.features.filter((f) => codeOf(f) === '016024') });
      const res = await t.request({ method: 'POST', url: '/api/territory/imports/boundaries?dryRun=true', payload: one, headers: { 'content-type': 'application/json' }, as: admin });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ accepted: 1, rejected: 0 });
    });
  });

  describe('who may import', () => {
    it('an analyst with a platform-wide grant may', async () => {
      const analyst = (await t.userWith('analyst', 'platform')).cookie;
      const res = await importCsv(t, [...header, lineOf('016219')].join('\n'), true, analyst);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ accepted: 1, rejected: 0 });
    });

    it('an analyst whose grant covers only a district gets 403, for both imports', async () => {
      const analyst = (await t.userWith('analyst', 'district', demoId)).cookie;
      const csv = await importCsv(t, [...header, lineOf('016219')].join('\n'), false, analyst);
      expect(csv.statusCode).toBe(403);
      expect(csv.json().error.code).toBe('forbidden');
      const geo = await importGeo(t, BERGAMO_GEOJSON, false, analyst);
      expect(geo.statusCode).toBe(403);
    });

    it('a viewer gets 403 and an anonymous caller 401', async () => {
      const viewer = (await t.userWith('viewer', 'platform')).cookie;
      expect((await importCsv(t, ISTAT_CSV, true, viewer)).statusCode).toBe(403);
      expect((await importGeo(t, BERGAMO_GEOJSON, true, viewer)).statusCode).toBe(403);
      const coordinator = (await t.userWith('district_coordinator', 'district', demoId)).cookie;
      expect((await importCsv(t, ISTAT_CSV, true, coordinator)).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: '/api/territory/imports/municipalities', payload: ISTAT_CSV, headers: { 'content-type': 'text/csv' } })).statusCode).toBe(401);
    });
  });
});

describe('boundaries before the ISTAT list (fresh database)', () => {
  let t: TestApp;
  let admin: string;
  let demoId: string;

  beforeAll(async () => {
    t = await startModuleTestApp([territoryModule, organizationsModule]);
    admin = (await t.userWith('platform_admin', 'platform')).cookie;
    demoId = (await demoDistrictId(t.db))!;
  });
  afterAll(() => t.close());

  it('rejects every feature of an unknown municipality, line by line, and writes nothing', async () => {
    const demoCodes = new Set(
      ((await t.request({ method: 'GET', url: `/api/territory/municipalities?districtId=${demoId}&pageSize=50`, as: admin })).json().items as { istatCode: string }[]).map((m) => m.istatCode),
    );
    expect(demoCodes.size).toBe(12);
    const unknownLines = bergamo.features.flatMap((f, i) => (demoCodes.has(codeOf(f)) ? [] : [i + 1]));

    const dry = await importGeo(t, BERGAMO_GEOJSON, true, admin);
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ accepted: 12, rejected: 243 - 12 });
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual(unknownLines);
    expect(report.errors[0]).toEqual({ line: 1, field: 'istatCode', message: "Nessun comune con codice ISTAT 016001: importa prima l'elenco ISTAT" });

    const before = (await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson`, as: admin })).json();
    const real = await importGeo(t, BERGAMO_GEOJSON, false, admin);
    expect(real.statusCode).toBe(400);
    expect(real.json().error.code).toBe('import_invalid');
    expect(real.json().error.fields).toHaveLength(231);
    expect(await municipalityCount(t, admin)).toBe(12);
    const after = (await t.request({ method: 'GET', url: `/api/territory/districts/${demoId}/geojson`, as: admin })).json();
    expect(after).toEqual(before);
  });
});
