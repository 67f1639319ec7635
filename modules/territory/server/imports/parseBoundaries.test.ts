import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bboxOf, parseBoundaries, simplifyGeometry, type BoundaryGeometry, type Ring } from './parseBoundaries';

const REAL_FILE = '/work/shared/data/boundaries/limits_P_16_municipalities.geojson';

const square: Ring = [
  [9.5, 45.5],
  [9.6, 45.5],
  [9.6, 45.6],
  [9.5, 45.6],
  [9.5, 45.5],
];
const feature = (properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: [square] }) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const ringsOf = (g: BoundaryGeometry): Ring[] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const positionCount = (g: BoundaryGeometry) => ringsOf(g).reduce((n, r) => n + r.length, 0);

describe('parseBoundaries on the real Bergamo file', () => {
  const text = readFileSync(REAL_FILE, 'utf8');
  const { features, errors } = parseBoundaries(text);
  const held = (JSON.parse(text) as { features: unknown[] }).features.length;

  it('reads every feature without errors', () => {
    expect(errors).toEqual([]);
    expect(held).toBeGreaterThan(200);
    expect(features).toHaveLength(held);
  });

  it('finds province 016 codes and names', () => {
    expect(features.every((f) => /^016\d{3}$/.test(f.istatCode))).toBe(true);
    expect(features.find((f) => f.name === 'Treviglio')?.istatCode).toBe('016219');
    expect(features.some((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
  });

  it('boxes the province', () => {
    const [minLon, minLat, maxLon, maxLat] = bboxOf(features.map((f) => f.geometry))!;
    const declared = (JSON.parse(text) as { bbox: number[] }).bbox;
    expect([minLon, minLat, maxLon, maxLat]).toEqual(declared);
  });

  it('simplifies to fewer points with closed rings of at least 4 positions', () => {
    const before = features.reduce((n, f) => n + positionCount(f.geometry), 0);
    const simplified = features.map((f) => simplifyGeometry(f.geometry, 0.001));
    const after = simplified.reduce((n, g) => n + positionCount(g), 0);
    expect(after).toBeLessThan(before / 2);
    for (const g of simplified) {
      for (const ring of ringsOf(g)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
    // The original is left untouched.
    expect(features.reduce((n, f) => n + positionCount(f.geometry), 0)).toBe(before);
  });
});

describe('parseBoundaries on bad input', () => {
  it('refuses text that is not JSON', () => {
    expect(parseBoundaries('{"type": "FeatureCollection",')).toEqual({ features: [], errors: [expect.objectContaining({ line: 1, field: 'file' })] });
  });

  it('refuses JSON that is not a FeatureCollection', () => {
    for (const text of ['[]', '{"type":"Feature"}', '{"type":"FeatureCollection"}']) {
      const { features, errors } = parseBoundaries(text);
      expect(features).toEqual([]);
      expect(errors).toEqual([expect.objectContaining({ line: 1, field: 'file' })]);
    }
  });

  it('reports each bad feature by its number and keeps the good ones', () => {
    const openRing = square.slice(0, 4);
    const text = collection([
      feature({ com_istat_code: '016219', name: 'Treviglio' }), // 1
      feature({ name: 'No code' }), // 2
      feature({ com_istat_code: '16A219' }), // 3
      feature({ PRO_COM: 16053 }, { type: 'Point', coordinates: [9.6, 45.5] }), // 4
      feature({ PRO_COM: 16011 }, { type: 'Polygon', coordinates: [openRing] }), // 5
      feature({ PRO_COM: 16011 }, { type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }), // 6
      feature({ PRO_COM: 16011 }, { type: 'Polygon', coordinates: [[[1_000_000, 5_000_000], [1_000_100, 5_000_000], [1_000_100, 5_000_100], [1_000_000, 5_000_000]]] }), // 7
      feature({ com_istat_code_num: 16219 }), // 8
      feature({ PRO_COM_T: '016053', COMUNE: 'Caravaggio' }, { type: 'MultiPolygon', coordinates: [[square], [square]] }), // 9
      feature({ com_istat_code: '016011' }, null), // 10
      'not a feature', // 11
    ]);
    const { features, errors } = parseBoundaries(text);
    expect(features.map((f) => [f.index, f.istatCode, f.name, f.geometry.type])).toEqual([
      [0, '016219', 'Treviglio', 'Polygon'],
      [8, '016053', 'Caravaggio', 'MultiPolygon'],
    ]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'istatCode'],
      [3, 'istatCode'],
      [4, 'geometry'],
      [5, 'geometry'],
      [6, 'geometry'],
      [7, 'geometry'],
      [8, 'istatCode'],
      [10, 'geometry'],
      [11, 'feature'],
    ]);
    expect(errors.find((e) => e.line === 7)?.message).toContain('WGS84');
    expect(errors.find((e) => e.line === 8)?.message).toContain('feature 1');
    for (const e of errors) expect(e.messageIt).not.toBe('');
  });

  it('pads numeric codes and drops elevations', () => {
    const ring3d = square.map(([lon, lat]) => [lon, lat, 120]);
    const { features, errors } = parseBoundaries(collection([feature({ com_istat_code_num: 16219, comune: ' Treviglio ' }, { type: 'Polygon', coordinates: [ring3d] })]));
    expect(errors).toEqual([]);
    expect(features[0]).toEqual({ index: 0, istatCode: '016219', name: 'Treviglio', geometry: { type: 'Polygon', coordinates: [square] } });
  });
});

describe('bboxOf and simplifyGeometry', () => {
  it('gives null for nothing to box', () => {
    expect(bboxOf([])).toBeNull();
  });

  it('never goes below a closed triangle', () => {
    const nearlyFlat: Ring = [[0, 0], [1, 0.0001], [2, 0], [3, 0.0001], [4, 0], [2, 0.0002], [0, 0]];
    const simplified = simplifyGeometry({ type: 'Polygon', coordinates: [nearlyFlat] }, 1);
    const ring = simplified.coordinates[0]!;
    expect(ring).toHaveLength(4);
    expect(ring[0]).toEqual(ring[3]);
    expect(new Set(ring.slice(0, 3).map((p) => p.join()))).toHaveProperty('size', 3);
  });

  it('keeps points beyond the tolerance', () => {
    const ring: Ring = [[0, 0], [1, 0.5], [2, 0], [2, 2], [1, 2.001], [0, 2], [0, 0]];
    expect(simplifyGeometry({ type: 'MultiPolygon', coordinates: [[ring]] }, 0.1).coordinates[0]![0]).toEqual([[0, 0], [1, 0.5], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });

  it('leaves geometry as is without a positive tolerance', () => {
    const geometry: BoundaryGeometry = { type: 'Polygon', coordinates: [square] };
    expect(simplifyGeometry(geometry, 0)).toEqual(geometry);
  });
});
