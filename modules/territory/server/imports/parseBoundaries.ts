import type { ImportRowError } from './importReport';

export type Position = [number, number];
export type Ring = Position[];
export type BoundaryGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type BoundaryFeature = { index: number; istatCode: string; name: string | null; geometry: BoundaryGeometry };
export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

type Problem = { field: string; message: string; messageIt: string };

// openpolis names first, then the ISTAT shapefile attributes (PRO_COM_T is text, PRO_COM a number).
const CODE_PROPERTIES = ['com_istat_code', 'PRO_COM_T', 'com_istat_code_num', 'PRO_COM'];
const NAME_PROPERTIES = ['name', 'COMUNE', 'comune'];

const fileError = (message: string, messageIt: string): { features: BoundaryFeature[]; errors: ImportRowError[] } => ({
  features: [],
  errors: [{ line: 1, field: 'file', message, messageIt }],
});

/** Reads a GeoJSON FeatureCollection of municipal boundaries; `line` in errors is the feature's 1-based number. */
export function parseBoundaries(text: string): { features: BoundaryFeature[]; errors: ImportRowError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileError(`Not a JSON file: ${detail}`, `Il file non è JSON: ${detail}`);
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return fileError('Not a GeoJSON FeatureCollection', 'Non è una FeatureCollection GeoJSON');
  }

  const features: BoundaryFeature[] = [];
  const errors: ImportRowError[] = [];
  const firstIndexOfCode = new Map<string, number>();
  json.features.forEach((raw: unknown, index: number) => {
    const line = index + 1;
    const result = toFeature(raw, index);
    if ('field' in result) {
      errors.push({ line, ...result });
      return;
    }
    const first = firstIndexOfCode.get(result.istatCode);
    if (first !== undefined) {
      errors.push({
        line,
        field: 'istatCode',
        message: `ISTAT code ${result.istatCode} already used by feature ${first + 1}`,
        messageIt: `Il codice ISTAT ${result.istatCode} è già usato dall'elemento ${first + 1}`,
      });
      return;
    }
    firstIndexOfCode.set(result.istatCode, index);
    features.push(result);
  });
  return { features, errors };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toFeature(raw: unknown, index: number): BoundaryFeature | Problem {
  if (!isObject(raw) || raw.type !== 'Feature') {
    return { field: 'feature', message: 'Not a GeoJSON Feature', messageIt: 'Non è una Feature GeoJSON' };
  }
  const properties = isObject(raw.properties) ? raw.properties : {};
  const codeKey = CODE_PROPERTIES.find((k) => properties[k] !== undefined && properties[k] !== null && properties[k] !== '');
  if (codeKey === undefined) {
    return {
      field: 'istatCode',
      message: `Missing ISTAT code (one of ${CODE_PROPERTIES.join(', ')})`,
      messageIt: `Manca il codice ISTAT (una tra ${CODE_PROPERTIES.join(', ')})`,
    };
  }
  const istatCode = toIstatCode(properties[codeKey]);
  if (istatCode === null) {
    const shown = JSON.stringify(properties[codeKey]);
    return {
      field: 'istatCode',
      message: `${codeKey} ${shown} is not an ISTAT municipality code (6 digits)`,
      messageIt: `${codeKey} ${shown} non è un codice ISTAT di comune (6 cifre)`,
    };
  }
  const nameKey = NAME_PROPERTIES.find((k) => typeof properties[k] === 'string' && (properties[k] as string).trim() !== '');
  const name = nameKey === undefined ? null : (properties[nameKey] as string).trim();
  const geometry = toGeometry(raw.geometry);
  if ('field' in geometry) return geometry;
  return { index, istatCode, name, geometry };
}

/** Numeric codes lost their leading zeros ("16219" is Treviglio, 016219). */
function toIstatCode(value: unknown): string | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value <= 999_999 ? String(value).padStart(6, '0') : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return /^\d{1,6}$/.test(text) && Number(text) > 0 ? text.padStart(6, '0') : null;
}

const geometryProblem = (message: string, messageIt: string): Problem => ({ field: 'geometry', message, messageIt });

function toGeometry(raw: unknown): BoundaryGeometry | Problem {
  if (!isObject(raw) || (raw.type !== 'Polygon' && raw.type !== 'MultiPolygon')) {
    const found = isObject(raw) ? JSON.stringify(raw.type) : JSON.stringify(raw ?? null);
    return geometryProblem(`Geometry must be a Polygon or MultiPolygon, found ${found}`, `La geometria deve essere Polygon o MultiPolygon, trovato ${found}`);
  }
  if (raw.type === 'Polygon') {
    const polygon = toPolygon(raw.coordinates);
    return 'field' in polygon ? polygon : { type: 'Polygon', coordinates: polygon };
  }
  if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0) {
    return geometryProblem('A MultiPolygon needs at least one polygon', 'Un MultiPolygon richiede almeno un poligono');
  }
  const polygons: Ring[][] = [];
  for (const candidate of raw.coordinates as unknown[]) {
    const polygon = toPolygon(candidate);
    if ('field' in polygon) return polygon;
    polygons.push(polygon);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

function toPolygon(raw: unknown): Ring[] | Problem {
  if (!Array.isArray(raw) || raw.length === 0) return geometryProblem('A polygon needs at least one ring', 'Un poligono richiede almeno un anello');
  const rings: Ring[] = [];
  for (const candidate of raw as unknown[]) {
    const ring = toRing(candidate);
    if ('field' in ring) return ring;
    rings.push(ring);
  }
  return rings;
}

function toRing(raw: unknown): Ring | Problem {
  if (!Array.isArray(raw) || raw.length < 4) {
    return geometryProblem('A ring needs at least 4 positions', 'Un anello richiede almeno 4 posizioni');
  }
  const ring: Ring = [];
  for (const position of raw as unknown[]) {
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return geometryProblem('A position must be [longitude, latitude] numbers', 'Una posizione deve essere [longitudine, latitudine] numerici');
    }
    const [lon, lat] = position as [number, number];
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return geometryProblem(
        `Position [${lon}, ${lat}] is outside WGS84 longitude/latitude: is the file in another projection?`,
        `La posizione [${lon}, ${lat}] è fuori da longitudine/latitudine WGS84: il file è in un'altra proiezione?`,
      );
    }
    // Maps are flat: an elevation would only weigh on storage.
    ring.push([lon, lat]);
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return geometryProblem('A ring must end where it starts', 'Un anello deve chiudersi sul punto di partenza');
  }
  return ring;
}

function ringsOf(geometry: BoundaryGeometry): Ring[] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** The box around all positions, or null when there are none. */
export function bboxOf(geometries: readonly BoundaryGeometry[]): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const ring of ringsOf(geometry)) {
      for (const [lon, lat] of ring) {
        if (lon < box[0]) box[0] = lon;
        if (lat < box[1]) box[1] = lat;
        if (lon > box[2]) box[2] = lon;
        if (lat > box[3]) box[3] = lat;
      }
    }
  }
  return box[0] === Infinity ? null : box;
}

/**
 * Douglas–Peucker on each ring, for lighter maps only: rings are simplified independently,
 * so neighbours' shared borders may part by up to the tolerance.
 */
export function simplifyGeometry<G extends BoundaryGeometry>(geometry: G, toleranceDegrees: number): G {
  const polygon = (rings: Ring[]) => rings.map((ring) => simplifyRing(ring, toleranceDegrees));
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: polygon(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(polygon) };
}

function squaredDistanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

/** Index of the point between from and to farthest from their segment, with its squared distance. */
function farthest(ring: Ring, from: number, to: number): { index: number; distance: number } {
  let index = -1;
  let distance = -1;
  for (let i = from + 1; i < to; i += 1) {
    const d = squaredDistanceToSegment(ring[i]!, ring[from]!, ring[to]!);
    if (d > distance) {
      index = i;
      distance = d;
    }
  }
  return { index, distance };
}

function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (!(tolerance > 0) || ring.length <= 4) return ring.map((p) => [p[0], p[1]]);
  const last = ring.length - 1;
  // A closed ring's ends coincide, so it is split at the point farthest from them to give DP two real segments.
  const { index: split } = farthest(ring, 0, last);
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[split] = keep[last] = 1;
  const stack: [number, number][] = [
    [0, split],
    [split, last],
  ];
  const limit = tolerance * tolerance;
  // A stack, not recursion: real borders have rings of tens of thousands of points.
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    const { index, distance } = farthest(ring, from, to);
    if (index < 0 || distance <= limit) continue;
    keep[index] = 1;
    stack.push([from, index], [index, to]);
  }
  if (keep.reduce((n, k) => n + k, 0) < 4) {
    // Below tolerance everywhere: keep the widest triangle rather than a degenerate ring.
    const left = farthest(ring, 0, split);
    const right = farthest(ring, split, last);
    keep[left.distance >= right.distance ? left.index : right.index] = 1;
  }
  return ring.filter((_, i) => keep[i] === 1).map((p) => [p[0], p[1]]);
}
