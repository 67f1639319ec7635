import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import { districtMemberships } from '../schema';

export const today = () => new Date().toISOString().slice(0, 10);

/** Membership rows valid on a date: validFrom ≤ date < validTo. */
export function validOn(date: string) {
  return and(lte(districtMemberships.validFrom, date), or(isNull(districtMemberships.validTo), gt(districtMemberships.validTo, date)));
}

export async function municipalityIdsOn(db: Db, districtId: string, date: string): Promise<string[]> {
  const rows = await db
    .select({ id: districtMemberships.municipalityId })
    .from(districtMemberships)
    .where(and(eq(districtMemberships.districtId, districtId), validOn(date)));
  return rows.map((r) => r.id);
}

export async function districtIdsOfMunicipalities(db: Db, municipalityIds: string[], date = today()): Promise<Record<string, string[]>> {
  if (municipalityIds.length === 0) return {};
  const rows = await db
    .select({ m: districtMemberships.municipalityId, d: districtMemberships.districtId })
    .from(districtMemberships)
    .where(and(inArray(districtMemberships.municipalityId, municipalityIds), validOn(date)));
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.m] ??= []).push(r.d);
  return out;
}

export async function countMunicipalitiesOn(db: Db, districtIds: string[], date: string): Promise<Record<string, number>> {
  if (districtIds.length === 0) return {};
  const rows = await db
    .select({ d: districtMemberships.districtId, n: sql<number>`count(*)::int` })
    .from(districtMemberships)
    .where(and(inArray(districtMemberships.districtId, districtIds), validOn(date)))
    .groupBy(districtMemberships.districtId);
  return Object.fromEntries(rows.map((r) => [r.d, r.n]));
}
