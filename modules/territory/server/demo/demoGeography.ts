import { Delaunay } from 'd3-delaunay';

type Position = [lon: number, lat: number];

export type DemoMunicipality = {
  istatCode: string;
  name: string;
  cadastralCode: string;
  population2011: number;
  centroid: Position;
  boundary: { type: 'Polygon'; coordinates: Position[][] };
};

/**
 * Part of the Ambito di Treviglio (province of Bergamo). Codes, cadastral codes and 2011 populations
 * are ISTAT's; centroids are approximate. Boundaries are generated below because official
 * boundary files may not ship with the demo.
 */
const MUNICIPALITIES: Omit<DemoMunicipality, 'boundary'>[] = [
  { istatCode: '016011', name: 'Arcene', cadastralCode: 'A365', population2011: 4731, centroid: [9.6153, 45.5732] },
  { istatCode: '016040', name: "Brignano Gera d'Adda", cadastralCode: 'B178', population2011: 5937, centroid: [9.6539, 45.5477] },
  { istatCode: '016047', name: 'Calvenzano', cadastralCode: 'B442', population2011: 4061, centroid: [9.6012, 45.489] },
  { istatCode: '016049', name: "Canonica d'Adda", cadastralCode: 'B618', population2011: 4207, centroid: [9.5449, 45.5776] },
  { istatCode: '016053', name: 'Caravaggio', cadastralCode: 'B731', population2011: 15882, centroid: [9.6535, 45.4922] },
  { istatCode: '016059', name: "Casirate d'Adda", cadastralCode: 'B971', population2011: 3894, centroid: [9.5562, 45.498] },
  { istatCode: '016063', name: 'Castel Rozzone', cadastralCode: 'C255', population2011: 2896, centroid: [9.6224, 45.5533] },
  { istatCode: '016096', name: "Fara Gera d'Adda", cadastralCode: 'D490', population2011: 7913, centroid: [9.5456, 45.546] },
  { istatCode: '016129', name: 'Lurano', cadastralCode: 'E751', population2011: 2580, centroid: [9.6408, 45.5674] },
  { istatCode: '016135', name: "Misano di Gera d'Adda", cadastralCode: 'F243', population2011: 2927, centroid: [9.6275, 45.4675] },
  { istatCode: '016172', name: 'Pontirolo Nuovo', cadastralCode: 'G867', population2011: 4993, centroid: [9.5693, 45.572] },
  { istatCode: '016219', name: 'Treviglio', cadastralCode: 'L400', population2011: 28410, centroid: [9.5943, 45.5302] },
];

// Enough margin that the outer municipalities get cells of a plausible size rather than slivers.
const PADDING_DEGREES = 0.03;
// About 10 cm: finer digits would only make the seed heavier.
const DECIMALS = 6;

const round = (n: number) => Number(n.toFixed(DECIMALS));

/** Twice the signed area: positive when the ring runs counter-clockwise with latitude pointing up. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) sum += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return sum;
}

/** Closed, counter-clockwise (RFC 7946) ring with no repeated consecutive positions. */
function outerRing(cell: ArrayLike<ArrayLike<number>>): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < cell.length; i += 1) {
    const point = cell[i]!;
    const position: Position = [round(point[0]!), round(point[1]!)];
    const previous = ring[ring.length - 1];
    if (!previous || previous[0] !== position[0] || previous[1] !== position[1]) ring.push(position);
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  return signedArea(ring) < 0 ? ring.reverse() : ring;
}

/**
 * A demo district whose municipalities tile the area: each boundary is the Voronoi cell of its
 * centroid, so neighbours share borders exactly. Deterministic, and a fresh copy on every call.
 */
export function demoDistrictGeography(): DemoMunicipality[] {
  const points = MUNICIPALITIES.map((m) => m.centroid);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const bounds: [number, number, number, number] = [
    Math.min(...lons) - PADDING_DEGREES,
    Math.min(...lats) - PADDING_DEGREES,
    Math.max(...lons) + PADDING_DEGREES,
    Math.max(...lats) + PADDING_DEGREES,
  ];
  const voronoi = Delaunay.from(points).voronoi(bounds);
  return MUNICIPALITIES.map((m, i) => {
    const cell = voronoi.cellPolygon(i);
    // Only a site identical to another has no cell; the table has none.
    if (!cell) throw new Error(`No Voronoi cell for ${m.name}`);
    return { ...m, centroid: [m.centroid[0], m.centroid[1]], boundary: { type: 'Polygon', coordinates: [outerRing(cell)] } };
  });
}
