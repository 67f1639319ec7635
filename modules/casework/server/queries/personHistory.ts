import { eq, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../../platform/db/database';
import type { personHistorySchema } from '../../contract';
import { personMerges } from '../schema';
import type { PersonRow } from './persons';
import { userNames } from './userNames';

/** When the record was created and changed, and every merge it took part in, newest first. */
export async function personHistory(db: Db, row: PersonRow): Promise<z.input<typeof personHistorySchema>> {
  const merges = await db
    .select()
    .from(personMerges)
    .where(or(eq(personMerges.survivorId, row.id), eq(personMerges.mergedId, row.id)));
  const names = await userNames(db, merges.map((m) => m.mergedBy));
  return {
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    merges: merges
      .sort((a, b) => b.mergedAt.getTime() - a.mergedAt.getTime())
      .map((m) => {
        const snap = m.mergedSnapshot as { givenName?: string; familyName?: string; alternativeNames?: string[] };
        return {
          id: m.id,
          direction: m.survivorId === row.id ? ('absorbed' as const) : ('absorbedInto' as const),
          survivorId: m.survivorId,
          mergedId: m.mergedId,
          mergedBy: m.mergedBy,
          mergedByName: names.get(m.mergedBy) ?? null,
          mergedAt: m.mergedAt.toISOString(),
          reason: m.reason,
          mergedNames: [`${snap.givenName ?? ''} ${snap.familyName ?? ''}`.trim(), ...(snap.alternativeNames ?? [])].filter(Boolean),
        };
      }),
  };
}
