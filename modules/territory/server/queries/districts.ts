import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { abilities, can, type Permission } from '../../../../platform/access/policy';
import type { Actor } from '../../../../platform/access/roles';
import { containsPattern } from '../../../../platform/db/like';
import type { Db } from '../../../../platform/db/database';
import { notFound } from '../../../../platform/errors/appError';
import type { districtDetailSchema, districtSchema, districtsQuery } from '../../contract';
import { districtScope, territoryPermissions as P } from '../access';
import { districtMemberships, districts, municipalities } from '../schema';
import { countMunicipalitiesOn, today, validOn } from './districtComposition';

type DistrictRow = typeof districts.$inferSelect;

function present(actor: Actor, row: DistrictRow, count: number): z.input<typeof districtSchema> {
  const a = abilities(actor, districtScope(row.id), { update: P['territory.districts.update'], manageCoordinators: P['territory.districts.roles'] });
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, regionCode: row.regionCode, description: row.description, isDemo: row.isDemo, municipalityCount: count, abilities: a };
}

export async function listDistricts(db: Db, actor: Actor, q: z.output<typeof districtsQuery>) {
  const conditions: SQL[] = [];
  if (q.q) conditions.push(or(ilike(districts.name, containsPattern(q.q)), ilike(districts.code, containsPattern(q.q)))!);
  const where = conditions.length ? and(...conditions) : undefined;
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(districts).where(where);
  const rows = await db.select().from(districts).where(where).orderBy(asc(districts.name)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const counts = await countMunicipalitiesOn(db, rows.map((r) => r.id), today());
  return { items: rows.map((r) => present(actor, r, counts[r.id] ?? 0)), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function loadDistrict(db: Db, id: string): Promise<DistrictRow> {
  const [row] = await db.select().from(districts).where(eq(districts.id, id));
  if (!row) throw notFound();
  return row;
}

/** Loads a district and checks the record-level rule; out of scope answers 404. */
export async function loadAllowedDistrict(db: Db, actor: Actor, id: string, permission: Permission): Promise<DistrictRow> {
  const row = await loadDistrict(db, id);
  if (!can(actor, permission, districtScope(id))) throw notFound();
  return row;
}

export async function districtDetail(db: Db, actor: Actor, id: string, date = today()): Promise<z.input<typeof districtDetailSchema>> {
  const row = await loadDistrict(db, id);
  const members = await db
    .select({ id: municipalities.id, istatCode: municipalities.istatCode, name: municipalities.name, validFrom: districtMemberships.validFrom, validTo: districtMemberships.validTo })
    .from(districtMemberships)
    .innerJoin(municipalities, eq(municipalities.id, districtMemberships.municipalityId))
    .where(and(eq(districtMemberships.districtId, id), validOn(date)))
    .orderBy(asc(municipalities.name));
  const history = await db
    .select({ municipalityId: municipalities.id, istatCode: municipalities.istatCode, name: municipalities.name, validFrom: districtMemberships.validFrom, validTo: districtMemberships.validTo })
    .from(districtMemberships)
    .innerJoin(municipalities, eq(municipalities.id, districtMemberships.municipalityId))
    .where(eq(districtMemberships.districtId, id))
    .orderBy(asc(districtMemberships.validFrom), asc(municipalities.name));
  return { ...present(actor, row, members.length), date, municipalities: members, history };
}

export async function districtNames(db: Db, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db.select({ id: districts.id, name: districts.name }).from(districts).where(inArray(districts.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}
