/** Tiny GeoJSON helpers for labels and zoom: no turf.js for two functions. */

type Position = number[];
type Geometry = { type: string; coordinates?: unknown };

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
  return [];
}

export type Bounds = [number, number, number, number];

export function boundsOf(geometry: unknown): Bounds | null {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const ring of rings(geometry as Geometry)) {
    for (const [x, y] of ring as [number, number][]) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : null;
}

/** The vertex average of the largest outer ring: good enough to place a municipality's name. */
export function labelPointOf(geometry: unknown): [number, number] | null {
  const g = geometry as Geometry;
  const outer = g.type === 'Polygon' ? [(g.coordinates as Position[][])[0]] : g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]).map((p) => p[0]) : [];
  const largest = outer.filter((r): r is Position[] => !!r).sort((a, b) => b.length - a.length)[0];
  if (!largest || largest.length === 0) return null;
  let sx = 0,
    sy = 0;
  for (const [x, y] of largest as [number, number][]) {
    sx += x;
    sy += y;
  }
  return [sx / largest.length, sy / largest.length];
}
