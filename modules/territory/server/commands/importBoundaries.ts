import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/database';
import type { ImportRowError } from '../imports/importReport';
import type { BoundaryFeature } from '../imports/parseBoundaries';
import { municipalities } from '../schema';

/** Features whose municipality is unknown are errors: boundaries never create municipalities. */
export async function unknownMunicipalityErrors(db: Db, features: BoundaryFeature[]): Promise<ImportRowError[]> {
  const codes = features.map((f) => f.istatCode);
  const known = new Set<string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await db.select({ c: municipalities.istatCode }).from(municipalities).where(inArray(municipalities.istatCode, codes.slice(i, i + 1000)));
    for (const r of rows) known.add(r.c);
  }
  return features
    .filter((f) => !known.has(f.istatCode))
    .map((f) => ({
      line: f.index + 1,
      field: 'istatCode',
      message: `No municipality with ISTAT code ${f.istatCode}: import the ISTAT list first`,
      messageIt: `Nessun comune con codice ISTAT ${f.istatCode}: importa prima l'elenco ISTAT`,
    }));
}

export async function importBoundaries(tx: Db, features: BoundaryFeature[], source: string): Promise<number> {
  for (const f of features) {
    await tx.update(municipalities).set({ boundary: f.geometry, boundarySource: source, updatedAt: sql`now()` }).where(eq(municipalities.istatCode, f.istatCode));
  }
  return features.length;
}
