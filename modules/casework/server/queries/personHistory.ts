import { eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';
import type { personHistorySchema } from '../../contract';
import { personMerges } from '../schema';
import type { PersonRow } from './persons';

/** When the record was created and changed, and every merge it took part in, newest first. */
export async function personHistory(db: Db, row: PersonRow): Promise<z.input<typeof personHistorySchema>> {
  const merges = await db
    .select()
    .from(personMerges)
    .where(or(eq(personMerges.survivorId, row.id), eq(personMerges.mergedId, row.id)));
  const userIds = [...new Set(merges.map((m) => m.mergedBy))];
  const names = userIds.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, userIds)) : [];
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
          mergedByName: names.find((n) => n.id === m.mergedBy)?.displayName ?? null,
          mergedAt: m.mergedAt.toISOString(),
          reason: m.reason,
          mergedNames: [`${snap.givenName ?? ''} ${snap.familyName ?? ''}`.trim(), ...(snap.alternativeNames ?? [])].filter(Boolean),
        };
      }),
  };
}
