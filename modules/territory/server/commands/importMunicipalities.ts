import { sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { IstatMunicipalityRow } from '../imports/parseIstatMunicipalities';
import { municipalities, provinces, regions } from '../schema';

const CHUNK = 500;

/** Upserts regions, provinces and municipalities by ISTAT code; names and codes follow the newest list. */
export async function importMunicipalities(tx: Db, rows: IstatMunicipalityRow[]): Promise<{ created: number; updated: number }> {
  const regionRows = new Map(rows.map((r) => [r.regionCode, { code: r.regionCode, name: r.regionName }]));
  const provinceRows = new Map(rows.map((r) => [r.provinceCode, { code: r.provinceCode, name: r.provinceName, abbreviation: r.provinceAbbreviation, regionCode: r.regionCode }]));
  for (const chunk of chunks([...regionRows.values()])) {
    await tx.insert(regions).values(chunk).onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name` } });
  }
  for (const chunk of chunks([...provinceRows.values()])) {
    await tx
      .insert(provinces)
      .values(chunk)
      .onConflictDoUpdate({ target: provinces.code, set: { name: sql`excluded.name`, abbreviation: sql`excluded.abbreviation`, regionCode: sql`excluded.region_code` } });
  }
  const [before] = await tx.select({ n: sql<number>`count(*)::int` }).from(municipalities);
  for (const chunk of chunks(rows)) {
    await tx
      .insert(municipalities)
      .values(
        chunk.map((r) => ({
          istatCode: r.istatCode,
          name: r.name,
          nameOther: r.nameOther,
          provinceCode: r.provinceCode,
          cadastralCode: r.cadastralCode,
          population2011: r.population2011,
          isDemo: false,
        })),
      )
      .onConflictDoUpdate({
        target: municipalities.istatCode,
        set: {
          name: sql`excluded.name`,
          nameOther: sql`excluded.name_other`,
          provinceCode: sql`excluded.province_code`,
          cadastralCode: sql`excluded.cadastral_code`,
          population2011: sql`excluded.population_2011`,
          isDemo: false,
          updatedAt: sql`now()`,
        },
      });
  }
  const [after] = await tx.select({ n: sql<number>`count(*)::int` }).from(municipalities);
  const created = (after?.n ?? 0) - (before?.n ?? 0);
  return { created, updated: rows.length - created };
}

function* chunks<T>(items: T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += CHUNK) yield items.slice(i, i + CHUNK);
}
