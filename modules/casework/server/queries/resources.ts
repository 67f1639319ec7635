import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../platform/access/roles';
import type { Db } from '../../../../platform/db/database';
import type { Page } from '../../../../platform/db/paging';
import { notFound } from '../../../../platform/errors/appError';
import { organizationNames } from '../../../organizations/module';
import type { housingUnitSchema, housingUnitsQuery, mediatorSchema, mediatorsQuery } from '../../contract';
import { canManageResource, type DistrictSet } from '../resourceScope';
import { housingUnits, mediators } from '../schema';
import { isoToday } from '../visibility';
import { occupancyToday } from './housingOccupancy';

export type MediatorRow = typeof mediators.$inferSelect;
export type HousingUnitRow = typeof housingUnits.$inferSelect;

export async function loadMediator(db: Db, id: string): Promise<MediatorRow> {
  const [row] = await db.select().from(mediators).where(eq(mediators.id, id));
  if (!row) throw notFound();
  return row;
}

export async function loadHousingUnit(db: Db, id: string): Promise<HousingUnitRow> {
  const [row] = await db.select().from(housingUnits).where(eq(housingUnits.id, id));
  if (!row) throw notFound();
  return row;
}

function districtFilter(column: typeof mediators.districtId | typeof housingUnits.districtId, districts: DistrictSet, requested?: string): SQL | undefined {
  if (requested) return districts.all || districts.ids.includes(requested) ? eq(column, requested) : sql`false`;
  if (districts.all) return undefined;
  return districts.ids.length ? inArray(column, districts.ids) : sql`false`;
}

const activeFilter = (column: typeof mediators.active | typeof housingUnits.active, active: 'true' | 'false' | 'all') => (active === 'all' ? undefined : eq(column, active === 'true'));

export async function presentMediators(db: Db, actor: Actor, rows: MediatorRow[]): Promise<z.input<typeof mediatorSchema>[]> {
  const names = await organizationNames(db, [...new Set(rows.map((r) => r.organizationId))]);
  return rows.map((r) => ({
    id: r.id,
    districtId: r.districtId,
    organizationId: r.organizationId,
    organizationName: names[r.organizationId] ?? null,
    displayName: r.displayName,
    languages: r.languages,
    email: r.email,
    phone: r.phone,
    active: r.active,
    abilities: { manage: canManageResource(actor, r) },
  }));
}

export async function listMediators(db: Db, actor: Actor, districts: DistrictSet, q: z.output<typeof mediatorsQuery>): Promise<Page<z.input<typeof mediatorSchema>>> {
  const where = and(
    districtFilter(mediators.districtId, districts, q.districtId),
    activeFilter(mediators.active, q.active),
    q.language ? sql`${mediators.languages} @> ${JSON.stringify([q.language])}::jsonb` : undefined,
  );
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(mediators).where(where);
  const rows = await db
    .select()
    .from(mediators)
    .where(where)
    .orderBy(asc(mediators.displayName), asc(mediators.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentMediators(db, actor, rows), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function presentHousingUnits(db: Db, actor: Actor, rows: HousingUnitRow[]): Promise<z.input<typeof housingUnitSchema>[]> {
  const [names, occupancy] = await Promise.all([
    organizationNames(db, [...new Set(rows.map((r) => r.organizationId))]),
    occupancyToday(
      db,
      rows.map((r) => r.id),
      isoToday(),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    districtId: r.districtId,
    organizationId: r.organizationId,
    organizationName: names[r.organizationId] ?? null,
    name: r.name,
    address: r.address,
    municipalityId: r.municipalityId,
    capacity: r.capacity,
    active: r.active,
    occupancy: occupancy.get(r.id) ?? 0,
    abilities: { manage: canManageResource(actor, r) },
  }));
}

export async function listHousingUnits(db: Db, actor: Actor, districts: DistrictSet, q: z.output<typeof housingUnitsQuery>): Promise<Page<z.input<typeof housingUnitSchema>>> {
  const where = and(districtFilter(housingUnits.districtId, districts, q.districtId), activeFilter(housingUnits.active, q.active));
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(housingUnits).where(where);
  const rows = await db
    .select()
    .from(housingUnits)
    .where(where)
    .orderBy(asc(housingUnits.name), asc(housingUnits.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentHousingUnits(db, actor, rows), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}
