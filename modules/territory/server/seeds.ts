import { eq } from 'drizzle-orm';
import type { SeedContext } from '../../../platform/modules/moduleDefinition';
import type { Db } from '../../../platform/db/database';
import { demoDistrictGeography } from './demo/demoGeography';
import { districtMemberships, districts, municipalities, provinces, regions } from './schema';

export const DEMO_DISTRICT_CODE = 'DEMO-TREVIGLIO';

/** Region, province, a dozen municipalities with generated boundaries and one district, all marked as demo. */
export async function seedTerritoryDemo({ db, log }: SeedContext): Promise<void> {
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [existing] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.code, DEMO_DISTRICT_CODE));
    if (existing) return;
    await tx.insert(regions).values({ code: '03', name: 'Lombardia' }).onConflictDoNothing();
    await tx.insert(provinces).values({ code: '016', name: 'Bergamo', abbreviation: 'BG', regionCode: '03' }).onConflictDoNothing();
    const geography = demoDistrictGeography();
    const ids: string[] = [];
    for (const m of geography) {
      const [row] = await tx
        .insert(municipalities)
        .values({ istatCode: m.istatCode, name: m.name, provinceCode: '016', cadastralCode: m.cadastralCode, population2011: m.population2011, boundary: m.boundary, boundarySource: 'demo', isDemo: true })
        .onConflictDoUpdate({ target: municipalities.istatCode, set: { boundary: m.boundary, boundarySource: 'demo' } })
        .returning({ id: municipalities.id });
      ids.push(row!.id);
    }
    const [district] = await tx
      .insert(districts)
      .values({
        code: DEMO_DISTRICT_CODE,
        name: 'Ambito di Treviglio (demo)',
        kind: 'ambito',
        regionCode: '03',
        description: 'Dati dimostrativi: confini generati, non ufficiali. Demo data: generated boundaries, not official.',
        isDemo: true,
      })
      .returning({ id: districts.id });
    await tx.insert(districtMemberships).values(ids.map((municipalityId) => ({ districtId: district!.id, municipalityId, validFrom: '2018-01-01' })));
    log(`territory: demo district with ${ids.length} municipalities`);
  });
}

export async function demoDistrictId(db: Db): Promise<string | undefined> {
  const [row] = await db.select({ id: districts.id }).from(districts).where(eq(districts.code, DEMO_DISTRICT_CODE));
  return row?.id;
}
