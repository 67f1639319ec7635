import { inArray } from 'drizzle-orm';
import { users } from '../../../../platform/auth/schema';
import type { Db } from '../../../../platform/db/database';

/** Display names of platform users (workers, authors, assignees), read-only from the accounts table, in one query. */
export async function userNames(db: Db, ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
