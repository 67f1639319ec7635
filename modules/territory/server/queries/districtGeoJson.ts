import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { featureCollectionSchema } from '../../contract';
import { municipalities, type Geometry } from '../schema';
import { municipalityIdsOn } from './districtComposition';

type Position = [number, number];

function extend(bbox: [number, number, number, number], coords: unknown): void {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
  } else if (Array.isArray(coords)) for (const c of coords) extend(bbox, c);
}

/** The district's municipalities on a date as a GeoJSON FeatureCollection (those without a boundary are left out). */
export async function districtGeoJson(db: Db, districtId: string, date: string): Promise<z.input<typeof featureCollectionSchema>> {
  const ids = await municipalityIdsOn(db, districtId, date);
  const rows = ids.length
    ? await db
        .select({ id: municipalities.id, istatCode: municipalities.istatCode, name: municipalities.name, boundary: municipalities.boundary })
        .from(municipalities)
        .where(and(inArray(municipalities.id, ids)))
        .orderBy(asc(municipalities.name))
    : [];
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const features = rows
    .filter((r): r is typeof r & { boundary: Geometry } => !!r.boundary)
    .map((r) => {
      extend(bbox, r.boundary.coordinates);
      return { type: 'Feature' as const, id: r.id, properties: { istatCode: r.istatCode, name: r.name }, geometry: r.boundary };
    });
  return { type: 'FeatureCollection', bbox: features.length ? bbox : null, features };
}

export async function municipalityExists(db: Db, id: string): Promise<boolean> {
  const rows = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.id, id));
  return rows.length > 0;
}
