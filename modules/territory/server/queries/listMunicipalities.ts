import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { containsPattern } from '../../../../platform/db/like';
import type { Db } from '../../../../platform/db/database';
import type { municipalitiesQuery, municipalitySchema } from '../../contract';
import { municipalities, provinces } from '../schema';
import { municipalityIdsOn, today } from './districtComposition';

type Query = z.output<typeof municipalitiesQuery>;
type Municipality = z.input<typeof municipalitySchema>;

export async function listMunicipalities(db: Db, q: Query): Promise<{ items: Municipality[]; total: number }> {
  const conditions: SQL[] = [];
  if (q.q) {
    const term = containsPattern(q.q);
    conditions.push(or(ilike(municipalities.name, term), ilike(municipalities.istatCode, term), ilike(municipalities.nameOther, term))!);
  }
  if (q.provinceCode) conditions.push(eq(municipalities.provinceCode, q.provinceCode));
  if (q.districtId) {
    const ids = await municipalityIdsOn(db, q.districtId, q.date ?? today());
    conditions.push(ids.length ? inArray(municipalities.id, ids) : sql`false`);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(municipalities).where(where);
  const rows = await db
    .select({
      id: municipalities.id,
      istatCode: municipalities.istatCode,
      name: municipalities.name,
      nameOther: municipalities.nameOther,
      provinceCode: municipalities.provinceCode,
      provinceName: provinces.name,
      cadastralCode: municipalities.cadastralCode,
      population2011: municipalities.population2011,
      hasBoundary: sql<boolean>`${municipalities.boundary} is not null`,
    })
    .from(municipalities)
    .leftJoin(provinces, eq(provinces.code, municipalities.provinceCode))
    .where(where)
    .orderBy(asc(municipalities.name), asc(municipalities.istatCode))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows, total: count?.n ?? 0 };
}
