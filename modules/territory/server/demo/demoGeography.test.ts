import { describe, expect, it } from 'vitest';
import { demoDistrictGeography } from './demoGeography';

type Position = [number, number];

/** Ray casting; points exactly on an edge may go either way, which the samples below avoid. */
function ringContains(ring: Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum / 2;
}

describe('demoDistrictGeography', () => {
  const district = demoDistrictGeography();
  const rings = district.map((m) => m.boundary.coordinates[0]!);

  it('is deterministic and hands out fresh copies', () => {
    const again = demoDistrictGeography();
    expect(again).toEqual(district);
    again[0]!.boundary.coordinates[0]![0]![0] = 0;
    expect(demoDistrictGeography()).toEqual(district);
  });

  it('holds about a dozen municipalities of the province of Bergamo with ISTAT-shaped data', () => {
    expect(district.length).toBeGreaterThanOrEqual(10);
    expect(district.length).toBeLessThanOrEqual(14);
    expect(new Set(district.map((m) => m.istatCode)).size).toBe(district.length);
    for (const m of district) {
      expect(m.istatCode).toMatch(/^016\d{3}$/);
      expect(m.cadastralCode).toMatch(/^[A-Z]\d{3}$/);
      expect(m.population2011).toBeGreaterThan(0);
      expect(m.name).not.toBe('');
    }
    expect(district.find((m) => m.name === 'Treviglio')).toMatchObject({ istatCode: '016219', cadastralCode: 'L400' });
  });

  it('gives each municipality one closed counter-clockwise ring containing its centroid', () => {
    for (const [i, m] of district.entries()) {
      const ring = rings[i]!;
      expect(m.boundary.type).toBe('Polygon');
      expect(m.boundary.coordinates).toHaveLength(1);
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(signedArea(ring)).toBeGreaterThan(0);
      expect(ringContains(ring, m.centroid)).toBe(true);
    }
  });

  it('lays no two cells over each other', () => {
    for (const [i, m] of district.entries()) {
      const holders = rings.flatMap((ring, j) => (ringContains(ring, m.centroid) ? [j] : []));
      expect(holders).toEqual([i]);
    }
  });

  it('tiles its box: every sampled point lies in exactly one cell', () => {
    const all = rings.flat();
    const [minLon, maxLon] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
    const [minLat, maxLat] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
    const area = rings.reduce((sum, ring) => sum + signedArea(ring), 0);
    expect(area).toBeCloseTo((maxLon - minLon) * (maxLat - minLat), 8);
    const steps = 37;
    for (let a = 0; a < steps; a += 1) {
      for (let b = 0; b < steps; b += 1) {
        // Offsets keep samples off the box's edges.
        const point: Position = [minLon + ((a + 0.5) / steps) * (maxLon - minLon), minLat + ((b + 0.5) / steps) * (maxLat - minLat)];
        expect(rings.filter((ring) => ringContains(ring, point))).toHaveLength(1);
      }
    }
  });
});
