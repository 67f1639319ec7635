import type { Db } from '../../../platform/db/database';
import { networks, roundtables, type roundtableKinds } from './schema';

/** Test factories: records written straight to the module's tables. */

let counter = 0;
const next = () => ++counter;

export async function createTestNetwork(db: Db, overrides: Partial<{ name: string; districtId: string | null; regionCode: string | null }> = {}) {
  const [row] = await db.insert(networks).values({ name: `Test network ${next()}`, ...overrides }).returning();
  return row!;
}

export async function createTestRoundtable(
  db: Db,
  coordinatingOrganizationId: string,
  overrides: Partial<{ name: string; kind: (typeof roundtableKinds)[number]; networkId: string | null; parentId: string | null; districtId: string | null }> = {},
) {
  const [row] = await db
    .insert(roundtables)
    .values({ name: `Test table ${next()}`, kind: 'co_action_table', coordinatingOrganizationId, ...overrides })
    .returning();
  return row!;
}
