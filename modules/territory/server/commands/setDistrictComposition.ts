import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { Locale } from '../../../../platform/i18n/i18n';
import { badRequest } from '../../../../platform/errors/appError';
import { districtMemberships, municipalities } from '../schema';

/**
 * Sets who belongs to a district from a date on. Leaving municipalities get validTo = date (exclusive); joining ones
 * start at date; rows that began on or after date are replaced. Earlier history is never rewritten.
 */
export async function setDistrictComposition(
  tx: Db,
  districtId: string,
  municipalityIds: string[],
  validFrom: string,
  locale: Locale = 'it',
): Promise<{ joined: string[]; left: string[] }> {
  const wanted = [...new Set(municipalityIds)];
  if (wanted.length) {
    const found = await tx.select({ id: municipalities.id }).from(municipalities).where(inArray(municipalities.id, wanted));
    if (found.length !== wanted.length) throw badRequest('validation', 'errors.unknown_municipality', {}, [{ field: 'municipalityIds', message: locale === 'it' ? 'Comune inesistente' : 'Unknown municipality' }]);
  }
  // Future rows (starting on or after the date) are superseded by this composition.
  await tx.delete(districtMemberships).where(and(eq(districtMemberships.districtId, districtId), sql`${districtMemberships.validFrom} >= ${validFrom}`));
  const open = await tx
    .select()
    .from(districtMemberships)
    .where(and(eq(districtMemberships.districtId, districtId), sql`(${districtMemberships.validTo} is null or ${districtMemberships.validTo} > ${validFrom})`));
  const current = new Set(open.map((r) => r.municipalityId));
  const left = [...current].filter((id) => !wanted.includes(id));
  const joined = wanted.filter((id) => !current.has(id));
  if (left.length) {
    await tx
      .update(districtMemberships)
      .set({ validTo: validFrom })
      .where(and(eq(districtMemberships.districtId, districtId), inArray(districtMemberships.municipalityId, left), sql`(${districtMemberships.validTo} is null or ${districtMemberships.validTo} > ${validFrom})`));
  }
  // Re-open rows closed earlier than planned so a municipality that stays keeps an open membership.
  await tx
    .update(districtMemberships)
    .set({ validTo: null })
    .where(and(eq(districtMemberships.districtId, districtId), inArray(districtMemberships.municipalityId, wanted.length ? wanted : ['00000000-0000-0000-0000-000000000000']), sql`${districtMemberships.validTo} > ${validFrom}`));
  if (joined.length) await tx.insert(districtMemberships).values(joined.map((municipalityId) => ({ districtId, municipalityId, validFrom })));
  return { joined, left };
}
